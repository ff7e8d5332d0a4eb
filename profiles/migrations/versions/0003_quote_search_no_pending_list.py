"""PostgreSQL: the quote full-text index without GIN's pending list, so searches stay fast.

With `fastupdate` on (PostgreSQL's default) new entries wait in an unsorted pending list that
every search scans in full until VACUUM or a 4 MB overflow merges it: measured here, each
probe of a word cost 6 ms instead of 0.2 ms and `GET /v1/quotes` went from 90 ms to over a
second. Articles arrive a few quotes at a time, so inserting straight into the index costs
little. SQLite (FTS5) has nothing to change.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER INDEX ix_quotes_search SET (fastupdate = off)")
    op.execute("SELECT gin_clean_pending_list('ix_quotes_search')")  # what waits already


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_quotes_search RESET (fastupdate)")

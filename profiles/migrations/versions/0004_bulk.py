"""Bulk loading: each article's content hash (re-runs skip what is unchanged) and the backfill
tables (runs and their articles' states).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "backfills",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "backfill_items",
        sa.Column("backfill_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["backfill_id"], ["backfills.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("backfill_id", "position"),
    )
    op.create_index("ix_backfill_items_state", "backfill_items", ["backfill_id", "state"])


def downgrade() -> None:
    op.drop_index("ix_backfill_items_state", table_name="backfill_items")
    op.drop_table("backfill_items")
    op.drop_table("backfills")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("content_hash")

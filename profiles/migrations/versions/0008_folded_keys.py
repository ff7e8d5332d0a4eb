"""Folded keys of today: speaker aliases (`key`, `block_key`, `claims`), organisations (`key`,
`acronym`) and outlets (`key`) computed again with `nlp.text.folding.fold` as issues 16 and 12
left it (`ß`, `ł`, `đ`, `ø`... folded, not kept or dropped; acronyms and outlet names folded
like names), and the rows that now share a key merged (`profiles/rekey.py`).

It runs the store's own code on the migration's connection, inside the one transaction of the
upgrade: a failure leaves the store as it was. Downgrading keeps the new keys and the merges
(two profiles made one cannot be told apart again); the older code reads them, it only finds
fewer spellings of the names with those letters.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
from collections.abc import Sequence

from alembic import op
from sqlalchemy.orm import Session

from profiles.rekey import rekey

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    session = Session(bind=op.get_bind())
    rekey(session)
    session.flush()


def downgrade() -> None:
    """Nothing to undo (see the module docstring)."""

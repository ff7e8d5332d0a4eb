"""Folded keys and search words of today after `nlp.text.folding.fold` learnt more letters that
Unicode decomposition leaves whole (`ħ`, `ŧ`, `ŋ`, `ĸ`, `ŀ`, `ə`, `ɗ`...): names stored as
`ħamrun` and `hamrun` are one name again, and a stored quote holding `Ħamrun` is found by
`hamrun`.

Both repairs of the earlier foldings run again with today's code, in the upgrade's one
transaction: keys through `profiles.rekey.rekey` (as 0008; only non-ASCII names recomputed,
collisions merged) and `quotes.word_pairs` through `profiles.reindex.reindex_word_pairs` (as
0009; only changed quotes written). Downgrading keeps the new keys, merges and words, as 0008
and 0009 do.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""
from collections.abc import Sequence

from alembic import op
from sqlalchemy.orm import Session

from profiles.reindex import reindex_word_pairs
from profiles.rekey import rekey

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    session = Session(bind=bind)
    rekey(session)
    session.flush()
    reindex_word_pairs(bind)


def downgrade() -> None:
    """Nothing to undo (see the module docstring)."""

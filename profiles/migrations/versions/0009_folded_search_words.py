"""Quotes found by the plain letters of their words: `quotes.word_pairs` of the quotes already
stored gets the folded spellings of their non-ASCII words (`walesa` for `Wałęsa`,
`profiles.search_terms`), so a folded query meets them as it meets quotes stored from now on.

The work is `profiles.reindex.reindex_word_pairs` (only changed quotes written, the SQLite
full-text index kept in step). Downgrading keeps the extra words: older code only searches
them less.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from collections.abc import Sequence

from alembic import op

from profiles.reindex import reindex_word_pairs

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_word_pairs(op.get_bind())


def downgrade() -> None:
    """Nothing to undo (see the module docstring)."""

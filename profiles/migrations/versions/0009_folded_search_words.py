"""Quotes found by the plain letters of their words: `quotes.word_pairs` of the quotes already
stored gets the folded spellings of their non-ASCII words (`walesa` for `Wałęsa`,
`profiles.search_terms`), so a folded query meets them as it meets quotes stored from now on.

Only quotes whose column changes are written. On SQLite the full-text index is external
content, kept in step by triggers on `text` only, so each changed row's index entry is
replaced here; PostgreSQL's search column is generated from `word_pairs` and follows it.
Downgrading keeps the extra words: older code only searches them less.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from profiles.search_terms import word_pairs

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000

_QUOTES = sa.table("quotes", sa.column("id"), sa.column("text"), sa.column("word_pairs"))
_UNINDEX = sa.text("INSERT INTO quotes_fts(quotes_fts, rowid, text, word_pairs) "
                   "VALUES ('delete', :quote_id, :text, :old)")
_INDEX = sa.text("INSERT INTO quotes_fts(rowid, text, word_pairs) VALUES (:quote_id, :text, :new)")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    last = 0
    while rows := bind.execute(sa.select(_QUOTES.c.id, _QUOTES.c.text, _QUOTES.c.word_pairs)
                               .where(_QUOTES.c.id > last).order_by(_QUOTES.c.id)
                               .limit(BATCH)).all():
        last = rows[-1][0]
        changed = [{"quote_id": i, "text": t, "old": old, "new": new} for i, t, old in rows
                   if (new := word_pairs(t)) != old]
        if not changed:
            continue
        if sqlite:
            bind.execute(_UNINDEX, changed)
        # Only the id and the new pairs: a `text` key would join the SET and fire the trigger.
        bind.execute(_QUOTES.update().where(_QUOTES.c.id == sa.bindparam("quote_id"))
                     .values(word_pairs=sa.bindparam("new")),
                     [{"quote_id": c["quote_id"], "new": c["new"]} for c in changed])
        if sqlite:
            bind.execute(_INDEX, changed)


def downgrade() -> None:
    """Nothing to undo (see the module docstring)."""

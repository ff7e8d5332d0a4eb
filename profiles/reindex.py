"""Stored quotes' search words computed again after the rules that make them changed.

`quotes.word_pairs` is written with a quote (`profiles.search_terms.word_pairs`); when the
folding or the word rules change, the quotes already stored keep the old words until a
migration calls `reindex_word_pairs` (0009 added the folded spellings, 0011 folded more
letters). Only quotes whose column changes are written, in batches by id, so a second run
writes nothing. On SQLite the full-text index is external content, kept in step by triggers on
`text` only, so each changed row's index entry is replaced here; PostgreSQL's search column is
generated from `word_pairs` and follows it.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from profiles.search_terms import word_pairs

BATCH = 5000
"""Quotes read per round: a million-quote store is read in a few hundred selects."""

_QUOTES = sa.table("quotes", sa.column("id"), sa.column("text"), sa.column("word_pairs"))
_UNINDEX = sa.text("INSERT INTO quotes_fts(quotes_fts, rowid, text, word_pairs) "
                   "VALUES ('delete', :quote_id, :text, :old)")
_INDEX = sa.text("INSERT INTO quotes_fts(rowid, text, word_pairs) VALUES (:quote_id, :text, :new)")


def reindex_word_pairs(bind: Connection) -> None:
    """Every stored quote's `word_pairs` as today's code computes it, on `bind`'s transaction."""
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

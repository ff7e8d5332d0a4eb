""""Who said this?": full-text search over stored quotes, tolerant to small wording changes,
with the same quote carried by several outlets grouped into one hit.

The database finds candidates cheaply (SQLite FTS5 with Porter stemming, PostgreSQL tsvector
with the English configuration), matching ANY word of the query so that one changed or
misspelt word does not lose the quote; rapidfuzz then scores the few hundred best candidates
against the whole query and groups near-identical texts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select, text
from sqlalchemy.orm import Session, joinedload

from profiles import cursor
from profiles.errors import InvalidCursor
from profiles.identity import fold
from profiles.models import Article, Quote
from profiles.pages import Page, clamp

CANDIDATES = 200
"""Quotes the full-text index hands over for fuzzy scoring; the best by its own ranking."""

MAX_QUERY_WORDS = 32

MIN_SCORE = 60
"""Fuzzy score (0-100) a candidate needs to count as the quote asked about. A paraphrase
sharing most words scores 70-90; a quote sharing only a common word stays far below."""

SAME_QUOTE = 90
"""Similarity of two quote texts (folded, punctuation dropped) to treat them as one quote
carried by several outlets: trims, an outlet's house style, a corrected typo."""


@dataclass(frozen=True)
class QuoteGroup:
    """One quote as said, with every stored occurrence (best match first)."""

    text: str
    score: float
    occurrences: list[Quote]


def words(value: str) -> list[str]:
    return re.findall(r"\w+", fold(value))[:MAX_QUERY_WORDS]


def _candidate_ids(session: Session, query_words: list[str]) -> list[int]:
    if session.get_bind().dialect.name == "sqlite":
        match = " OR ".join(f'"{w}"' for w in query_words)
        statement = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match "
                         "ORDER BY rank LIMIT :limit")
        return list(session.scalars(statement, {"match": match, "limit": CANDIDATES}))
    statement = text(
        "SELECT id FROM quotes, websearch_to_tsquery('english', :query) AS query "
        "WHERE search_vector @@ query ORDER BY ts_rank_cd(search_vector, query) DESC LIMIT :limit")
    return list(session.scalars(statement, {"query": " or ".join(query_words),
                                            "limit": CANDIDATES}))


def score(query: str, quote_text: str) -> float:
    """How well `quote_text` matches the query: the query as a (reworded) part of the quote,
    or the same words in another order."""
    return max(fuzz.partial_ratio(query, quote_text) if len(query) <= len(quote_text) else 0,
               fuzz.token_set_ratio(query, quote_text))


def find_quotes(session: Session, q: str, *, limit: int = 10,
                after: str | None = None) -> Page[QuoteGroup]:
    """Quote groups matching `q`, best first; the cursor is an offset into that ranking."""
    limit = clamp(limit)
    offset = 0
    if after:
        (offset,) = cursor.decode("quotes", after, 1)
        if not isinstance(offset, int) or offset < 0:
            raise InvalidCursor()
    query_words = words(q)
    if not query_words:
        return Page([], None)
    ids = _candidate_ids(session, query_words)
    quotes = session.scalars(select(Quote).where(Quote.id.in_(ids))
                             .options(joinedload(Quote.article).joinedload(Article.outlet))).all()
    needle = " ".join(query_words)
    scored = sorted(((score(needle, " ".join(words(quote.text))), quote) for quote in quotes),
                    key=lambda pair: (-pair[0], pair[1].dated_at, pair[1].id))
    groups: list[tuple[str, QuoteGroup]] = []
    for value, quote in scored:
        if value < MIN_SCORE:
            break
        key = " ".join(words(quote.text))
        group = next((g for k, g in groups if fuzz.ratio(k, key) >= SAME_QUOTE), None)
        if group is None:
            groups.append((key, QuoteGroup(quote.text, round(value / 100, 3), [quote])))
        else:
            group.occurrences.append(quote)
    window = [g for _, g in groups[offset:offset + limit]]
    more = len(groups) > offset + limit
    return Page(window, cursor.encode("quotes", [offset + limit]) if more else None)

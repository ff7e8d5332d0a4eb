"""The quote search's full-text index, per dialect: SQLite FTS5 (Porter stemming) or PostgreSQL
tsvector (English configuration) with a GIN index, both over `text` and `word_pairs`.

Every statement here costs in proportion to the answer, not to the store: a term is counted
only up to `COMMON`; rare terms' matches are ranked by relevance among their `NEWEST` most
recent only, and quotes holding all the common terms are taken newest first. A GIN
index hands over a word's whole posting list at once and a count visits a heap row per
match, so on PostgreSQL the words ANALYZE already knows are estimated from its statistics (read
once per ANALYZE, not per request) instead of being counted.
"""
from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Engine, TextClause, text
from sqlalchemy.orm import Session

from profiles.models import Quote

COMMON = 2000
"""A term in at least this many quotes is common: matching it alone says little, and ranking
its whole posting list would make reads grow with the store."""

NEWEST = 2000
"""Matches ranked by relevance: the most recent this many (highest ids). A match set larger
than this says little on its own, and ranking all of it would grow with the store."""


WINDOW_MARGIN = 2
"""On PostgreSQL, quotes holding all of the common terms are read from the newest quotes
expected to hold this many times the number wanted: the shares multiplied as if the terms
were independent may overstate how many quotes hold them all."""


class Hit(NamedTuple):
    """A quote the index hands over, with all that scoring and filtering it read: read with
    the match itself, since on PostgreSQL the match's heap row is visited anyway (reading the
    texts by id afterwards visited up to 400 rows again: up to 62 ms cold at 1M)."""

    id: int
    text: str
    dated_at: datetime
    profile_id: str | None


HIT_COLUMNS = "id, text, dated_at, profile_id"


def _hits(sql: str) -> TextClause:
    """`sql` selecting `HIT_COLUMNS`, typed as the ORM reads them (dates on SQLite)."""
    return text(sql).columns(Quote.id, Quote.text, Quote.dated_at, Quote.profile_id)


@dataclass(frozen=True)
class _Statistics:
    """What ANALYZE last saw of `quotes.search_vector`: each frequent lexeme's quote count."""

    analysed: object
    size: float
    """Quotes in the table (`reltuples`)."""
    counts: dict[str, float]


_statistics: weakref.WeakKeyDictionary[Engine, _Statistics] = weakref.WeakKeyDictionary()


class FullText:
    """The dialect's full-text pieces: how to spell a query, count terms and rank matches."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.size = 0.0
        """Quotes in the store as PostgreSQL last analysed it; 0 when not known."""
        self.counts: dict[str, float] = {}
        """Quotes holding each term, as `frequencies` found or estimated them."""

    def any_of(self, terms: list[str]) -> str:
        return " OR ".join(f'"{t}"' for t in terms) if self.sqlite else " or ".join(terms)

    def all_of(self, terms: list[str]) -> str:
        return " AND ".join(f'"{t}"' for t in terms) if self.sqlite else " ".join(terms)

    def any_hits(self, terms: list[str], limit: int) -> list[Hit]:
        """The `limit` most relevant of the `NEWEST` most recent quotes holding any of `terms`
        (rare ones), newest first on ties. On PostgreSQL, when the terms' counts add up to
        more than `WINDOW_MARGIN` times `NEWEST`, only the newest quotes expected to hold that
        many are read (`_newer`): each match is a heap visit before any is ranked."""
        values = {"query": self.any_of(terms), "newest": NEWEST, "limit": limit}
        if self.sqlite:
            sql = self._joined("SELECT rowid FROM (SELECT rowid, rank AS relevance "
                               "FROM quotes_fts WHERE quotes_fts MATCH :query "
                               "ORDER BY rowid DESC LIMIT :newest) "
                               "ORDER BY relevance, rowid DESC LIMIT :limit")
        else:
            expected = sum(self.counts.get(t, self.size) for t in terms)
            newer = self._newer(expected, NEWEST, values)
            sql = (f"{self._matches(newer)} SELECT {HIT_COLUMNS} FROM (SELECT * "
                   "FROM matches ORDER BY id DESC LIMIT :newest) AS newest, "
                   "websearch_to_tsquery('english', :query) AS q "
                   "ORDER BY ts_rank_cd(search_vector, q) DESC, id DESC LIMIT :limit")
        return [Hit._make(row) for row in self.session.execute(_hits(sql), values)]

    def all_hits(self, terms: list[str], limit: int) -> list[Hit]:
        """The `limit` most recent quotes holding all of `terms` (common ones: each quote holds
        them all, and ranking by relevance would cost as much as their posting lists, which
        FTS5 reads whole for its bm25 weights). FTS5 reads the matches newest first and
        stops; a GIN index hands them all over in table order, so on PostgreSQL the terms'
        shares of the store (`frequencies`) say how many of the newest quotes should hold
        `WINDOW_MARGIN` times `limit` of them, and only those are read (`_newer`)."""
        values = {"query": self.all_of(terms), "limit": limit}
        if self.sqlite:
            sql = self._joined("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :query "
                               "ORDER BY rowid DESC LIMIT :limit")
        else:
            share = math.prod(min(1.0, self.counts.get(t, self.size) / self.size)
                              for t in terms) if self.size else 1.0
            newer = self._newer(share * self.size, limit, values)
            sql = (f"{self._matches(newer)} SELECT {HIT_COLUMNS} FROM matches "
                   "ORDER BY id DESC LIMIT :limit")
        return [Hit._make(row) for row in self.session.execute(_hits(sql), values)]

    @staticmethod
    def _joined(rowids: str) -> str:
        """SQLite: the quotes of the rowids `rowids` selects, looked up after its LIMIT (a
        subquery with a LIMIT is not flattened into the join)."""
        return (f"SELECT {', '.join('quotes.' + c for c in HIT_COLUMNS.split(', '))} "
                f"FROM ({rowids}) AS hits JOIN quotes ON quotes.id = hits.rowid")

    def _newer(self, expected: float, wanted: int, values: dict[str, object]) -> str:
        """PostgreSQL's condition keeping the newest quotes expected to hold `WINDOW_MARGIN`
        times `wanted` of `expected` matches spread evenly over the store, or none when all
        of them are not that many (or the store's size is not known). The window's first id
        is sent as a value, not a subquery, so that the planner sees its size and can
        intersect the GIN matches with the primary key's range before visiting the heap (one
        pair at 1M: 922 heap pages instead of 5,441)."""
        if not self.size or expected <= WINDOW_MARGIN * wanted:
            return ""
        window = math.ceil(WINDOW_MARGIN * wanted * self.size / expected)
        newest = self.session.scalar(text("SELECT max(id) FROM quotes")) or 0
        values["since"] = newest - window
        return " AND id > :since"

    @staticmethod
    def _matches(newer: str) -> str:
        """PostgreSQL's matches, from the GIN index first: for a LIMIT the planner would pick
        a backward scan of the primary key filtering on the way, which reads every quote
        newer than the matches it needs (475 ms for a pair in 4% of 100k quotes)."""
        return (f"WITH matches AS MATERIALIZED (SELECT {HIT_COLUMNS}, search_vector "
                "FROM quotes WHERE search_vector @@ websearch_to_tsquery('english', :query)"
                f"{newer})")

    def frequencies(self, terms: list[str]) -> dict[str, int]:
        """Quotes holding each term, counted up to `COMMON` (0 for a misspelling or, on
        PostgreSQL, a stop word), in one statement; on PostgreSQL the terms its statistics
        hold are estimated from them instead: counting visits a heap row per match."""
        known = {} if self.sqlite else self.known_by_statistics(terms)
        self.counts = dict(known)
        known = {term: min(COMMON, max(1, round(n))) for term, n in known.items()}
        counted = [t for t in terms if t not in known]
        if not counted:
            return known
        if self.sqlite:
            one = ("(SELECT count(*) FROM (SELECT 1 FROM quotes_fts "
                   "WHERE quotes_fts MATCH :q{i} LIMIT :limit))")
        else:
            one = ("(SELECT count(*) FROM (SELECT 1 FROM quotes WHERE search_vector "
                   "@@ websearch_to_tsquery('english', :q{i}) LIMIT :limit) AS hits)")
        sql = "SELECT " + ", ".join(one.format(i=i) for i in range(len(counted)))
        values = {f"q{i}": self.any_of([t]) for i, t in enumerate(counted)}
        row = self.session.execute(text(sql), {**values, "limit": COMMON}).one()
        self.counts.update(zip(counted, row, strict=True))
        return {**known, **dict(zip(counted, row, strict=True))}

    def known_by_statistics(self, terms: list[str]) -> dict[str, float]:
        """Terms whose every stem ANALYZE (autovacuum) found among the frequent lexemes, with
        the number of quotes it estimates (the rarest stem's); none before the table was first
        analysed. Migration 0010 raises the column's statistics target so that these reach
        down to 0.03% of the quotes."""
        statistics = self._statistics()
        if not statistics.counts:
            return {}
        self.size = statistics.size
        rows = self.session.execute(text(
            "SELECT term, tsvector_to_array(to_tsvector('english', term)) "
            "FROM unnest(CAST(:terms AS text[])) AS term"), {"terms": terms})
        return {term: min(statistics.counts[lexeme] for lexeme in lexemes)
                for term, lexemes in rows
                if lexemes and all(lexeme in statistics.counts for lexeme in lexemes)}

    def _statistics(self) -> _Statistics:
        """The frequent lexemes as of the last ANALYZE, kept per engine until the next one:
        reading them from `pg_stats` on every request cost more than the search itself."""
        engine = self.session.get_bind().engine
        analysed = self.session.scalar(text(
            "SELECT greatest(last_analyze, last_autoanalyze) FROM pg_stat_user_tables "
            "WHERE relid = CAST('quotes' AS regclass)"))
        cached = _statistics.get(engine)
        if cached is not None and cached.analysed == analysed:
            return cached
        size = self.session.scalar(text(
            "SELECT reltuples FROM pg_class WHERE oid = CAST('quotes' AS regclass)"))
        rows = self.session.execute(text(
            "SELECT seen.lexeme, seen.share FROM pg_stats "
            "CROSS JOIN LATERAL unnest(most_common_elems::text::text[], "
            "most_common_elem_freqs) AS seen(lexeme, share) "
            "WHERE schemaname = current_schema() AND tablename = 'quotes' "
            "AND attname = 'search_vector'")) if analysed is not None else []
        size = max(size or 0.0, 0.0)
        fresh = _Statistics(analysed, size, {
            lexeme: share * size for lexeme, share in rows if lexeme and size})
        _statistics[engine] = fresh
        return fresh

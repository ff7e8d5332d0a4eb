"""The quote search's full-text index, per dialect: SQLite FTS5 (Porter stemming) or PostgreSQL
tsvector (English configuration) with a GIN index, both over `text` and `word_pairs`.

Every statement here costs in proportion to the answer, not to the store: a term is counted
only up to `COMMON`, and a match is ranked among its `NEWEST` most recent quotes only. A GIN
index hands over a word's whole posting list at once, so on PostgreSQL the words ANALYZE
already knows to be common are taken from its statistics (read once per ANALYZE, not per
request) instead of being counted.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

COMMON = 2000
"""A term in at least this many quotes is common: matching it alone says little, and ranking
its whole posting list would make reads grow with the store."""

NEWEST = 2000
"""Matches ranked by relevance: the most recent this many (highest ids). A match set larger
than this says little on its own, and ranking all of it would grow with the store."""


@dataclass(frozen=True)
class _Statistics:
    """What ANALYZE last saw of `quotes.search_vector`: each frequent lexeme's quote count."""

    analysed: object
    counts: dict[str, float]


_statistics: weakref.WeakKeyDictionary[Engine, _Statistics] = weakref.WeakKeyDictionary()


class FullText:
    """The dialect's full-text pieces: how to spell a query, count terms and rank matches."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def any_of(self, terms: list[str]) -> str:
        return " OR ".join(f'"{t}"' for t in terms) if self.sqlite else " or ".join(terms)

    def all_of(self, terms: list[str]) -> str:
        return " AND ".join(f'"{t}"' for t in terms) if self.sqlite else " ".join(terms)

    def hits(self, query: str, limit: int) -> list[int]:
        """The `limit` best of the query's `NEWEST` most recent matches, most relevant first
        (newest first on ties)."""
        if self.sqlite:
            sql = ("SELECT rowid FROM (SELECT rowid, rank AS relevance "
                   "FROM quotes_fts WHERE quotes_fts MATCH :query ORDER BY rowid DESC "
                   "LIMIT :newest) ORDER BY relevance, rowid DESC LIMIT :limit")
        else:
            sql = ("SELECT id FROM (SELECT id, search_vector FROM quotes "
                   "WHERE search_vector @@ websearch_to_tsquery('english', :query) "
                   "ORDER BY id DESC LIMIT :newest) AS newest, "
                   "websearch_to_tsquery('english', :query) AS q "
                   "ORDER BY ts_rank_cd(search_vector, q) DESC, id DESC LIMIT :limit")
        return list(self.session.scalars(text(sql), {"query": query, "newest": NEWEST,
                                                     "limit": limit}))

    def frequencies(self, terms: list[str]) -> dict[str, int]:
        """Quotes holding each term, counted up to `COMMON` (0 for a misspelling or, on
        PostgreSQL, a stop word), in one statement; on PostgreSQL the terms its statistics
        know to be common are not counted."""
        known = {} if self.sqlite else dict.fromkeys(self.common_by_statistics(terms), COMMON)
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
        return {**known, **dict(zip(counted, row, strict=True))}

    def common_by_statistics(self, terms: list[str]) -> set[str]:
        """Terms whose stem ANALYZE (autovacuum) found in at least `COMMON` quotes; none
        before the table was first analysed."""
        counts = self._statistics().counts
        if not counts:
            return set()
        rows = self.session.execute(text(
            "SELECT term, tsvector_to_array(to_tsvector('english', term)) "
            "FROM unnest(CAST(:terms AS text[])) AS term"), {"terms": terms})
        return {term for term, lexemes in rows
                if any(counts.get(lexeme, 0) >= COMMON for lexeme in lexemes)}

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
        rows = self.session.execute(text(
            "SELECT seen.lexeme, seen.share * (SELECT reltuples FROM pg_class "
            "WHERE oid = CAST('quotes' AS regclass)) "
            "FROM pg_stats CROSS JOIN LATERAL unnest(most_common_elems::text::text[], "
            "most_common_elem_freqs) AS seen(lexeme, share) "
            "WHERE schemaname = current_schema() AND tablename = 'quotes' "
            "AND attname = 'search_vector'")) if analysed is not None else []
        fresh = _Statistics(analysed, {lexeme: count for lexeme, count in rows if lexeme})
        _statistics[engine] = fresh
        return fresh

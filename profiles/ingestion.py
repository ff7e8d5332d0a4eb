"""Bulk ingestion: store an analysed article exactly as `PUT /v1/articles/{id}` does, unless
the store already holds that very article.

The CLI's `ingest` and the backfill workers call `store_analysed` inside one transaction of
their own; it is `store.ingest_article` (the PUT code path) guarded by the content hash, so a
re-run over the same files changes nothing and costs one read per article, and two workers
given the same article end with one copy of it.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nlp.records.results import Analysis
from profiles import store
from profiles.models import Article, ArticleSpeaker, Quote


@dataclass(frozen=True)
class Stored:
    """What one ingest did: `created`, `updated` or `unchanged`, with the article's counts."""

    outcome: str
    quotes: int
    speakers: int


def is_current(session: Session, article: store.ArticleInput) -> bool:
    """Whether the store holds this article with this very content (no need to analyse it)."""
    stored = session.scalar(select(Article.content_hash).where(Article.id == article.id))
    return stored is not None and stored == article.content_hash()


def current_counts(session: Session, article: store.ArticleInput) -> tuple[int, int] | None:
    """The stored article's quote and speaker counts when it is current, else None."""
    if not is_current(session, article):
        return None
    return (session.scalar(select(func.count()).where(Quote.article_id == article.id)) or 0,
            session.scalar(select(func.count()).where(ArticleSpeaker.article_id == article.id))
            or 0)


def store_analysed(session: Session, article: store.ArticleInput, analysis: Analysis,
                   check: store.Check | None = None, *, force: bool = False) -> Stored:
    """Store `article` with its `analysis` as PUT does (`check` as PUT's ownership guard), or
    nothing if it is already current; `force` overwrites a current one too (`ingest --force`:
    the same text analysed by a newer engine), counted as `updated`."""
    if not force and is_current(session, article):
        return Stored("unchanged", len(analysis.quotes), len(analysis.speakers))
    _, created = store.store_article(session, article, analysis, check)
    return Stored("created" if created else "updated", len(analysis.quotes),
                  len(analysis.speakers))

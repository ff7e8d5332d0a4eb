"""Bulk ingestion (issue 14): the PUT code path, skipped when the article is already current."""
from __future__ import annotations

from sqlalchemy import func, select

from profiles.ingestion import store_analysed
from profiles.models import Quote, SpeakerProfile
from profiles.store import ArticleInput, ingest_article
from tests.profiles.profile_fixtures import Said, Store, analysis


def _counts(store: Store) -> tuple[int, int]:
    with store.sessions.begin() as session:
        return (session.scalar(select(func.count()).select_from(Quote)),
                session.scalar(select(func.count()).select_from(SpeakerProfile)))


def test_same_article_twice_is_stored_once_and_then_unchanged(store: Store) -> None:
    text, result = analysis(Said("Ann Lee", ["We will win."]))
    article = ArticleInput("a1", text, title="Win")
    with store.sessions.begin() as session:
        assert store_analysed(session, article, result).outcome == "created"
    with store.sessions.begin() as session:
        assert store_analysed(session, article, result).outcome == "unchanged"
    assert _counts(store) == (1, 1)


def test_changed_metadata_is_stored_again(store: Store) -> None:
    text, result = analysis(Said("Ann Lee", ["We will win."]))
    with store.sessions.begin() as session:
        store_analysed(session, ArticleInput("a1", text, title="Win"), result)
    with store.sessions.begin() as session:
        stored = store_analysed(session, ArticleInput("a1", text, title="Won"), result)
    assert stored.outcome == "updated"
    assert _counts(store) == (1, 1)


def test_an_article_stored_by_put_is_current_for_bulk_ingest(store: Store) -> None:
    text, result = analysis(Said("Ann Lee", ["We will win."]))
    article = ArticleInput("a1", text)
    with store.sessions.begin() as session:
        ingest_article(session, article, result)  # what PUT /v1/articles/{id} runs
    with store.sessions.begin() as session:
        assert store_analysed(session, article, result).outcome == "unchanged"

"""The backfill task's decisions (issue 14), run in this process on a real store: a poison
article fails with its reason instead of looping, an article that keeps killing its worker is
given up, a redelivered finished article is skipped. The broker side is tests/e2e."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import update

import nlp
from bulk import worker
from bulk.queue import to_record
from profiles import backfills
from profiles.backfill_records import BackfillItem
from profiles.db import make_engine, make_sessionmaker
from profiles.migrations import upgrade
from profiles.store import ArticleInput

ARTICLE = ArticleInput("a1", '"We will win," said Ann Lee, a spokeswoman for Acme.')


@pytest.fixture()
def queued(store_url: str, pipeline) -> Iterator[str]:
    """A store with one backfill of one queued article, wired into the worker process."""
    upgrade(store_url)
    engine = make_engine(store_url)
    sessions = make_sessionmaker(engine)
    worker._process.update(pipeline=pipeline, sessions=sessions)
    with sessions.begin() as session:
        backfill_id = backfills.create(session)
        backfills.add_entries(session, backfill_id, [backfills.Entry(0, "feed:1", "a1")])
    yield backfill_id
    worker._process.clear()
    engine.dispose()


def _status(backfill_id: str) -> backfills.BackfillStatus:
    with worker._sessions().begin() as session:
        return backfills.status(session, backfill_id)


def test_article_is_stored_and_done_and_a_redelivery_is_skipped(queued):
    assert worker._ingest(queued, 0, to_record(ARTICLE), 0) == "created"
    assert worker._ingest(queued, 0, to_record(ARTICLE), 0) == "already finished"
    status = _status(queued)
    assert (status.queued, status.done, status.failed) == (0, 1, 0)


def test_article_the_engine_fails_on_is_failed_with_its_reason(queued, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("cannot parse")

    monkeypatch.setattr(nlp, "analyze", broken)
    assert worker._ingest(queued, 0, to_record(ARTICLE), 0) == "failed"
    status = _status(queued)
    assert (status.queued, status.done, status.failed) == (0, 0, 1)
    assert status.failures[0].reason == "the engine failed: ValueError: cannot parse"
    assert worker._ingest(queued, 0, to_record(ARTICLE), 0) == "already finished"


def test_article_delivered_too_often_without_finishing_is_given_up(queued):
    with worker._sessions().begin() as session:
        session.execute(update(BackfillItem).values(attempts=worker.MAX_DELIVERIES))
    assert worker._ingest(queued, 0, to_record(ARTICLE), 0) == "failed"
    status = _status(queued)
    assert status.failed == 1 and "deliveries" in status.failures[0].reason


def _owner_of(article_id: str) -> str | None:
    from profiles.models import Article

    with worker._sessions().begin() as session:
        return session.get(Article, article_id).owner


def test_a_backfilled_article_belongs_to_the_key_that_sent_it(queued):
    """Issue 13: backfilled articles had no owner, so any key could overwrite them."""
    mine = dataclasses.replace(ARTICLE, owner="key:7")
    assert worker._ingest(queued, 0, to_record(mine, admin=False), 0) == "created"
    assert _owner_of("a1") == "key:7"


def test_a_backfill_does_not_replace_another_keys_article(queued):
    with worker._sessions().begin() as session:
        backfills.add_entries(session, queued, [backfills.Entry(1, "feed:2", "a1")])
    worker._ingest(queued, 0, to_record(dataclasses.replace(ARTICLE, owner="key:7"), False), 0)
    other = dataclasses.replace(ARTICLE, text=ARTICLE.text + " More.", owner="key:8")
    assert worker._ingest(queued, 1, to_record(other, admin=False), 0) == "failed"
    status = _status(queued)
    assert (status.done, status.failed) == (1, 1)
    assert "belongs to another API key" in status.failures[0].reason
    assert _owner_of("a1") == "key:7"


def test_an_admin_backfill_replaces_any_article_and_keeps_its_owner(queued):
    with worker._sessions().begin() as session:
        backfills.add_entries(session, queued, [backfills.Entry(1, "feed:2", "a1")])
    worker._ingest(queued, 0, to_record(dataclasses.replace(ARTICLE, owner="key:7"), False), 0)
    edited = dataclasses.replace(ARTICLE, text=ARTICLE.text + " More.", owner="key:9")
    assert worker._ingest(queued, 1, to_record(edited, admin=True), 0) == "updated"
    assert _owner_of("a1") == "key:7"

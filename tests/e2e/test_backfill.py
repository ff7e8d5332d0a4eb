"""Backfills end to end (issue 14): the real RabbitMQ, real Celery workers with 2 processes,
the store on SQLite and on PostgreSQL when configured.

The same 50 articles (written here) stored by `flask ingest` and by a backfill give the same
articles, quotes and profiles, with RabbitMQ and with Redis as the broker; a worker SIGKILLed
half-way and started again leaves every article whole or absent meanwhile, and the same
store, with no duplicate profile, at the end: on RabbitMQ, which gives unacknowledged messages
back at once, and on Redis, which gives them back after the visibility timeout (set short here,
`REDIS_VISIBILITY_TIMEOUT`).
"""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kombu import Connection
from sqlalchemy import func, select

from api import create_app
from profiles.db import make_engine, make_sessionmaker
from profiles.models import Article, Quote, SpeakerProfile
from tests.e2e.celery_worker import BROKER_URL, REDIS_BROKER_URL, Worker

PEOPLE = [("Maria Lopez", "a spokeswoman for the city council"),
          ("Tomas Okafor", "the port director of Easthaven"),
          ("Ines Varga", "a nurse at the Riverside clinic"),
          ("Leyla Hassan", "the head of the farmers union"),
          ("Peter Novak", "a lawyer for the transit authority"),
          ("Chen Wei", "the chief executive of Northwind Mills")]
FILLER = "The meeting went on into the evening and the hall stayed full. "
ARTICLES = 50
FINISH_SECONDS = 300
REDIS_VISIBILITY_TIMEOUT = 15
"""Seconds before Redis gives a killed worker's messages back: longer than any task here takes
on a loaded machine, short enough to wait for."""


def _text(n: int) -> str:
    first, second = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 5 + 1) % len(PEOPLE)]
    return (f'"The work on site {n} starts next week," said {first[0]}, {first[1]}. '
            + FILLER * 6 + f'"We are not ready for site {n}," {second[0]}, {second[1]}, said. '
            + FILLER * 6 + f'"It will take {n + 2} months," {first[0].split()[-1]} added.')


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            out.write(json.dumps({"id": f"site-{n}", "text": _text(n), "outlet": "Town Post",
                                  "published_at": f"2024-03-{n % 28 + 1:02d}T09:00:00Z"}) + "\n")
    return path


def _snapshot(url: str) -> dict[str, Any]:
    """What the store holds, with profile ids left out (they are random per store)."""
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as session:
        quotes = session.execute(select(Quote.article_id, Quote.position, Quote.text,
                                        Quote.start, Quote.end, SpeakerProfile.name)
                                 .outerjoin(SpeakerProfile, Quote.profile_id == SpeakerProfile.id)
                                 .order_by(Quote.article_id, Quote.position)).all()
        snapshot = {
            "articles": sorted(session.scalars(select(Article.id))),
            "quotes": [tuple(q) for q in quotes],
            "profiles": sorted(tuple(p) for p in session.execute(select(
                SpeakerProfile.name, SpeakerProfile.kind, SpeakerProfile.quote_count,
                SpeakerProfile.article_count)).all())}
    engine.dispose()
    return snapshot


def _quotes_per_article(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as session:
        counts = dict(session.execute(select(Article.id, func.count(Quote.id))
                                      .outerjoin(Quote).group_by(Article.id)).all())
    engine.dispose()
    return counts


@pytest.fixture(scope="module")
def reference(feed: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The store `flask ingest` builds from the feed."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'ingest.db'}"
    app = create_app({"DATABASE_URL": url, "API_KEYS": "", "RATELIMIT": ""})
    result = app.test_cli_runner().invoke(args=["ingest", str(feed)])
    assert result.exit_code == 0, result.output
    return _snapshot(url)


@pytest.fixture()
def broker() -> str:
    """RabbitMQ, unless a test asks for another broker by parametrizing this fixture."""
    return BROKER_URL


@pytest.fixture()
def queue_name(broker: str) -> Iterator[str]:
    name = f"qa_test_{uuid.uuid4().hex[:10]}"
    yield name
    with Connection(broker) as connection:
        connection.default_channel.queue_delete(name)


def _backfill(store_url: str, queue: str, feed: Path,
              broker: str = BROKER_URL) -> tuple[Any, str]:
    app = create_app({"DATABASE_URL": store_url, "API_KEYS": "", "RATELIMIT": "",
                      "BROKER_URL": broker, "BACKFILL_QUEUE": queue})
    result = app.test_cli_runner().invoke(args=["backfill", str(feed)])
    assert result.exit_code == 0, result.output
    return app, result.stdout.strip()


def _status(app: Any, backfill_id: str) -> dict[str, Any]:
    return app.test_client().get(f"/v1/backfills/{backfill_id}").get_json()


def _wait(app: Any, backfill_id: str, until: Any, worker: Worker) -> dict[str, Any]:
    deadline = time.monotonic() + FINISH_SECONDS
    while time.monotonic() < deadline:
        status = _status(app, backfill_id)
        if until(status):
            return status
        assert worker.process.poll() is None, worker.log.read_text()[-3000:]
        time.sleep(0.05)
    raise AssertionError(f"backfill stuck at {status}\n{worker.log.read_text()[-3000:]}")


def _finished(status: dict[str, Any]) -> bool:
    return status["done"] + status["failed"] == status["total"]


def _settings(store_url: str, queue: str, broker: str = BROKER_URL) -> dict[str, str]:
    settings = {"DATABASE_URL": store_url, "BACKFILL_QUEUE": queue}
    if broker.startswith("redis"):
        settings["BROKER_VISIBILITY_TIMEOUT"] = str(REDIS_VISIBILITY_TIMEOUT)
    return settings


@pytest.mark.parametrize("broker", [BROKER_URL, REDIS_BROKER_URL], ids=["rabbitmq", "redis"])
def test_backfill_with_two_worker_processes_stores_what_ingest_stores(
        store_url, broker, queue_name, feed, reference, tmp_path):
    app, backfill_id = _backfill(store_url, queue_name, feed, broker)
    worker = Worker(_settings(store_url, queue_name, broker), tmp_path / "worker.log",
                    broker=broker)
    try:
        status = _wait(app, backfill_id, _finished, worker)
    finally:
        worker.stop()
    assert (status["total"], status["done"], status["failed"]) == (ARTICLES, ARTICLES, 0)
    assert _snapshot(store_url) == reference


@pytest.mark.parametrize("broker", [BROKER_URL, REDIS_BROKER_URL], ids=["rabbitmq", "redis"])
def test_worker_killed_half_way_leaves_whole_articles_and_the_same_store_after_restart(
        store_url, broker, queue_name, feed, reference, tmp_path):
    app, backfill_id = _backfill(store_url, queue_name, feed, broker)
    log = tmp_path / "worker.log"
    settings = _settings(store_url, queue_name, broker)
    worker = Worker(settings, log, broker=broker)
    try:
        _wait(app, backfill_id, lambda s: s["done"] >= 5, worker)
    finally:
        worker.kill()
    status = _status(app, backfill_id)
    assert status["done"] < ARTICLES, "killed too late to prove anything"
    expected = {article: 0 for article in reference["articles"]}
    for article_id, *_ in reference["quotes"]:
        expected[article_id] += 1
    for article_id, count in _quotes_per_article(store_url).items():
        assert count == expected[article_id], f"{article_id} stored in part"

    worker = Worker(settings, log, broker=broker)
    try:
        status = _wait(app, backfill_id, _finished, worker)
    finally:
        worker.stop()
    assert (status["done"], status["failed"]) == (ARTICLES, 0)
    after = _snapshot(store_url)
    assert after == reference
    names = [(name, kind) for name, kind, *_ in after["profiles"]]
    assert len(names) == len(set(names)), "a speaker got two profiles"

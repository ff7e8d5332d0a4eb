"""The Celery app both sides share, and how an article becomes a task message.

The broker only carries work (`BROKER_URL`: RabbitMQ `amqp://...` or Redis `redis://...`);
what was done is recorded in the store (`profiles/backfills.py`), so no result backend is used.
Messages are acknowledged after the task ends (`acks_late`) and put back if the worker process
dies under them (`reject_on_worker_lost`); one message at a time per process
(`prefetch_multiplier=1`), so a killed worker loses no more than what it was doing.

Redis has no connection-bound acknowledgement: kombu keeps a delivered message aside and gives
it back once it has been unacknowledged for `visibility_timeout` seconds
(`BROKER_VISIBILITY_TIMEOUT`), looking for such messages every tenth of that (at most every
10 s). So a killed worker's articles return after that long, and a task that runs longer is
delivered a second time while it runs: the timeout must exceed the longest analysis. RabbitMQ
ignores these options; it gives a dead connection's messages back at once.
"""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from celery import Celery

from profiles.store import ArticleInput

TASK_NAME = "bulk.ingest_article"
VISIBILITY_TIMEOUT = 3600
"""kombu's own default: an hour covers the slowest article (a 1 MB text takes a minute or two)."""


def redis_transport_options(visibility_timeout: int) -> dict[str, int]:
    """The sweep for abandoned messages runs every tenth of the timeout (1 to 10 s) and scans
    each time (`unacked_restore_throttle` 1), instead of kombu's every 100 s."""
    return {"visibility_timeout": visibility_timeout,
            "unacked_restore_interval": max(1, min(10, visibility_timeout // 10)),
            "unacked_restore_throttle": 1}


def make_celery(broker_url: str, queue: str,
                visibility_timeout: int = VISIBILITY_TIMEOUT) -> Celery:
    app = Celery("quote_attribution", broker=broker_url, set_as_current=False)
    app.conf.update(
        broker_transport_options=redis_transport_options(visibility_timeout),
        task_default_queue=queue, task_serializer="json", accept_content=["json"],
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_ignore_result=True, broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False)
    return app


@lru_cache(maxsize=8)
def client(broker_url: str, queue: str) -> Celery:
    """The sending side's app, one per broker and queue per process."""
    return make_celery(broker_url, queue)


def enqueue(app: Celery, backfill_id: str, position: int, article: ArticleInput,
            admin: bool = True) -> None:
    app.send_task(TASK_NAME, args=[backfill_id, position, to_record(article, admin)])


def to_record(article: ArticleInput, admin: bool = True) -> dict[str, Any]:
    """An article as a message carries it (JSON; the date as ISO 8601), with who sent it: the
    owner a new article gets, and whether the sender may replace others' articles (an admin
    key, or the operator's `flask backfill`)."""
    return {"id": article.id, "text": article.text, "title": article.title, "url": article.url,
            "outlet": article.outlet,
            "published_at": article.published_at.isoformat() if article.published_at else None,
            "owner": article.owner, "admin": admin}


def from_record(record: dict[str, Any]) -> ArticleInput:
    published = record.get("published_at")
    return ArticleInput(record["id"], record["text"], record.get("title"), record.get("url"),
                        record.get("outlet"),
                        datetime.fromisoformat(published) if published else None,
                        owner=record.get("owner"))


def sent_by_admin(record: dict[str, Any]) -> bool:
    """Messages queued before owners were carried came from the operator or an open service."""
    return bool(record.get("admin", True))

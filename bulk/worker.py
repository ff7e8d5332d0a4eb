"""The backfill worker: `celery -A bulk.worker worker --concurrency N` with the service's
settings (`DATABASE_URL`, `BROKER_URL`, `BACKFILL_QUEUE`, `BROKER_VISIBILITY_TIMEOUT`,
`MODEL_NAME`) from the environment.

Each worker process loads the model and opens its engine once (`worker_process_init`). A task
stores one article as `PUT` would, idempotently (the content hash: a redelivered or repeated
article is stored once); transient database errors (deadlocks, locks, a dropped connection)
are retried with a back-off; an article the engine cannot read, or that was delivered
`MAX_DELIVERIES` times without finishing (it keeps killing its worker), is marked failed with
the reason and never retried again.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from celery import Task
from celery.signals import worker_init, worker_process_init
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

import nlp
from api.config import Settings
from bulk.queue import TASK_NAME, from_record, make_celery, sent_by_admin
from profiles import backfills, ingestion
from profiles.db import make_engine, make_sessionmaker
from profiles.errors import OwnedByAnother
from profiles.migrations import upgrade
from profiles.models import Article
from profiles.store import Check

T = TypeVar("T")
MAX_DELIVERIES = 3
MAX_RETRIES = 5
TRANSIENT = (OperationalError, IntegrityError)
"""OperationalError: deadlock, serialisation failure, SQLite busy, lost connection. An
IntegrityError here is two workers racing on a new shared row (an editor's merge, a new
outlet); the next attempt finds the winner's row."""

settings = Settings.load()
app = make_celery(settings.broker_url, settings.backfill_queue,
                  settings.broker_visibility_timeout)
_process: dict[str, Any] = {}


@worker_init.connect
def _prepare(**_: Any) -> None:
    """The schema at head before any task runs (safe beside other workers: see migrations),
    and the model read in the main process, so the pool processes forked from it start with
    it in memory (shared copy-on-write, as gunicorn `--preload` does) instead of each reading
    it from disk."""
    upgrade(settings.database_url)
    nlp.load_pipeline(settings.model_name)


@worker_process_init.connect
def _load(**_: Any) -> None:
    """The model (the main process's copy when forked) and an engine once per process."""
    pipeline = nlp.load_pipeline(settings.model_name)
    pipeline.max_length = max(pipeline.max_length, settings.max_text_bytes)
    _process["pipeline"] = pipeline
    _process["sessions"] = make_sessionmaker(make_engine(settings.database_url))


def _sessions() -> sessionmaker[Session]:
    if "sessions" not in _process:
        _load()
    return _process["sessions"]


def _in_transaction(work: Callable[[Session], T]) -> T:
    with _sessions().begin() as session:
        return work(session)


@app.task(name=TASK_NAME, bind=True, acks_late=True, reject_on_worker_lost=True)
def ingest_article(task: Task, backfill_id: str, position: int, record: dict[str, Any]) -> str:
    """Store one article of a backfill; returns what happened (for the worker's log)."""
    try:
        return _ingest(backfill_id, position, record, task.request.retries)
    except TRANSIENT as error:
        if task.request.retries >= MAX_RETRIES:
            reason = f"the database kept failing: {error.orig}"
            _in_transaction(lambda s: backfills.finish(s, backfill_id, position, "failed",
                                                       reason))
            return "failed"
        raise task.retry(exc=error, countdown=min(2 ** task.request.retries, 30)) from error


def _ingest(backfill_id: str, position: int, record: dict[str, Any], retries: int) -> str:
    """Claim, analyse, store. `retries` (our own, after transient errors) are not deliveries
    lost with a worker, so they do not count towards `MAX_DELIVERIES`."""
    attempt = _in_transaction(lambda s: backfills.begin_attempt(s, backfill_id, position))
    if attempt is None:
        return "already finished"
    if attempt - retries > MAX_DELIVERIES:
        _in_transaction(lambda s: backfills.finish(
            s, backfill_id, position, "failed",
            f"gave up after {MAX_DELIVERIES} deliveries that did not finish"))
        return "failed"
    article = from_record(record)
    try:
        _sessions()  # the pipeline is loaded with the sessions
        analysis = nlp.analyze(_process["pipeline"], article.text)
    except Exception as error:  # noqa: BLE001  (a poison article: failed, never retried)
        reason = f"the engine failed: {type(error).__name__}: {error}"
        _in_transaction(lambda s: backfills.finish(s, backfill_id, position, "failed", reason))
        return "failed"

    def store(session: Session) -> str:
        stored = ingestion.store_analysed(session, article, analysis,
                                          _owner_guard(article.owner, sent_by_admin(record)))
        backfills.finish(session, backfill_id, position, "done")
        return stored.outcome

    try:
        return _in_transaction(store)
    except OwnedByAnother as error:
        refusal = str(error)
    _in_transaction(lambda s: backfills.finish(s, backfill_id, position, "failed", refusal))
    return "failed"


def _owner_guard(owner: str | None, admin: bool) -> Check:
    """PUT's rule on the locked row: a stored article is replaced only by its owner or an
    admin; a new one gets the backfill's owner."""
    def check(stored: Article, created: bool) -> None:
        if not (created or admin or (owner is not None and stored.owner == owner)):
            raise OwnedByAnother(stored.id)
    return check

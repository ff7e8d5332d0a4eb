"""Backfill bookkeeping: create a run with its articles, claim a delivery, record the outcome,
count the states.

Each function works in the caller's transaction. A worker claims an article (`begin_attempt`)
in a transaction of its own before the model runs, so a delivery that kills its worker is still
counted, and stores the article and marks it `done` in one transaction: an article is `done`
exactly when it is stored whole.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from profiles.backfill_records import STATES, Backfill, BackfillItem
from profiles.errors import BackfillNotFound
from profiles.models import utcnow

FAILURES_SHOWN = 100


@dataclass(frozen=True)
class Entry:
    """One article handed to a backfill: queued, or already failed (unreadable) with a reason."""

    position: int
    origin: str
    article_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Failure:
    origin: str
    article_id: str | None
    reason: str


@dataclass(frozen=True)
class BackfillStatus:
    id: str
    created_at: datetime
    total: int
    queued: int
    done: int
    failed: int
    failures: list[Failure]
    """The first `FAILURES_SHOWN` failed articles, in order."""


def create(session: Session) -> str:
    backfill = Backfill()
    session.add(backfill)
    session.flush()
    return backfill.id


def add_entries(session: Session, backfill_id: str, entries: Iterable[Entry]) -> None:
    now = utcnow()
    rows = [{"backfill_id": backfill_id, "position": e.position, "origin": e.origin,
             "article_id": e.article_id, "state": "failed" if e.reason else "queued",
             "reason": e.reason, "attempts": 0, "updated_at": now} for e in entries]
    if rows:
        session.execute(insert(BackfillItem), rows)


def discard(session: Session, backfill_id: str) -> None:
    """Forget a backfill whose messages could not be sent (its articles go with it)."""
    session.execute(delete(BackfillItem).where(BackfillItem.backfill_id == backfill_id))
    session.execute(delete(Backfill).where(Backfill.id == backfill_id))


def begin_attempt(session: Session, backfill_id: str, position: int) -> int | None:
    """Count one more delivery of a queued article; None when it is already done or failed
    (a redelivered message of a finished article)."""
    return session.scalar(
        update(BackfillItem)
        .where(BackfillItem.backfill_id == backfill_id, BackfillItem.position == position,
               BackfillItem.state == "queued")
        .values(attempts=BackfillItem.attempts + 1, updated_at=utcnow())
        .returning(BackfillItem.attempts))


def finish(session: Session, backfill_id: str, position: int, state: str,
           reason: str | None = None) -> None:
    assert state in STATES
    session.execute(update(BackfillItem)
                    .where(BackfillItem.backfill_id == backfill_id,
                           BackfillItem.position == position)
                    .values(state=state, reason=reason, updated_at=utcnow()))


def status(session: Session, backfill_id: str) -> BackfillStatus:
    backfill = session.get(Backfill, backfill_id)
    if backfill is None:
        raise BackfillNotFound(backfill_id)
    counts = dict.fromkeys(STATES, 0) | dict(session.execute(
        select(BackfillItem.state, func.count()).where(BackfillItem.backfill_id == backfill_id)
        .group_by(BackfillItem.state)).all())
    failures = session.execute(
        select(BackfillItem.origin, BackfillItem.article_id, BackfillItem.reason)
        .where(BackfillItem.backfill_id == backfill_id, BackfillItem.state == "failed")
        .order_by(BackfillItem.position).limit(FAILURES_SHOWN)).all()
    return BackfillStatus(backfill.id, backfill.created_at, sum(counts.values()),
                          counts["queued"], counts["done"], counts["failed"],
                          [Failure(o, a, r or "") for o, a, r in failures])

"""The tables of a backfill: one row per run, one per article it was given, with its state.

A backfill is a record in the store, not in the broker: the broker only carries work, so the
counts stay true whatever happens to the queue or to the workers, and any machine that shares
the database can answer `backfill-status` or `GET /v1/backfills/{id}`.
"""
from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from profiles.models import Base, utcnow

BACKFILL_ID_PREFIX = "bf_"
STATES = ("queued", "done", "failed")


def new_backfill_id() -> str:
    return BACKFILL_ID_PREFIX + secrets.token_hex(8)


class Backfill(Base):
    """One run of `backfill PATH...` or one `POST /v1/backfills`."""

    __tablename__ = "backfills"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=new_backfill_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BackfillItem(Base):
    """One article of a backfill: `queued` until a worker stores it (`done`) or gives it up
    (`failed`, with the reason). `attempts` counts deliveries, so an article that keeps killing
    its worker is failed after a few instead of being redelivered for ever."""

    __tablename__ = "backfill_items"
    __table_args__ = (Index("ix_backfill_items_state", "backfill_id", "state"),)

    backfill_id: Mapped[str] = mapped_column(ForeignKey("backfills.id", ondelete="CASCADE"),
                                             primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str | None] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(Text)
    """Where the article came from (file, line, archive member), for the failure list."""
    state: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

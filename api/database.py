"""The profile store inside the app: engine and sessions from `DATABASE_URL`, migrations at
start-up, one transaction per request, and the store's exceptions as problems.

Views call `run(work)`: `work(session)` runs inside one `Session.begin()` and everything it
returns must be loaded by then (the session is closed before the response is serialised, so a
lazy load can never sneak a second transaction in). On PostgreSQL two ingests may deadlock on
rows of shared profiles, or a row may change under a locked read; the database aborts one of
them, which is safe to run again from the start, so `run` does that a few times.
"""
from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from typing import TypeVar

from flask import Flask, current_app, request
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from werkzeug.routing import UnicodeConverter

from api.errors import Problem
from profiles.db import make_engine, make_sessionmaker, read_only_engine
from profiles.errors import (
    ArticleNotFound,
    BackfillNotFound,
    InvalidCorrection,
    InvalidCursor,
    SpeakerNotFound,
    StoreError,
)
from profiles.migrations import upgrade

T = TypeVar("T")

ATTEMPTS = 4
RETRIED_SQLSTATES = {"40001", "40P01", "23503"}
"""serialization_failure and deadlock_detected roll the transaction back whole; a
foreign_key_violation here means an editor's merge removed a profile this ingest had just
chosen, and the next attempt finds the profile it was merged into."""

PROBLEMS: dict[type[StoreError], int] = {ArticleNotFound: 404, SpeakerNotFound: 404,
                                         BackfillNotFound: 404,
                                         InvalidCursor: 404, InvalidCorrection: 409}
"""An unreadable cursor is a 404 (no such page), not a 400: the request itself is well formed,
and clients (and schemathesis) treat a 400 on schema-valid input as a contract breach."""


class StoreIdConverter(UnicodeConverter):
    """Path ids as the store can keep them: no slash and no NUL (PostgreSQL text refuses it),
    so such an id is a plain 404 rather than a driver error."""

    def __init__(self, map: object, minlength: int = 1, maxlength: int | None = None) -> None:
        super().__init__(map, minlength, maxlength)  # type: ignore[arg-type]
        self.regex = self.regex.replace("[^/]", "[^/\\x00]")


def init_app(app: Flask) -> None:
    """Migrate the database to head, then keep its engine for the views and `/readyz`.
    Runs before the store's blueprints are registered: their routes use `store_id`."""
    app.url_map.converters["store_id"] = StoreIdConverter
    settings = app.extensions["qa_settings"]
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    forget_connections_after_fork(engine)
    app.extensions["qa_db"] = engine
    app.extensions["qa_sessions"] = make_sessionmaker(engine)
    app.extensions["qa_read_sessions"] = make_sessionmaker(engine, read_only=True)
    app.extensions["qa_read_db"] = read_only_engine(engine)   # the key look-up (`api/security.py`)
    app.register_error_handler(StoreError, _render_store_error)


def forget_connections_after_fork(engine: Engine) -> None:
    """gunicorn `--preload` builds the app, engine included, before forking its workers; a
    connection inherited from the master must never be shared by two processes, so each child
    starts with an empty pool (SQLAlchemy's `dispose(close=False)` recipe)."""
    engine_ref = weakref.ref(engine)

    def forget() -> None:
        inherited = engine_ref()
        if inherited is not None:
            inherited.dispose(close=False)

    os.register_at_fork(after_in_child=forget)


def _render_store_error(error: StoreError) -> object:
    return Problem(PROBLEMS.get(type(error), 400), str(error)).to_response()


def _retryable(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) in RETRIED_SQLSTATES


def run(work: Callable[[Session], T], *, read_only: bool | None = None) -> T:
    """`work(session)` in one transaction: committed when it returns, rolled back if it raises.
    GET and HEAD requests, and others that say `read_only=True` (a POST that only reads, such
    as a quote check), use read-only sessions (no write lock on SQLite)."""
    if read_only is None:
        read_only = request.method in ("GET", "HEAD")
    sessions = current_app.extensions["qa_read_sessions" if read_only else "qa_sessions"]
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with sessions.begin() as session:
                return work(session)
        except DBAPIError as error:
            if attempt == ATTEMPTS or not _retryable(error):
                raise
    raise AssertionError("unreachable")

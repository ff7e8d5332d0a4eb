"""Engines and sessions for the profile store: a SQLite file by default, PostgreSQL by URL.

Callers own the session's lifecycle (one `Session.begin()` per request or job); the functions of
`profiles/` only take a `Session`. SQLite needs a few connection pragmas to behave like a server
database under several gunicorn workers; they are set on every new DBAPI connection.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite writer waits for the file lock before failing. Ingesting one article holds the
write lock for tens of milliseconds; 30 s covers a burst of parallel PUTs from several workers."""


READ_ONLY = "qa_read_only"
"""Execution option marking an engine whose transactions never write (GET requests): on SQLite
they start with a plain BEGIN, so readers never queue behind writers for the file lock."""


def is_sqlite(url: str | Engine) -> bool:
    """Whether `url` (or an engine) points at SQLite: the dialect decides FTS, upserts and locks."""
    name = url.dialect.name if isinstance(url, Engine) else make_url(url).get_backend_name()
    return name == "sqlite"


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers run beside the one writer; foreign keys are off by default in SQLite.

    The driver's own transaction handling is switched off (`isolation_level = None`) so that
    `_sqlite_on_begin` can issue `BEGIN IMMEDIATE`: the write lock is taken at the start of the
    transaction, and a second writer waits on the busy timeout instead of failing with
    "database is locked" when it upgrades a read lock half-way (the pysqlite deferred-BEGIN trap).
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    """Writers take the lock up front; read-only sessions (`READ_ONLY` option) only snapshot."""
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An Engine for `url`; SQLite gets WAL, a busy timeout, foreign keys and immediate BEGINs."""
    if is_sqlite(url):
        kwargs.setdefault("connect_args", {}).setdefault("check_same_thread", False)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def read_only_engine(engine: Engine) -> Engine:
    """A copy of `engine` (same pool) flagged `READ_ONLY`, for Core reads outside a session."""
    return engine.execution_options(**{READ_ONLY: True})


def make_sessionmaker(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (views serialise after the transaction).

    `read_only=True` binds them to `read_only_engine(engine)`.
    """
    bind = read_only_engine(engine) if read_only else engine
    return sessionmaker(bind=bind, expire_on_commit=False)

"""Rate-limit counters in a SQL database, so every gunicorn worker (and, on PostgreSQL, every
node) counts against one limit with nothing else to run (issue 13).

A `limits` storage, registered for the SQLAlchemy URL schemes below: `RATELIMIT_STORAGE_URI`
may name a database the way `DATABASE_URL` does. With no setting, `default_uri` picks one from
the store's database: the same PostgreSQL database, or on SQLite a file of its own beside the
store's, so counting never waits behind an ingest holding the store's write lock. Fixed windows
only (flask-limiter's default strategy): one row per key, bumped by one upsert per request.
"""
from __future__ import annotations

import time
from pathlib import Path

from limits.storage import Storage
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateTable

from api.config import Settings
from api.database import forget_connections_after_fork
from profiles.db import READ_ONLY, is_sqlite, make_engine

SWEEP_SECONDS = 60.0
"""How often one process deletes expired counters: often enough that keys of clients long gone
do not pile up, rarely enough that the sweep costs nothing beside the per-request upserts."""

COUNTERS = Table(
    "qa_rate_limit_counters", MetaData(),
    Column("key", String(500), primary_key=True),
    Column("hits", Integer, nullable=False),
    Column("expires_at", Float, nullable=False, index=True),
)


def storage_uri(settings: Settings) -> str:
    """`RATELIMIT_STORAGE_URI`, or when unset the counters' place beside the store."""
    return settings.ratelimit_storage_uri or default_uri(settings.database_url)


def default_uri(database_url: str) -> str:
    """Where counters go when `RATELIMIT_STORAGE_URI` is unset: beside the store."""
    url = make_url(database_url)
    if not is_sqlite(database_url):
        return database_url
    if not url.database or url.database == ":memory:":
        return "memory://"  # an in-memory store serves one process: its memory is shared enough
    path = Path(url.database)
    return url.set(database=str(path.with_name(f"{path.stem}.ratelimits{path.suffix}"))
                   ).render_as_string(hide_password=False)


class SqlStorage(Storage):
    """`limits` counters in one table; the clock is each process's own `time.time()`, as with
    Redis' expiry times set by the clients."""

    STORAGE_SCHEME = ["sqlite", "postgresql", "postgresql+psycopg", "postgresql+psycopg2"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 **options: float | str | bool) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.engine = make_engine(str(uri))
        forget_connections_after_fork(self.engine)
        self._reader = self.engine.execution_options(**{READ_ONLY: True})
        self._insert = sqlite.insert if is_sqlite(self.engine) else postgresql.insert
        self._swept = 0.0
        with self.engine.begin() as connection:  # several workers may start at once
            connection.execute(CreateTable(COUNTERS, if_not_exists=True))
            for index in COUNTERS.indexes:
                index.create(connection, checkfirst=True)

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """One upsert: a new or expired counter restarts at `amount` with a new window."""
        now = time.time()
        statement = self._insert(COUNTERS).values(key=key, hits=amount, expires_at=now + expiry)
        expired = COUNTERS.c.expires_at <= now
        statement = statement.on_conflict_do_update(index_elements=[COUNTERS.c.key], set_={
            "hits": case((expired, statement.excluded.hits),
                         else_=COUNTERS.c.hits + statement.excluded.hits),
            "expires_at": case((expired, statement.excluded.expires_at),
                               else_=COUNTERS.c.expires_at),
        }).returning(COUNTERS.c.hits)
        with self.engine.begin() as connection:
            hits = connection.execute(statement).scalar_one()
            if now - self._swept > SWEEP_SECONDS:
                self._swept = now
                connection.execute(delete(COUNTERS).where(COUNTERS.c.expires_at <= now))
        return int(hits)

    def _live(self, key: str) -> tuple[int, float] | None:
        with self._reader.connect() as connection:
            row = connection.execute(select(COUNTERS.c.hits, COUNTERS.c.expires_at).where(
                COUNTERS.c.key == key, COUNTERS.c.expires_at > time.time())).first()
        return None if row is None else (int(row.hits), float(row.expires_at))

    def get(self, key: str) -> int:
        live = self._live(key)
        return 0 if live is None else live[0]

    def get_expiry(self, key: str) -> float:
        live = self._live(key)
        return time.time() if live is None else live[1]

    def check(self) -> bool:
        try:
            with self._reader.connect() as connection:
                connection.execute(select(1))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with self.engine.begin() as connection:
            return connection.execute(delete(COUNTERS)).rowcount

    def clear(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(COUNTERS).where(COUNTERS.c.key == key))

"""Alembic environment: one transaction for the whole upgrade, serialised across processes.

Several gunicorn workers (without `--preload`) start at once and each calls `upgrade`. On SQLite
the transaction opens with `BEGIN IMMEDIATE` (see `profiles/db.py`), so the second waits for the
first and then finds the schema at head. PostgreSQL runs DDL in transactions too; an advisory
lock taken first keeps two upgrades from racing to create the same tables.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import text

from profiles.db import is_sqlite, make_engine
from profiles.models import Base

MIGRATION_LOCK_ID = 0x51A0_0001
"""Arbitrary constant naming the PostgreSQL advisory lock that guards migrations."""


def run_migrations_online() -> None:
    url = context.config.attributes.get("database_url") or context.config.get_main_option(
        "sqlalchemy.url")
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=Base.metadata,
                              transactional_ddl=True, render_as_batch=is_sqlite(url),
                              compare_type=True)
            with context.begin_transaction():
                if not is_sqlite(url):
                    connection.execute(text("SELECT pg_advisory_xact_lock(:id)"),
                                       {"id": MIGRATION_LOCK_ID})
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run against a database")
run_migrations_online()

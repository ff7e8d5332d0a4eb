"""The Alembic migrations build exactly the tables `profiles.models` describes, on each backend."""
from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from profiles.db import make_engine
from profiles.migrations import downgrade, upgrade
from profiles.models import Base

FULL_TEXT = {"quotes_fts", "quotes_fts_config", "quotes_fts_data", "quotes_fts_docsize",
             "quotes_fts_idx", "search_vector", "ix_quotes_search"}
"""Created by the migration per dialect and kept out of the models on purpose."""


def _include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    return name not in FULL_TEXT


def test_migrated_schema_matches_the_models(store_url: str) -> None:
    upgrade(store_url)
    upgrade(store_url)  # a second start-up finds nothing to do
    engine = make_engine(store_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_object": _include, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_downgrade_removes_every_table(store_url: str) -> None:
    upgrade(store_url)
    downgrade(store_url)
    engine = make_engine(store_url)
    assert inspect(engine).get_table_names() == ["alembic_version"]
    engine.dispose()
    upgrade(store_url)


def test_quote_index_keeps_no_pending_list_on_postgresql(store_url: str) -> None:
    """GIN's pending list is scanned whole by every search until VACUUM merges it."""
    if not store_url.startswith("postgresql"):
        pytest.skip("FTS5 has no pending list")
    upgrade(store_url)
    engine = make_engine(store_url)
    with engine.connect() as connection:
        options = connection.scalar(text(
            "SELECT reloptions FROM pg_class WHERE oid = CAST('ix_quotes_search' AS regclass)"))
    engine.dispose()
    assert options == ["fastupdate=off"]


def test_search_column_keeps_ten_thousand_frequent_words_on_postgresql(store_url: str) -> None:
    """Quote search estimates the terms `pg_stats` holds instead of counting them (a heap row
    per match): the default target holds words only down to 0.3% of the quotes."""
    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite keeps no statistics of FTS5 terms")
    upgrade(store_url)
    engine = make_engine(store_url)
    with engine.connect() as connection:
        target = connection.scalar(text(
            "SELECT attstattarget FROM pg_attribute WHERE attname = 'search_vector' "
            "AND attrelid = CAST('quotes' AS regclass)"))
    engine.dispose()
    assert target == 1000

"""A migrated store per test: SQLite, and PostgreSQL when TEST_DATABASE_URL is set."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from profiles.db import make_engine, make_sessionmaker
from profiles.migrations import upgrade
from tests.profiles.profile_fixtures import Store


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    upgrade(store_url)
    engine = make_engine(store_url)
    yield Store(engine, make_sessionmaker(engine))
    engine.dispose()

"""Fixtures shared by every test package."""
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy

import nlp


@pytest.fixture(scope="session")
def pipeline():
    """The default model with our components, loaded once for the whole run."""
    return nlp.load_pipeline()


TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")
STORE_BACKENDS = ["sqlite", "postgresql"] if TEST_DATABASE_URL else ["sqlite"]
"""The store runs on SQLite always and on PostgreSQL when `TEST_DATABASE_URL` names a server."""


@contextmanager
def postgresql_schema(url: str) -> Iterator[str]:
    """A fresh schema on the PostgreSQL server at `url`, dropped afterwards: tests stay apart
    from each other and from anything else using the database. Yields a URL whose connections
    see only that schema."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield sqlalchemy.make_url(url).update_query_dict(
            {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=STORE_BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no tables yet) per test, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with postgresql_schema(TEST_DATABASE_URL) as url:
        yield url

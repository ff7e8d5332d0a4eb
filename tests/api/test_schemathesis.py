"""Schemathesis in-process over every operation, with every check: no 5xx, every answer as the
spec says, on SQLite and (when `TEST_DATABASE_URL` is set) on PostgreSQL (issue 13).

Two kinds of run per database. Per operation: the spec's examples, boundary cases and random
bodies, valid and invalid. Stateful: sequences that follow the spec's OpenAPI links
(`api/links.py`: PUT an article -> GET, PUT again, DELETE it with its ETag; list speakers ->
profile -> PATCH or merge with its ETag -> the merged-away id; POST a backfill -> GET it). Each
store starts with two articles we wrote, so the speaker links have profiles to reach. A third,
cheaper pass runs with API keys switched on and no key sent: every `/v1` answer must then be the
documented 401 problem. The apps are built at collection (schemathesis' lazy `from_fixture`
loader does not run under pytest 9) over their own stores, removed at the end. Example counts
stay modest so CI on two cores finishes in a few minutes.
"""
from __future__ import annotations

import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings

from api import create_app
from tests.conftest import TEST_DATABASE_URL, postgresql_schema

_folder = Path(tempfile.mkdtemp(prefix="qa-schemathesis-"))
_stores = ExitStack()
# A schema-valid `If-Match` that names no current version is rightly a 412, a merge of a profile
# into itself a 409 (issue 13).
CONFIG = schemathesis.config.SchemathesisConfig.from_dict({"checks": {"positive_data_acceptance": {
    "expected-statuses": ["2xx", "3xx", "401", "403", "404", "409", "412", "429"]}}})
FUZZ_SETTINGS = settings(deadline=None, suppress_health_check=list(HealthCheck))
STATEFUL_SETTINGS = settings(FUZZ_SETTINGS, max_examples=12, stateful_step_count=6)
SEEDS = {  # written for these tests: two named speakers with roles, two profiles to merge
    "2019-03-01-offensive": '"The bridge will reopen in May," said Maria Lopez, a spokeswoman '
                            'for the city transport department.',
    "seed-two": '"We have not seen the report," said Tom Reyes, the mayor of Dunmore.',
}


def _database_url(backend: str, name: str) -> str:
    if backend == "sqlite":
        return f"sqlite:///{_folder / name}.db"
    return _stores.enter_context(postgresql_schema(TEST_DATABASE_URL))


def _app(backend: str, name: str, api_keys: str = "") -> Flask:
    """Failed authentications unlimited here: every keyless request must be a plain 401
    (`tests/api/test_keys.py` checks the limit)."""
    app = create_app({"DATABASE_URL": _database_url(backend, name), "API_KEYS": api_keys,
                      "RATELIMIT": "", "CORS_ORIGINS": "", "BROKER_URL": "memory://",
                      "AUTH_FAILURE_LIMIT": "off"})
    _stores.callback(app.extensions["qa_db"].dispose)
    return app


def _seeded(app: Flask) -> Flask:
    with app.test_client() as client:
        for article_id, text in SEEDS.items():
            assert client.put(f"/v1/articles/{article_id}", json={"text": text}).status_code < 300
    return app


def _schema(app: Flask) -> schemathesis.schemas.BaseSchema:
    return schemathesis.openapi.from_wsgi("/openapi.json", app, config=CONFIG)


BACKENDS = ["sqlite", "postgresql"] if TEST_DATABASE_URL else ["sqlite"]
open_schemas = {backend: _schema(_seeded(_app(backend, "open"))) for backend in BACKENDS}
stateful_schemas = {backend: _schema(_seeded(_app(backend, "stateful"))) for backend in BACKENDS}
keyed_schema = _schema(_app("sqlite", "keyed", api_keys="a-key-nobody-sends"))


@pytest.fixture(scope="module", autouse=True)
def _remove_stores():
    yield
    _stores.close()
    shutil.rmtree(_folder, ignore_errors=True)


@open_schemas["sqlite"].parametrize()
@settings(FUZZ_SETTINGS, max_examples=25)
def test_every_operation_conforms_to_the_spec_on_sqlite(case):
    case.call_and_validate()


if "postgresql" in open_schemas:
    @open_schemas["postgresql"].parametrize()
    @settings(FUZZ_SETTINGS, max_examples=25)
    def test_every_operation_conforms_to_the_spec_on_postgresql(case):
        case.call_and_validate()


class TestLinkedCallsConformOnSqlite(stateful_schemas["sqlite"].as_state_machine().TestCase):
    settings = STATEFUL_SETTINGS


if "postgresql" in stateful_schemas:
    class TestLinkedCallsConformOnPostgresql(
            stateful_schemas["postgresql"].as_state_machine().TestCase):
        settings = STATEFUL_SETTINGS


@keyed_schema.parametrize()
@settings(FUZZ_SETTINGS, max_examples=5)
def test_every_operation_conforms_when_keys_are_required(case):
    response = case.call_and_validate()
    if case.path.startswith("/v1/") and case.method.upper() != "OPTIONS":  # preflights stay open
        assert response.status_code == 401

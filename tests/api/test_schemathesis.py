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
from profiles.models import Base
from tests.conftest import TEST_DATABASE_URL, postgresql_schema

_folder = Path(tempfile.mkdtemp(prefix="qa-schemathesis-"))
_stores = ExitStack()
# A schema-valid `If-Match` that names no current version is rightly a 412, a merge of a profile
# into itself a 409 (issue 13).
CONFIG = schemathesis.config.SchemathesisConfig.from_dict({"checks": {"positive_data_acceptance": {
    "expected-statuses": ["2xx", "3xx", "401", "403", "404", "409", "412", "429"]}}})
FUZZ_SETTINGS = settings(deadline=None, suppress_health_check=list(HealthCheck))
STATEFUL_SETTINGS = settings(FUZZ_SETTINGS, max_examples=60, stateful_step_count=8)
SEEDS = {  # written for these tests: two named speakers with roles, two profiles to merge
    "2019-03-01-offensive": '"The bridge will reopen in May," said Maria Lopez, a spokeswoman '
                            'for the city transport department.',
    "seed-two": '"We have not seen the report," said Tom Reyes, the mayor of Dunmore.',
}


@schemathesis.check
def status_is_documented(ctx, response, case) -> None:
    """Every status named in the operation's responses: flask-smorest adds a `default` response
    to each, which would let schemathesis' own status check pass any status at all. Answers to
    the other methods schemathesis' `unsupported_method` check sends are its business."""
    if response.request.method != case.operation.method.upper():
        return
    documented = {str(code) for code in case.operation.responses.status_codes} - {"default"}
    assert str(response.status_code) in documented, (
        f"{case.operation.label} answered {response.status_code}; documented: {sorted(documented)}")


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
    """Empty the store, then store the seed articles: the same start for every scenario."""
    with app.extensions["qa_db"].begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    with app.test_client() as client:
        for article_id, text in SEEDS.items():
            assert client.put(f"/v1/articles/{article_id}", json={"text": text}).status_code < 300
    return app


def _schema(app: Flask) -> schemathesis.schemas.BaseSchema:
    return schemathesis.openapi.from_wsgi("/openapi.json", app, config=CONFIG)


def _linked_calls(app: Flask) -> type:
    """The state machine over the links, each scenario starting from the seeded store: were the
    store's state to carry over, Hypothesis would see the same draws lead to other bundles and
    stop with `FlakyStrategyDefinition`."""
    machine = _schema(app).as_state_machine()

    class FromSeeds(machine):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            _seeded(app)
            super().setup()

    return FromSeeds


BACKENDS = ["sqlite", "postgresql"] if TEST_DATABASE_URL else ["sqlite"]
open_schemas = {backend: _schema(_seeded(_app(backend, "open"))) for backend in BACKENDS}
machines = {backend: _linked_calls(_app(backend, "stateful")) for backend in BACKENDS}
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


class TestLinkedCallsConformOnSqlite(machines["sqlite"].TestCase):
    settings = STATEFUL_SETTINGS


if "postgresql" in machines:
    class TestLinkedCallsConformOnPostgresql(machines["postgresql"].TestCase):
        settings = STATEFUL_SETTINGS


@keyed_schema.parametrize()
@settings(FUZZ_SETTINGS, max_examples=5)
def test_every_operation_conforms_when_keys_are_required(case):
    response = case.call_and_validate()
    if case.path.startswith("/v1/") and case.method.upper() != "OPTIONS":  # preflights stay open
        assert response.status_code == 401

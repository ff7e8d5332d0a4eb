"""Schemathesis in-process over every operation: no 5xx, every response as the spec says.

The example count stays modest so CI on two cores finishes in a minute or two; every operation
still gets the spec's examples, boundary cases and random bodies, valid and invalid. A second,
cheaper pass runs with API keys switched on and no key sent: every `/v1` answer must then be the
documented 401 problem. The apps are built at collection (schemathesis' lazy `from_fixture`
loader does not run under pytest 9), with their own SQLite files, removed at the end.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api import create_app

_folder = Path(tempfile.mkdtemp(prefix="qa-schemathesis-"))
# A list cursor is an opaque token: a schema-valid string that no listing issued gets a 400
# problem, which is right, so schema-valid requests may also be answered 400 (never 422). A
# schema-valid `If-Match` that names no current version is rightly a 412 (issue 13).
CONFIG = schemathesis.config.SchemathesisConfig.from_dict({"checks": {"positive_data_acceptance": {
    "expected-statuses": ["2xx", "3xx", "400", "401", "403", "404", "409", "412", "429",
                          "5xx"]}}})
FUZZ_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.filter_too_much])


def _app(name: str, api_keys: str):
    """Failed authentications unlimited here: every keyless request must be a plain 401
    (`tests/api/test_keys.py` checks the limit)."""
    return create_app({"DATABASE_URL": f"sqlite:///{_folder / name}.db", "API_KEYS": api_keys,
                       "RATELIMIT": "", "CORS_ORIGINS": "", "BROKER_URL": "memory://",
                       "AUTH_FAILURE_LIMIT": "off"})


open_app = _app("open", api_keys="")
keyed_app = _app("keyed", api_keys="a-key-nobody-sends")
open_schema = schemathesis.openapi.from_wsgi("/openapi.json", open_app, config=CONFIG)
keyed_schema = schemathesis.openapi.from_wsgi("/openapi.json", keyed_app, config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def _remove_databases():
    yield
    shutil.rmtree(_folder, ignore_errors=True)


@open_schema.parametrize()
@settings(FUZZ_SETTINGS, max_examples=25)
def test_every_operation_conforms_to_the_spec(case):
    case.call_and_validate()


@keyed_schema.parametrize()
@settings(FUZZ_SETTINGS, max_examples=5)
def test_every_operation_conforms_when_keys_are_required(case):
    response = case.call_and_validate()
    if case.path.startswith("/v1/") and case.method.upper() != "OPTIONS":  # preflights stay open
        assert response.status_code == 401

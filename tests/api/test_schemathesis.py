"""Schemathesis in-process over every operation: no 5xx, every response as the spec says.

The example count stays modest so CI on two cores finishes in a minute or two; every operation
still gets the spec's examples, boundary cases and random bodies, valid and invalid. The app is
built at collection (schemathesis' lazy `from_fixture` loader does not run under pytest 9), with
its own SQLite file removed at the end of the module.
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
app = create_app({"DATABASE_URL": f"sqlite:///{_folder / 'fuzz.db'}", "API_KEYS": "",
                  "RATELIMIT": "", "CORS_ORIGINS": ""})
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _remove_database():
    yield
    shutil.rmtree(_folder, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_every_operation_conforms_to_the_spec(case):
    case.call_and_validate()

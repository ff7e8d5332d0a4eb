"""Apps built by the real factory, each with its own settings; the model loads once per session."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from api import create_app

ARTICLE = (  # written for these tests
'"The bridge will reopen in May," said Maria Lopez, a spokeswoman for the city '
           'transport department. "We are ahead of schedule."')
QUOTE = "The bridge will reopen in May,"


@pytest.fixture(scope="session")
def article() -> str:
    """Two quotes by one named speaker, with a role and an affiliation."""
    return ARTICLE


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One SQLite file for the session, never the repository's `instance/` folder."""
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'api.db'}"


@pytest.fixture(scope="session")
def make_app(database_url: str) -> Callable[..., Flask]:
    """`make_app(API_KEYS="k")`: a fresh app with these settings over the test defaults."""

    def make(**overrides: Any) -> Flask:
        config = {"DATABASE_URL": database_url, "API_KEYS": "", "RATELIMIT": "",
                  "CORS_ORIGINS": "", "BROKER_URL": "memory://", **overrides}
        app = create_app(config)
        app.testing = True
        return app

    return make


@pytest.fixture(scope="session")
def app(make_app: Callable[..., Flask]) -> Flask:
    """The app with every optional feature off, as a fresh deployment starts."""
    return make_app()


@pytest.fixture()
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client


def _assert_problem(response: Any, status: int, type: str = "about:blank") -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["type"] == type
    assert isinstance(body["title"], str) and body["title"]
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.fixture(scope="session")
def assert_problem() -> Callable[..., dict[str, Any]]:
    """`assert_problem(response, 422)`: an RFC 9457 problem with this status (and `type`, by
    default `about:blank`); returns its body."""
    return _assert_problem


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]

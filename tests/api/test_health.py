"""Probes: `/healthz` is the process, `/readyz` the model and the database."""
from __future__ import annotations

from sqlalchemy import create_engine


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_checks_model_and_database(client):
    response = client.get("/readyz")
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {"status": "ready", "checks": {"model": "ok", "database": "ok"}}


def test_readyz_is_503_problem_when_the_database_is_unreachable(make_app, assert_problem):
    app = make_app()
    app.extensions["qa_db"] = create_engine("postgresql+psycopg://nobody@127.0.0.1:9/none",
                                            connect_args={"connect_timeout": 2})
    body = assert_problem(app.test_client().get("/readyz"), 503)
    assert body["checks"]["model"] == "ok"
    assert body["checks"]["database"].startswith("unreachable")

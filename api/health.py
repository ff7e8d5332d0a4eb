"""Liveness and readiness probes, outside `/v1` so they are never rate-limited or keyed."""
from __future__ import annotations

from flask import current_app
from sqlalchemy import text

from api.body import Blueprint
from api.errors import Problem
from api.schemas.health import HealthSchema, ReadinessSchema
from profiles.db import READ_ONLY

blp = Blueprint("health", __name__, description="Probes for load balancers and orchestrators.")


@blp.route("/healthz", methods=["GET"])
@blp.doc(operationId="healthz")
@blp.response(200, HealthSchema)
def healthz() -> dict[str, str]:
    """The process is alive

    Answers without touching the model or the database.
    """
    return {"status": "ok"}


def _database_check() -> str:
    engine = current_app.extensions.get("qa_db")
    if engine is None:
        return "not configured"
    try:  # read-only, so on SQLite the probe never waits behind a writer's lock
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # any driver error means "not ready", never a 500
        return f"unreachable ({type(error).__name__})"
    return "ok"


@blp.route("/readyz", methods=["GET"])
@blp.doc(operationId="readyz")
@blp.response(200, ReadinessSchema)
@blp.alt_response(503, response="SERVICE_UNAVAILABLE",
                  description="A check failed; the problem's `checks` member says which.")
def readyz() -> dict[str, object]:
    """The service can answer requests: model loaded, database reachable

    A 503 problem with a `checks` member names what is missing.
    """
    checks = {
        "model": "ok" if current_app.extensions.get("qa_pipeline") is not None else "not loaded",
        "database": _database_check(),
    }
    if any(outcome != "ok" for outcome in checks.values()):
        raise Problem(503, "The service is not ready.", checks=checks)
    return {"status": "ready", "checks": checks}

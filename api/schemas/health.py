"""`/healthz` and `/readyz` bodies, for load balancers and orchestrators."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from api.schemas.common import described


class HealthSchema(Schema):
    """The process answers."""

    status = fields.String(required=True, validate=validate.OneOf(["ok"]), metadata=described(
        "Always `ok`: an answer at all means the process is alive.", "ok"))


class ReadinessSchema(Schema):
    """Everything a request needs is in place."""

    status = fields.String(required=True, validate=validate.OneOf(["ready"]), metadata=described(
        "`ready` when every check passed (otherwise the answer is a 503 problem).", "ready"))
    checks = fields.Dict(keys=fields.String(), values=fields.String(), required=True,
                         metadata=described("Outcome of each check by name.",
                                            {"model": "ok", "database": "ok"}))

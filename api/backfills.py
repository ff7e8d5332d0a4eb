"""`/v1/backfills`: articles stored by the Celery workers, out of the request.

This is the answer for texts too long to analyse within one request's time budget: the
request only records and queues them (`202 Accepted` with a `Location`), a worker stores each
as `PUT /v1/articles/{id}` would, and `GET /v1/backfills/{id}` tells how far it got.
"""
from __future__ import annotations

from typing import Any

from flask import current_app, url_for
from kombu.exceptions import OperationalError as BrokerUnreachable

from api import database
from api.body import Blueprint, ensure_batch_fits, text_too_large
from api.errors import Problem
from api.schemas.backfills import BackfillRequestSchema, BackfillSchema
from api.security import current_principal
from bulk import queue
from profiles import backfills
from profiles.store import ArticleInput

blp = Blueprint("backfills", __name__, url_prefix="/v1",
                description="Store articles through the background workers.")

BACKFILL_ID = {"in": "path", "name": "backfill_id", "required": True,
               "description": "The id `POST /v1/backfills` or `flask backfill` gave.",
               "schema": {"type": "string", "minLength": 1, "maxLength": 40,
                          "example": "bf_3f9a0c1b2d4e6f70"}}


def _ensure_fits(articles: list[dict[str, Any]]) -> None:
    """Every text within `MAX_TEXT_BYTES` (a blank one is stored as PUT stores it: with no
    quotes), and the whole within the batch limits."""
    texts = [a["text"] for a in articles]
    ensure_batch_fits(texts)
    for index, text in enumerate(texts):
        problem = text_too_large(text)
        if problem is not None:
            raise Problem(413, f"articles[{index}]: {problem.detail}")


@blp.route("/backfills", methods=["POST"])
@blp.arguments(BackfillRequestSchema)
@blp.doc(operationId="createBackfill")
@blp.response(202, BackfillSchema, headers={"Location": {
    "description": "Where to follow the backfill: `/v1/backfills/{id}`.",
    "schema": {"type": "string"}}})
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE",
                  description="Too many articles, a text or all texts too long.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE", description="The body is not JSON.")
@blp.alt_response(503, response="SERVICE_UNAVAILABLE", description="The broker is unreachable.")
def create_backfill(body: dict[str, Any]) -> tuple[backfills.BackfillStatus, int, dict]:
    """Store articles in the background

    Each article is stored by a worker exactly as `PUT /v1/articles/{id}` would; sending the
    same article again changes nothing. The answer comes at once (`202 Accepted`); follow
    `Location` for queued, done and failed counts. Use it for texts too long to analyse within
    one request, and for many articles at a time.
    """
    articles = body["articles"]
    _ensure_fits(articles)
    settings = current_app.extensions["qa_settings"]
    principal = current_principal()
    inputs = [ArticleInput(a["id"], a["text"], a.get("title"), a.get("url"), a.get("outlet"),
                           a.get("published_at"), owner=principal.owner) for a in articles]

    def record(session: Any) -> str:
        backfill_id = backfills.create(session)
        backfills.add_entries(session, backfill_id, (
            backfills.Entry(i, f"articles[{i}]", a.id) for i, a in enumerate(inputs)))
        return backfill_id

    backfill_id = database.run(record, read_only=False)
    try:
        app = queue.client(settings.broker_url, settings.backfill_queue)
        for position, article in enumerate(inputs):
            queue.enqueue(app, backfill_id, position, article, principal.admin)
    except BrokerUnreachable as error:
        database.run(lambda s: backfills.discard(s, backfill_id), read_only=False)
        raise Problem(503, f"The task broker is unreachable ({error}).") from error
    found = database.run(lambda s: backfills.status(s, backfill_id), read_only=True)
    return found, 202, {"Location": url_for("backfills.get_backfill", backfill_id=backfill_id)}


@blp.route("/backfills/<store_id(maxlength=40):backfill_id>", methods=["GET"])
@blp.doc(operationId="getBackfill", parameters=[BACKFILL_ID])
@blp.response(200, BackfillSchema)
@blp.alt_response(404, response="NOT_FOUND", description="No backfill has this id.")
def get_backfill(backfill_id: str) -> backfills.BackfillStatus:
    """How far a backfill got

    Counts of queued, done and failed articles, and the failures with their reasons.
    """
    return database.run(lambda s: backfills.status(s, backfill_id))

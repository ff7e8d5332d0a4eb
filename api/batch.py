"""`POST /v1/analyze/batch`: many articles through one `nlp.pipe`, nothing stored.

A newsroom loading an archive sends articles by the hundred; one call through `nlp.pipe`
spares the per-request overhead and lets spaCy batch the model's work. One bad article must not
cost the others their answers, so each item is checked on its own and a bad one gets a problem
in its result; only what concerns the batch as a whole (its shape, its count, its total size)
fails the request.
"""
from __future__ import annotations

from typing import Any

from flask import current_app

import nlp
from api import offsets
from api.body import Blueprint, ensure_batch_fits, text_too_large
from api.engine import within_budget
from api.errors import Problem
from api.schemas.batch import BatchRequestSchema, BatchResponseSchema

blp = Blueprint("batch", __name__, url_prefix="/v1",
                description="Read many articles in one call; store nothing.")


def item_problem(item: dict[str, Any]) -> Problem | None:
    """Why one article cannot be read (no text, empty text, over `MAX_TEXT_BYTES`), or None."""
    text = item.get("text")
    if text is None:
        return Problem(422, "The article has no `text`.", errors={"text": ["Missing data."]})
    if not text.strip():
        return Problem(422, "The article's `text` is empty.", errors={"text": ["Empty."]})
    return text_too_large(text)


@blp.route("/analyze/batch", methods=["POST"])
@blp.arguments(BatchRequestSchema)
@offsets.option(blp)
@blp.doc(operationId="analyzeBatch")
@blp.response(200, BatchResponseSchema)
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE",
                  description="Over `MAX_BATCH_ARTICLES` articles or `MAX_BATCH_BYTES` of text.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE",
                  description="The body is not JSON.")
def analyze_batch(body: dict[str, Any]) -> dict[str, Any]:
    """Quotes and speakers of many articles in one call

    Send `{"articles": [{"id"?, "text", "title"?}, ...]}`; `results[i]` answers `articles[i]`
    with the same `analysis` `POST /v1/analyze` gives, or, when that one article cannot be read
    (no text, empty, over `MAX_TEXT_BYTES`), a `problem` for it alone while the others are
    answered. For texts too long for one request, see `POST /v1/backfills`. Offsets index each
    article's text as sent (`?offsets=utf16`: JavaScript's `text.substring(start, end)`).
    ---
    Good items go through one `nlp.pipe` call, in order. The batch as a whole has the time
    budget of one request (`ANALYSIS_TIME_BUDGET`): past it, a 422 problem for the batch.
    """
    articles = body["articles"]
    ensure_batch_fits([a.get("text") or "" for a in articles])
    problems = [item_problem(item) for item in articles]
    readable = [item["text"] for item, problem in zip(articles, problems) if problem is None]
    with within_budget():  # the whole batch, as one request
        analyses = iter(list(nlp.analyze_many(current_app.extensions["qa_pipeline"], readable)))
    results = []
    for index, (item, problem) in enumerate(zip(articles, problems)):
        result: dict[str, Any] = {"index": index, "id": item.get("id"), "analysis": None,
                                  "problem": None, "status": 200}
        if problem is None:
            result["analysis"] = offsets.engine_result_in_requested_unit(next(analyses),
                                                                         item["text"])
        else:
            result["status"], result["problem"] = problem.status, problem.body()
        results.append(result)
    return {"results": results}

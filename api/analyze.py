"""`POST /v1/analyze`: the engine over one article, nothing stored."""
from __future__ import annotations

from typing import Any

from flask import current_app

import nlp
from api import metrics, offsets
from api.body import TEXT_MEDIA_TYPE, Blueprint, ensure_text_fits
from api.schemas.analyze import (
    EXAMPLE_TEXT,
    AnalysisSchema,
    AnalyzeQuerySchema,
    AnalyzeRequestSchema,
)

blp = Blueprint("analyze", __name__, url_prefix="/v1",
                description="Read one article; store nothing.")


@blp.route("/analyze", methods=["POST"])
@blp.arguments(AnalyzeRequestSchema, location="json_or_text")
@offsets.option(blp)
@blp.arguments(AnalyzeQuerySchema, location="query")
@blp.doc(operationId="analyze", requestBody={"content": {TEXT_MEDIA_TYPE: {
    "schema": {"type": "string", "minLength": 1,
               "description": "The article body as UTF-8 text (same as the JSON `text`).",
               "example": EXAMPLE_TEXT}}}})
@blp.response(200, AnalysisSchema)
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE",
                  description="The text is over `MAX_TEXT_BYTES`.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE",
                  description="The body is neither JSON nor text/plain.")
def analyze(body: dict[str, Any], query: dict[str, Any]) -> nlp.Analysis | dict[str, Any]:
    """Every direct quote in the text with its speaker, role and affiliation

    Send `{"text": ..., "title"?: ...}` as JSON, or the bare article as `text/plain`.
    Character offsets (`start`, `end`) index the text exactly as sent, so
    `text[start:end]` is the quote (with `?offsets=utf16`, JavaScript's
    `text.substring(start, end)`). Nothing is stored; use `PUT /v1/articles/{id}`
    to build speaker profiles. Each quote's `rule` (and its speaker's `role_rule` and
    `affiliation_rule`) names the rule that decided it; `?explain=true` adds `trace`, every
    rule tried for every quoted segment, to trace a wrong answer to its rule.
    ---
    The pipeline is loaded once in `create_app` and shared by gunicorn `--preload`. The trace
    is recorded only when asked for.
    """
    ensure_text_fits(body["text"])
    analysis = metrics.timed_analysis(nlp.analyze, current_app.extensions["qa_pipeline"],
                                      body["text"], explain=query["explain"])
    return offsets.engine_result_in_requested_unit(analysis, body["text"])

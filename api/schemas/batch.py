"""`POST /v1/analyze/batch`: many articles in, one result per article out, in the same order."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from api.schemas.analyze import EXAMPLE_TEXT, AnalysisSchema
from api.schemas.common import ProblemSchema, described


class BatchArticleSchema(Schema):
    """One article of a batch. A missing, empty or oversized `text` is that item's problem
    (a `problem` entry in its result), not the batch's."""

    id = fields.String(allow_none=True, validate=validate.Length(max=200), metadata=described(
        "The caller's id for the article, echoed in its result.", "2019-03-01-offensive"))
    text = fields.String(metadata=described(
        "The article body; offsets in its result index this string. Needed: an item without "
        "it gets a 422 problem in its result.", EXAMPLE_TEXT))
    title = fields.String(allow_none=True, validate=validate.Length(max=1000), metadata=described(
        "The headline; not analysed.", "Offensive near its end, says SDF"))


class BatchRequestSchema(Schema):
    """Up to `MAX_BATCH_ARTICLES` articles (100 by default) of `MAX_BATCH_BYTES` in all."""

    articles = fields.List(fields.Nested(BatchArticleSchema), required=True,
                           validate=validate.Length(min=1), metadata=described(
        "The articles to read, answered in this order. More than `MAX_BATCH_ARTICLES`, or "
        "texts of more than `MAX_BATCH_BYTES` together, is a 413 for the whole batch.",
        [{"id": "a1", "text": EXAMPLE_TEXT}]))


class BatchResultSchema(Schema):
    """The answer for one article: its analysis, or the problem that kept it from one."""

    index = fields.Integer(required=True, metadata=described(
        "The article's position in the request (from 0).", 0))
    id = fields.String(required=True, allow_none=True, metadata=described(
        "The article's `id` as sent, or null.", "a1"))
    status = fields.Integer(required=True, metadata=described(
        "200 when `analysis` is there; otherwise the status of `problem` (413, 422).", 200))
    analysis = fields.Nested(AnalysisSchema, allow_none=True, metadata=described(
        "Quotes and speakers, as `POST /v1/analyze` answers; null on a problem.", None))
    problem = fields.Nested(ProblemSchema, allow_none=True, metadata=described(
        "RFC 9457 problem details for this article alone; null when it was analysed.", None))


class BatchResponseSchema(Schema):
    """One result per article, in the order sent."""

    results = fields.List(fields.Nested(BatchResultSchema), required=True, metadata=described(
        "Results in request order: `results[i]` answers `articles[i]`.",
        [{"index": 0, "id": "a1", "status": 200, "analysis": {"quotes": [], "speakers": []},
          "problem": None}]))

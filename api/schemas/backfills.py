"""`/v1/backfills`: articles handed to the workers, and the counts of what became of them."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from api.schemas.articles import ArticleRequestSchema
from api.schemas.common import StorableString, described


class BackfillArticleSchema(ArticleRequestSchema):
    """An article to store under `id`, exactly as `PUT /v1/articles/{id}` would."""

    id = StorableString(required=True, validate=[
        validate.Length(min=1, max=200), validate.Regexp(r"^[^/]+$")], metadata=described(
        "The caller's id for the article (no slash), as in `PUT /v1/articles/{id}`.",
        "2019-03-01-offensive"))


class BackfillRequestSchema(Schema):
    """Up to `MAX_BATCH_ARTICLES` articles, `MAX_BATCH_BYTES` of text in all."""

    articles = fields.List(fields.Nested(BackfillArticleSchema), required=True,
                           validate=validate.Length(min=1), metadata=described(
        "The articles to store; each may be as long as `MAX_TEXT_BYTES`.",
        [{"id": "a1", "text": "\"We expect it to be over soon,\" said Mustafa Bali."}]))


class BackfillFailureSchema(Schema):
    origin = fields.String(required=True, metadata=described(
        "Where the article came from: its place in the request, or file and line.",
        "articles[3]"))
    article_id = fields.String(required=True, allow_none=True, metadata=described(
        "The article's id, if it had one.", "a4"))
    reason = fields.String(required=True, metadata=described(
        "Why it was not stored.", "the engine failed: ValueError: ..."))


class BackfillSchema(Schema):
    """A backfill's progress: every article is queued, done (stored whole) or failed."""

    id = fields.String(required=True, metadata=described("The backfill's id.",
                                                         "bf_3f9a0c1b2d4e6f70"))
    created_at = fields.DateTime(required=True, metadata=described(
        "When it was queued.", "2026-12-02T14:00:00+00:00"))
    total = fields.Integer(required=True, metadata=described("Articles in the backfill.", 50))
    queued = fields.Integer(required=True, metadata=described(
        "Articles waiting for, or in the hands of, a worker.", 10))
    done = fields.Integer(required=True, metadata=described(
        "Articles stored (or found already stored as they are).", 39))
    failed = fields.Integer(required=True, metadata=described("Articles given up.", 1))
    failures = fields.List(fields.Nested(BackfillFailureSchema), required=True,
                           metadata=described("The first 100 failed articles, in order.", []))

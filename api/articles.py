"""`/v1/articles`: store articles under the caller's id, read them back, list and delete them."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from api import database, etags, offsets
from api.body import TEXT_MEDIA_TYPE, Blueprint
from api.engine import analysed
from api.schemas.articles import (
    ArticlePageSchema,
    ArticleQuerySchema,
    ArticleRequestSchema,
    ArticleSchema,
)
from api.security import current_principal, require_owner
from profiles import articles, store
from profiles.models import Article
from profiles.pages import Page

blp = Blueprint("articles", __name__, url_prefix="/v1",
                description="Store articles; their speakers build profiles across articles.")

ARTICLE_ID = {"in": "path", "name": "article_id", "required": True,
              "description": "The caller's id for the article (CMS post id, URL slug).",
              "schema": {"type": "string", "minLength": 1, "maxLength": 200,
                         "example": "2019-03-01-offensive"}}


@blp.route("/articles/<store_id(maxlength=200):article_id>", methods=["PUT"])
@blp.arguments(ArticleRequestSchema, location="json_or_text")
@offsets.option(blp)
@blp.doc(operationId="putArticle", parameters=[ARTICLE_ID, etags.IF_MATCH],
         requestBody={"content": {
    TEXT_MEDIA_TYPE: {"schema": {"type": "string", "minLength": 1,
                                 "description": "The article body alone as UTF-8 text."}}}})
@blp.response(200, ArticleSchema, description="The article replaced an earlier version.",
              headers=etags.HEADER)
@blp.alt_response(201, schema=ArticleSchema, headers=etags.HEADER,
                  description="The article was stored for the first time.")
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(403, response="FORBIDDEN",
                  description="The article belongs to another key, or this key lacks `write`.")
@blp.alt_response(404, response="NOT_FOUND", description="The id is over 200 characters.")
@blp.alt_response(412, response="PRECONDITION_FAILED",
                  description="`If-Match` names a version that is no longer current.")
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE",
                  description="The text is over `MAX_TEXT_BYTES`.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE",
                  description="The body is neither JSON nor text/plain.")
def put_article(body: dict[str, Any], article_id: str) -> tuple[Article, int, dict[str, str]]:
    """Analyse and store an article

    Stores the article with its quotes in one transaction and links each named speaker to a
    profile across articles. Sending the same id again replaces the article's quotes and
    updates the profiles; nothing is ever duplicated. An analysis that would run past
    `ANALYSIS_TIME_BUDGET` is stopped with a 422 problem of type
    `/problems/analysis-time-budget`, and nothing is stored.
    ---
    Only the key that first stored the article (or an admin key) may send it again.
    The model runs before the transaction opens, so the write lock is held only for the store.
    """
    analysis = analysed(body["text"])
    submitted = store.ArticleInput(article_id, body["text"], body.get("title"), body.get("url"),
                                   body.get("outlet"), body.get("published_at"),
                                   owner=current_principal().owner)

    def ingest(session: Session) -> tuple[Article, int, dict[str, str]]:
        stored, created = store.store_article(session, submitted, analysis, _guard)
        return stored, 201 if created else 200, etags.header(etags.article_etag(stored))

    return database.run(ingest)


def _guard(stored: Article, created: bool) -> None:
    """Ownership and `If-Match`, checked on the locked row before it changes."""
    if not created:
        require_owner(stored.owner)
    etags.require_match(None if created else etags.article_etag(stored))


@blp.route("/articles/<store_id(maxlength=200):article_id>", methods=["GET"])
@offsets.option(blp)
@blp.doc(operationId="getArticle", parameters=[ARTICLE_ID])
@blp.response(200, ArticleSchema, headers=etags.HEADER)
@blp.alt_response(404, response="NOT_FOUND", description="No article has this id.")
def get_article(article_id: str) -> tuple[Article, int, dict[str, str]]:
    """One stored article with its quotes and speakers

    Each quote's `speaker.profile_id` leads to `GET /v1/speakers/{id}`.
    """
    stored = database.run(lambda session: articles.get_article(session, article_id))
    return stored, 200, etags.header(etags.article_etag(stored))


@blp.route("/articles/<store_id(maxlength=200):article_id>", methods=["DELETE"])
@blp.doc(operationId="deleteArticle", parameters=[ARTICLE_ID, etags.IF_MATCH])
@blp.response(204, description="The article is gone; its speakers' profiles were updated.")
@blp.alt_response(403, response="FORBIDDEN",
                  description="The article belongs to another key, or this key lacks `write`.")
@blp.alt_response(404, response="NOT_FOUND", description="No article has this id.")
@blp.alt_response(412, response="PRECONDITION_FAILED",
                  description="`If-Match` names a version that is no longer current.")
def delete_article(article_id: str) -> None:
    """Delete a stored article

    Profiles of its speakers are recounted; a profile left with no quotes disappears unless an
    editor corrected it.
    """
    database.run(lambda session: store.delete_article(session, article_id, _guard))


@blp.route("/articles", methods=["GET"])
@blp.arguments(ArticleQuerySchema, location="query", as_kwargs=True)
@blp.doc(operationId="listArticles")
@blp.response(200, ArticlePageSchema)
@blp.alt_response(404, response="NOT_FOUND", description="The cursor points to no page.")
def list_articles(limit: int, cursor: str | None = None, **filters: Any) -> Page[Article]:
    """Stored articles, newest first

    Filter by outlet, by speaker profile, and by a date range; page with `cursor`.
    """
    return database.run(lambda session: articles.list_articles(
        session, limit=limit, after=cursor, **filters))

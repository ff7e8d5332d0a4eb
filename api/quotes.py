"""`/v1/quotes`: "who said this?" over every stored quote, and "did they really say that?"."""
from __future__ import annotations

from typing import Any

from api import database, offsets
from api.body import Blueprint
from api.schemas.quotes import (
    QuoteCheckRequestSchema,
    QuoteCheckSchema,
    QuoteHitPageSchema,
    QuoteSearchQuerySchema,
)
from profiles.pages import Page
from profiles.quote_check import CheckResult, check_quote
from profiles.quote_search import QuoteGroup, find_quotes

blp = Blueprint("quotes", __name__, url_prefix="/v1",
                description="Find who said a quote; check a wording against what was printed.")


@blp.route("/quotes", methods=["GET"])
@blp.arguments(QuoteSearchQuerySchema, location="query", as_kwargs=True)
@offsets.option(blp)
@blp.doc(operationId="searchQuotes")
@blp.response(200, QuoteHitPageSchema)
@blp.alt_response(404, response="NOT_FOUND", description="The cursor points to no page.")
def search_quotes(q: str, limit: int, cursor: str | None = None) -> Page[QuoteGroup]:
    """Who said this? Full-text search over stored quotes

    Tolerant to small differences in wording; the same quote carried by several outlets comes
    back once, with every occurrence, its speaker (from any occurrence that names one), its
    first appearance, a word diff against the words searched, and schema.org `Quotation`
    JSON-LD.

    Ranking is bounded so that a search costs the same in a million quotes as in ten
    thousand: the store's full-text index ranks by relevance only the 2,000 most recently
    stored quotes matching the query's rarest words, and adds the newest quotes holding all
    its common words. A quote holding the query's rarest words is reached unless more than
    2,000 newer quotes hold one of them; a quote made only of words found in thousands of
    quotes is reached while it is among the newest that hold them all. The `cursor` pages
    through that one ranking.
    """
    with_text = offsets.requested_unit() == offsets.UTF16
    return database.run(lambda session: find_quotes(session, q, limit=limit, after=cursor,
                                                    with_text=with_text))


@blp.route("/quotes/check", methods=["POST"])
@blp.arguments(QuoteCheckRequestSchema)
@offsets.option(blp)
@blp.doc(operationId="checkQuote")
@blp.response(200, QuoteCheckSchema)
@blp.alt_response(400, response="BAD_REQUEST", description="The body is not valid JSON.")
@blp.alt_response(404, response="NOT_FOUND", description="`speaker` is a profile id that no "
                                                         "profile has.")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE", description="The body is not JSON.")
def check(body: dict[str, Any]) -> CheckResult:
    """Did they really say that? A wording against the quotes the store printed

    Send the wording as it circulates (quote marks or not) and, optionally, who it is said to
    be by. The answer lists the closest printed quotes, each with its speaker, article, outlet
    and date, a similarity score, a word diff (inserted, deleted, replaced words) and a
    verdict; the best one's verdict on top, and its earliest printing as provenance. Map it to
    a ClaimReview with `item_reviewed` as `itemReviewed`.
    """
    with_text = offsets.requested_unit() == offsets.UTF16
    return database.run(lambda session: check_quote(
        session, body["text"], speaker=body.get("speaker"), limit=body["limit"],
        with_text=with_text), read_only=True)

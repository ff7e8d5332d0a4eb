"""`/v1/quotes`: "who said this?" over every stored quote."""
from __future__ import annotations

from api import database
from api.body import Blueprint
from api.schemas.quotes import QuoteHitPageSchema, QuoteSearchQuerySchema
from profiles.pages import Page
from profiles.quote_search import QuoteGroup, find_quotes

blp = Blueprint("quotes", __name__, url_prefix="/v1", description="Find who said a quote.")


@blp.route("/quotes", methods=["GET"])
@blp.arguments(QuoteSearchQuerySchema, location="query", as_kwargs=True)
@blp.doc(operationId="searchQuotes")
@blp.response(200, QuoteHitPageSchema)
@blp.alt_response(404, response="NOT_FOUND", description="The cursor points to no page.")
def search_quotes(q: str, limit: int, cursor: str | None = None) -> Page[QuoteGroup]:
    """Who said this? Full-text search over stored quotes

    Tolerant to small differences in wording; the same quote carried by several outlets comes
    back once, with every occurrence and its speaker and article.
    """
    return database.run(lambda session: find_quotes(session, q, limit=limit, after=cursor))

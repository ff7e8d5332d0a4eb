"""schema.org JSON-LD for fact-checkers' tools: a quote group as a `Quotation`, a check result
as the `Claim` a `ClaimReview` reviews (its `itemReviewed`).

The mapping, also in README:
- `Quotation.text`: the quote as printed; `creator`: the speaker as a `Person` or an
  `Organization` (with the profile id as `identifier`). `spokenByCharacter` is left out: it
  is meant for a character in a creative work, not a real person quoted in the news.
- `isBasedOn`: the URL of the article that printed it first (that article as a `NewsArticle`
  when it has no URL); `datePublished`: that article's date.
- `Claim.text`: the wording checked; `author`: the speaker of the printed quote;
  `firstAppearance`: the earliest article printing it; `appearance`: every stored one. Each
  article is a `NewsArticle` with `url`, `headline`, `datePublished` and its outlet as
  `publisher`.
"""
from __future__ import annotations

from typing import Any

from profiles.models import Quote

CONTEXT = "https://schema.org"


def _date(quote: Quote) -> str:
    """Publication time, or the first ingest time when the caller sent none."""
    return (quote.article.published_at or quote.dated_at).isoformat()


def news_article(quote: Quote) -> dict[str, Any]:
    article = quote.article
    work: dict[str, Any] = {"@type": "NewsArticle", "identifier": article.id,
                            "headline": article.title, "url": article.url,
                            "datePublished": _date(quote)}
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet.name}
    return {k: v for k, v in work.items() if v is not None}


def agent(quote: Quote | None) -> dict[str, Any] | None:
    """The quote's speaker as a schema.org `Person` or `Organization`."""
    speaker = quote.speaker if quote else None
    if not speaker or not speaker.get("name"):
        return None
    kind = "Organization" if speaker.get("kind") == "organization" else "Person"
    described: dict[str, Any] = {"@type": kind, "name": speaker["name"]}
    if quote.profile_id:
        described["identifier"] = quote.profile_id
    if kind == "Person" and speaker.get("role"):
        described["jobTitle"] = speaker["role"]
    if speaker.get("affiliation"):
        described["affiliation" if kind == "Person" else "parentOrganization"] = {
            "@type": "Organization", "name": speaker["affiliation"]}
    return described


def quotation(text: str, first: Quote, speaker: Quote | None) -> dict[str, Any]:
    """A quote group as `Quotation`: said by `speaker`'s speaker, printed first in `first`."""
    item: dict[str, Any] = {"@context": CONTEXT, "@type": "Quotation", "text": text,
                            "creator": agent(speaker),
                            "isBasedOn": first.article.url or news_article(first),
                            "datePublished": _date(first)}
    return {k: v for k, v in item.items() if v is not None}


def claim(text: str, appearances: list[Quote], speaker: Quote | None) -> dict[str, Any]:
    """ClaimReview's `itemReviewed`: the wording checked, who said it, where it appeared."""
    item: dict[str, Any] = {"@context": CONTEXT, "@type": "Claim", "text": text,
                            "author": agent(speaker)}
    if appearances:
        item["firstAppearance"] = news_article(appearances[0])
        item["appearance"] = [news_article(q) for q in appearances]
    return {k: v for k, v in item.items() if v is not None}


EXAMPLE_QUOTATION = {
    "@context": CONTEXT, "@type": "Quotation", "text": "We expect it to be over soon,",
    "creator": {"@type": "Person", "name": "Mustafa Bali", "identifier": "spk_3f9a0c1b2d4e6f70",
                "jobTitle": "spokesman",
                "affiliation": {"@type": "Organization", "name": "Syrian Democratic Forces"}},
    "isBasedOn": "https://news.example/2019/03/offensive",
    "datePublished": "2019-03-01T12:00:00+00:00"}
EXAMPLE_NEWS_ARTICLE = {"@type": "NewsArticle", "identifier": "2019-03-01-offensive",
                        "headline": "Offensive near its end, says SDF",
                        "url": "https://news.example/2019/03/offensive",
                        "datePublished": "2019-03-01T12:00:00+00:00",
                        "publisher": {"@type": "Organization", "name": "Wire One"}}
EXAMPLE_CLAIM = {"@context": CONTEXT, "@type": "Claim", "text": "We expect it to be over soon",
                 "author": EXAMPLE_QUOTATION["creator"],
                 "firstAppearance": EXAMPLE_NEWS_ARTICLE, "appearance": [EXAMPLE_NEWS_ARTICLE]}

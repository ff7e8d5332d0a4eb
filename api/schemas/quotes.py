""""Who said this?" and "did they really say that?": queries, grouped answers, checks."""
from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, pre_dump, validate

from api.schemas import linked_data
from api.schemas.articles import EXAMPLE_QUOTE
from api.schemas.common import PageQuerySchema, PageSchema, StorableString, described
from api.schemas.speakers import EXAMPLE_ARTICLE, SourcedQuoteSchema
from profiles.models import Quote
from profiles.quote_check import CheckedQuote, CheckResult
from profiles.quote_search import QuoteGroup
from profiles.wording import MATCH_MIN, MINOR_MIN, VERDICT_THRESHOLDS

VERDICTS = ("exact", "minor_changes", "altered", "not_found")
VERDICT_DESCRIPTION = (
    "How the wording compares with the printed quote, words compared folded (case, "
    "punctuation, quote marks and apostrophe style never count): `exact`, no word changed "
    "(an excerpt of a longer quote is exact too, with `excerpt` true); `minor_changes`, every "
    "change minor (a near spelling or inflection, a contraction written out, a filler such as "
    f"`the` or `so`; never a negation) and a score of at least {MINOR_MIN}; `altered`, any "
    f"other change with a score of at least {MATCH_MIN}; `not_found`, nothing printed scores "
    f"{MATCH_MIN}. Thresholds: {VERDICT_THRESHOLDS}.")
SCORE_DESCRIPTION = (
    "Word-level similarity of the wording and the printed stretch it covers, 0 to 1: one "
    "minus the words on the changed side of the diff over all words on both sides, a minor "
    "change weighing a quarter.")
SOURCED_EXAMPLE = {**EXAMPLE_QUOTE, "article": EXAMPLE_ARTICLE}
EXAMPLE_DIFF = [
    {"kind": "equal", "printed": "We expect it to be over", "circulating": "We expect it to be "
     "over", "minor": False},
    {"kind": "replace", "printed": "soon", "circulating": "by tonight", "minor": False}]


class QuoteSearchQuerySchema(PageQuerySchema):
    q = StorableString(required=True, validate=validate.Length(min=1, max=500),
                      metadata=described("Words of the quote, as remembered.",
                                         "expect it to be over soon"))
    limit = fields.Integer(load_default=10, validate=validate.Range(min=1, max=100),
                           metadata=described("Quotes per page (1-100).", 10))


class SpeakerRefSchema(Schema):
    """Who said the quote, as the best-matching occurrence that names a speaker gives it."""

    profile_id = fields.String(required=True, allow_none=True, metadata=described(
        "The speaker's profile; null for unnamed or unattributed quotes.",
        "spk_3f9a0c1b2d4e6f70"))
    name = fields.String(required=True, allow_none=True, metadata=described(
        "The speaker's name in that article.", "Mustafa Bali"))


class ChangeSchema(Schema):
    """One stretch of a word diff from the printed quote to the wording."""

    kind = fields.String(required=True, validate=validate.OneOf(
        ["equal", "insert", "delete", "replace"]), metadata=described(
        "`equal` (the same words), `insert` (words the wording adds), `delete` (printed words "
        "it drops) or `replace` (printed words it swaps for others).", "replace"))
    printed = fields.String(required=True, metadata=described(
        "The printed words of this stretch; empty for an insert.", "soon"))
    circulating = fields.String(required=True, metadata=described(
        "The wording's words of this stretch; empty for a delete.", "by tonight"))
    minor = fields.Boolean(required=True, metadata=described(
        "The change leaves the meaning alone (near spelling, contraction, filler).", False))


DIFF = fields.List(fields.Nested(ChangeSchema), required=True, metadata=described(
    "Word diff from the printed quote to the wording, in order; printed words before or after "
    "the stretch the wording covers are left out.", EXAMPLE_DIFF))


def _speaker_ref(quote: Quote | None) -> dict[str, Any] | None:
    return quote and {"profile_id": quote.profile_id, "name": quote.speaker["name"]}


def _outlets(quotes: list[Quote]) -> list[str]:
    return sorted({q.article.outlet.name for q in quotes if q.article.outlet})


class QuoteHitSchema(Schema):
    """One quote, however many outlets carried it."""

    text = fields.String(required=True, metadata=described(
        "The quote as the best-matching article gives it.", "We expect it to be over soon,"))
    score = fields.Float(required=True, metadata=described(
        "How closely it matches the query, 0 to 1.", 0.93))
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True, metadata=described(
        "Who said it, from any occurrence that names a speaker (a copy in a headline with "
        "nobody attributed does not hide it); null when none does.",
        {"profile_id": "spk_3f9a0c1b2d4e6f70", "name": "Mustafa Bali"}))
    outlets = fields.List(fields.String(), required=True, metadata=described(
        "Outlets carrying the quote, alphabetical.", ["Daily Two", "Wire One"]))
    outlet_count = fields.Integer(required=True, metadata=described(
        "How many outlets carry it.", 2))
    first_appearance = fields.Nested(SourcedQuoteSchema, required=True, metadata=described(
        "The earliest printing (article date): provenance.", SOURCED_EXAMPLE))
    diff = DIFF
    quotation = fields.Dict(required=True, metadata=described(
        "The quote as schema.org `Quotation` JSON-LD: `text`, `creator` (the speaker), "
        "`isBasedOn` (URL of the first article printing it, else that article as a "
        "`NewsArticle`), `datePublished`.",
        linked_data.EXAMPLE_QUOTATION))
    occurrences = fields.List(fields.Nested(SourcedQuoteSchema), required=True,
                              metadata=described("Every stored article carrying it, best "
                                                 "match first.", [SOURCED_EXAMPLE]))

    @pre_dump
    def from_group(self, group: QuoteGroup, **_: Any) -> dict[str, Any]:
        first, speaker = group.first_appearance, group.attributed
        return {"text": group.text, "score": group.score, "speaker": _speaker_ref(speaker),
                "outlets": _outlets(group.occurrences),
                "outlet_count": len(_outlets(group.occurrences)),
                "first_appearance": first,
                "diff": group.diff,
                "quotation": linked_data.quotation(group.text, first, speaker),
                "occurrences": group.occurrences}


class QuoteHitPageSchema(PageSchema):
    items = fields.List(fields.Nested(QuoteHitSchema), required=True, metadata=described(
        "Matching quotes, best first.", []))


class QuoteCheckRequestSchema(Schema):
    """A wording as it circulates, and who it is said to be by."""

    text = StorableString(required=True, validate=validate.Length(min=1, max=2000),
                          metadata=described("The wording to check, quote marks or not.",
                                             "We expect it to be over by tonight"))
    speaker = StorableString(validate=validate.Length(min=1, max=300), metadata=described(
        "Only quotes of this speaker: a profile id, or a name as `GET /v1/speakers?q=` "
        "matches it.", "Mustafa Bali"))
    limit = fields.Integer(load_default=5, validate=validate.Range(min=1, max=20),
                           metadata=described("Closest printed quotes to return (1-20).", 5))


class CheckMatchSchema(Schema):
    """A printed quote the wording may come from, and how it differs."""

    quote = fields.Nested(SourcedQuoteSchema, required=True, metadata=described(
        "The printed quote, with its speaker and article (outlet, date).", SOURCED_EXAMPLE))
    score = fields.Float(required=True, metadata=described(SCORE_DESCRIPTION, 0.857))
    verdict = fields.String(required=True, validate=validate.OneOf(VERDICTS[:-1]),
                            metadata=described(VERDICT_DESCRIPTION, "altered"))
    excerpt = fields.Boolean(required=True, metadata=described(
        "The wording covers only part of the printed quote.", False))
    diff = DIFF

    @pre_dump
    def from_match(self, match: CheckedQuote, **_: Any) -> dict[str, Any]:
        c = match.comparison
        return {"quote": match.quote, "score": c.score, "verdict": c.verdict,
                "excerpt": c.excerpt, "diff": c.diff}


class QuoteCheckSchema(Schema):
    """The wording against what the store printed."""

    text = fields.String(required=True, metadata=described(
        "The wording checked, as sent.", "We expect it to be over by tonight"))
    verdict = fields.String(required=True, validate=validate.OneOf(VERDICTS), metadata=described(
        VERDICT_DESCRIPTION + " This is the best match's verdict.", "altered"))
    matches = fields.List(fields.Nested(CheckMatchSchema), required=True, metadata=described(
        "The closest printed quotes, best first (earliest printing on equal scores); empty "
        "when `not_found`.", []))
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True, metadata=described(
        "Who said the best match, from any printing that names a speaker.",
        {"profile_id": "spk_3f9a0c1b2d4e6f70", "name": "Mustafa Bali"}))
    first_appearance = fields.Nested(SourcedQuoteSchema, required=True, allow_none=True,
                                     metadata=described(
                                         "Provenance: the earliest stored printing of the best "
                                         "match (outlet, date, article).", SOURCED_EXAMPLE))
    appearance_count = fields.Integer(required=True, metadata=described(
        "Stored printings of the best match.", 3))
    outlets = fields.List(fields.String(), required=True, metadata=described(
        "Outlets that printed the best match, alphabetical.", ["Daily Two", "Wire One"]))
    item_reviewed = fields.Dict(required=True, metadata=described(
        "ClaimReview's `itemReviewed` as schema.org `Claim` JSON-LD: `text` the wording, "
        "`author` the speaker, `firstAppearance` and `appearance` the articles printing the "
        "best match (`NewsArticle` with url, headline, datePublished, publisher).",
        linked_data.EXAMPLE_CLAIM))

    @pre_dump
    def from_result(self, result: CheckResult, **_: Any) -> dict[str, Any]:
        speaker = result.attributed
        return {"text": result.text, "verdict": result.verdict, "matches": result.matches,
                "speaker": _speaker_ref(speaker), "first_appearance": result.first_appearance,
                "appearance_count": len(result.appearances),
                "outlets": _outlets(result.appearances),
                "item_reviewed": linked_data.claim(result.text, result.appearances, speaker)}

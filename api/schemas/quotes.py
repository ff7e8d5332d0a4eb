""""Who said this?": the query and the grouped answers."""
from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, pre_dump, validate

from api.schemas.articles import EXAMPLE_QUOTE, StorableString
from api.schemas.common import PageQuerySchema, PageSchema, described
from api.schemas.speakers import EXAMPLE_ARTICLE, SourcedQuoteSchema
from profiles.quote_search import QuoteGroup


class QuoteSearchQuerySchema(PageQuerySchema):
    q = StorableString(required=True, validate=validate.Length(min=1, max=1000),
                      metadata=described("Words of the quote, as remembered.",
                                         "expect it to be over soon"))
    limit = fields.Integer(load_default=10, validate=validate.Range(min=1, max=100),
                           metadata=described("Quotes per page (1-100).", 10))


class SpeakerRefSchema(Schema):
    """Who said the quote, as the best-matching occurrence attributes it."""

    profile_id = fields.String(required=True, allow_none=True, metadata=described(
        "The speaker's profile; null for unnamed or unattributed quotes.",
        "spk_3f9a0c1b2d4e6f70"))
    name = fields.String(required=True, allow_none=True, metadata=described(
        "The speaker's name in that article.", "Mustafa Bali"))


class QuoteHitSchema(Schema):
    """One quote, however many outlets carried it."""

    text = fields.String(required=True, metadata=described(
        "The quote as the best-matching article gives it.", "We expect it to be over soon,"))
    score = fields.Float(required=True, metadata=described(
        "How closely it matches the query, 0 to 1.", 0.93))
    speaker = fields.Nested(SpeakerRefSchema, required=True, allow_none=True, metadata=described(
        "Who said it; null when no speaker was found.",
        {"profile_id": "spk_3f9a0c1b2d4e6f70", "name": "Mustafa Bali"}))
    outlets = fields.List(fields.String(), required=True, metadata=described(
        "Outlets carrying the quote.", ["Daily Two", "Wire One"]))
    occurrences = fields.List(fields.Nested(SourcedQuoteSchema), required=True,
                              metadata=described("Every stored article carrying it.",
                                                 [{**EXAMPLE_QUOTE, "article": EXAMPLE_ARTICLE}]))

    @pre_dump
    def from_group(self, group: QuoteGroup, **_: Any) -> dict[str, Any]:
        best = group.occurrences[0]
        speaker = best.speaker and {"profile_id": best.profile_id, "name": best.speaker["name"]}
        outlets = sorted({q.article.outlet.name for q in group.occurrences if q.article.outlet})
        return {"text": group.text, "score": group.score, "speaker": speaker, "outlets": outlets,
                "occurrences": group.occurrences}


class QuoteHitPageSchema(PageSchema):
    items = fields.List(fields.Nested(QuoteHitSchema), required=True, metadata=described(
        "Matching quotes, best first.", []))

"""Stored articles: the PUT body, the article with its quotes, listings and their filters.

A stored quote is the engine's quote (`QuoteSchema`) whose speaker also carries the
`profile_id` it joined; the conversion from store rows happens here, in `pre_dump`.
"""
from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump, pre_dump, validate

from api.offsets import in_requested_unit
from api.schemas.analyze import EXAMPLE_TEXT
from api.schemas.common import (
    ArticleSpeakerSchema,
    PageQuerySchema,
    PageSchema,
    QuoteSchema,
    SpeakerSchema,
    StorableString,
    UtcDateTime,
    described,
)
from profiles.models import Article, ArticleSpeaker, Quote

PROFILE_ID = described("The speaker profile this speaker joined across articles; null for "
                       "unnamed sources.", "spk_3f9a0c1b2d4e6f70")
NO_EVIDENCE = {"role_evidence": None, "affiliation_evidence": None}
"""What a quote stored before evidence was kept (issue 12) answers."""
EXAMPLE_SPEAKER = {"name": "Mustafa Bali", "kind": "person", "descriptor": None,
                   "role": "spokesman", "affiliation": "Syrian Democratic Forces",
                   "affiliation_short": "SDF",
                   "mention": {"text": "Mustafa Bali", "start": 37, "end": 49}, "key": "s1",
                   "role_evidence": {"text": "spokesman", "start": 53, "end": 62,
                                     "rule": "apposition", "confidence": 0.8},
                   "affiliation_evidence": {"text": "Syrian Democratic Forces", "start": 71,
                                            "end": 95, "rule": "apposition",
                                            "confidence": 0.8},
                   "profile_id": "spk_3f9a0c1b2d4e6f70"}
EXAMPLE_QUOTE = {"text": "We expect it to be over soon,", "start": 1, "end": 30,
                 "speaker": EXAMPLE_SPEAKER, "cue": {"text": "said", "start": 32, "end": 36},
                 "method": "explicit_cue", "confidence": 0.94}


class ArticleRequestSchema(Schema):
    """An article to analyse and store under the id in the path."""

    text = StorableString(required=True, validate=validate.Length(min=1), metadata=described(
        "The article body; quote offsets index this string. NUL characters and unpaired "
        "surrogates are stored as U+FFFD, which keeps every offset.", EXAMPLE_TEXT))
    title = StorableString(allow_none=True, validate=validate.Length(max=1000), metadata=described(
        "The headline.", "Offensive near its end, says SDF"))
    url = StorableString(allow_none=True, validate=validate.Length(max=2000), metadata=described(
        "Where the article is published.", "https://news.example/2019/03/offensive"))
    outlet = StorableString(allow_none=True, validate=validate.Length(max=300), metadata=described(
        "The publication (matched case-insensitively across articles).", "Wire One"))
    published_at = UtcDateTime(allow_none=True, metadata=described(
        "Publication time (ISO 8601; UTC when no offset is given). Orders quotes and dates "
        "roles; the first ingest time stands in when absent.", "2019-03-01T12:00:00+00:00"))


class StoredSpeakerSchema(SpeakerSchema):
    """The quote's speaker as the engine read it, plus the profile it joined."""

    profile_id = fields.String(required=True, allow_none=True, metadata=PROFILE_ID)


class StoredQuoteSchema(QuoteSchema):
    """A stored quote: offsets index the stored article's text."""

    speaker = fields.Nested(StoredSpeakerSchema, required=True, allow_none=True,
                            metadata=described("Who said it; null when no speaker was found.",
                                               EXAMPLE_SPEAKER))

    @pre_dump
    def from_row(self, quote: Quote | dict[str, Any], **_: Any) -> dict[str, Any]:
        if isinstance(quote, dict):
            return quote
        speaker = quote.speaker and {**NO_EVIDENCE, **quote.speaker,
                                     "profile_id": quote.profile_id}
        return {"text": quote.text, "start": quote.start, "end": quote.end, "speaker": speaker,
                "cue": quote.cue, "method": quote.method, "confidence": quote.confidence}


class StoredArticleSpeakerSchema(ArticleSpeakerSchema):
    """One speaker of the stored article, plus the profile it joined."""

    profile_id = fields.String(required=True, allow_none=True, metadata=PROFILE_ID)

    @pre_dump
    def from_row(self, speaker: ArticleSpeaker, **_: Any) -> dict[str, Any]:
        return {**speaker.record, "profile_id": speaker.profile_id}


class ArticleSummarySchema(Schema):
    """An article in a listing: what it is, without its text and quotes."""

    id = fields.String(required=True, metadata=described(
        "The caller's id (CMS post id, URL slug).", "2019-03-01-offensive"))
    title = fields.String(required=True, allow_none=True, metadata=described(
        "The headline.", "Offensive near its end, says SDF"))
    url = fields.String(required=True, allow_none=True, metadata=described(
        "Where the article is published.", "https://news.example/2019/03/offensive"))
    outlet = fields.Function(lambda a: a.outlet.name if a.outlet else None, required=True,
                             allow_none=True, metadata={
                                 **described("The publication.", "Wire One"), "type": "string"})
    published_at = fields.DateTime(required=True, allow_none=True, metadata=described(
        "Publication time as sent.", "2019-03-01T12:00:00+00:00"))
    updated_at = fields.DateTime(required=True, metadata=described(
        "When the article was last stored.", "2019-03-01T12:05:00+00:00"))


class ArticleSchema(ArticleSummarySchema):
    """A stored article with its quotes and speakers."""

    text = fields.String(required=True, metadata=described("The article body.", EXAMPLE_TEXT))
    quotes = fields.List(fields.Nested(StoredQuoteSchema), required=True, metadata=described(
        "Direct quotes in text order, each speaker linked to its profile.", [EXAMPLE_QUOTE]))
    speakers = fields.List(fields.Nested(StoredArticleSpeakerSchema), required=True,
                           metadata=described(
                               "The article's speakers, each linked to its profile.",
                               [{"key": "s1", "name": "Mustafa Bali", "kind": "person",
                                 "descriptor": None, "roles": ["spokesman"],
                                 "affiliations": [{"name": "Syrian Democratic Forces",
                                                   "short": "SDF"}],
                                 "mentions": [{"text": "Mustafa Bali", "start": 37, "end": 49}],
                                 "evidence": [], "quote_count": 1,
                                 "profile_id": "spk_3f9a0c1b2d4e6f70"}]))

    @post_dump(pass_original=True)
    def offsets_in_unit(self, data: dict[str, Any], article: Article,
                        **_: Any) -> dict[str, Any]:
        return in_requested_unit(data, lambda: article.text)


class ArticlePageSchema(PageSchema):
    items = fields.List(fields.Nested(ArticleSummarySchema), required=True, metadata=described(
        "Articles, newest first (publication time, else first stored).",
        [{"id": "2019-03-01-offensive", "title": "Offensive near its end, says SDF",
          "url": None, "outlet": "Wire One", "published_at": "2019-03-01T12:00:00+00:00",
          "updated_at": "2019-03-01T12:05:00+00:00"}]))


class ArticleQuerySchema(PageQuerySchema):
    """Filters of `GET /v1/articles`."""

    outlet = StorableString(validate=validate.Length(min=1, max=300), metadata=described(
        "Only articles of this outlet (case-insensitive).", "Wire One"))
    speaker = StorableString(validate=validate.Length(min=1, max=40), metadata=described(
        "Only articles quoting this speaker profile.", "spk_3f9a0c1b2d4e6f70"))
    since = UtcDateTime(metadata=described(
        "Only articles dated at or after this time.", "2019-03-01T00:00:00+00:00"))
    until = UtcDateTime(metadata=described(
        "Only articles dated at or before this time.", "2019-03-31T23:59:59+00:00"))

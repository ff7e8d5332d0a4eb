"""`POST /v1/analyze`: text in, quotes and speakers out."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from api.schemas.common import ArticleSpeakerSchema, QuoteSchema, described

EXAMPLE_TEXT = ('"We expect it to be over soon," said Mustafa Bali, a spokesman for the '
                'Syrian Democratic Forces (SDF).')


class AnalyzeRequestSchema(Schema):
    """An article to read. The same text may be sent as a `text/plain` body instead."""

    text = fields.String(required=True, validate=validate.Length(min=1), metadata=described(
        "The article body. Offsets in the response index this string (Python code points).",
        EXAMPLE_TEXT))
    title = fields.String(validate=validate.Length(max=1000), metadata=described(
        "The headline, accepted for symmetry with `PUT /v1/articles/{id}`; not analysed.",
        "Offensive near its end, says SDF"))


class AnalysisSchema(Schema):
    """Every direct quote of the article with its speaker, and the article's speakers."""

    quotes = fields.List(fields.Nested(QuoteSchema), required=True, metadata=described(
        "Direct quotes in text order; scare quotes and titles are left out.",
        [{"text": "We expect it to be over soon,", "start": 1, "end": 30,
          "speaker": {"name": "Mustafa Bali", "kind": "person", "descriptor": None,
                      "role": "spokesman", "affiliation": "Syrian Democratic Forces",
                      "affiliation_short": "SDF",
                      "mention": {"text": "Mustafa Bali", "start": 37, "end": 49}, "key": "s1"},
          "cue": {"text": "said", "start": 32, "end": 36},
          "method": "explicit_cue", "confidence": 0.94}]))
    speakers = fields.List(fields.Nested(ArticleSpeakerSchema), required=True, metadata=described(
        "Each speaker of at least one quote, with every role and affiliation the article gives.",
        [{"key": "s1", "name": "Mustafa Bali", "kind": "person", "descriptor": None,
          "roles": ["spokesman"],
          "affiliations": [{"name": "Syrian Democratic Forces", "short": "SDF"}],
          "mentions": [{"text": "Mustafa Bali", "start": 37, "end": 49}],
          "evidence": [{"text": "a spokesman for the Syrian Democratic Forces (SDF)",
                        "start": 51, "end": 101}],
          "quote_count": 1}]))

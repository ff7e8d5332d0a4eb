"""`POST /v1/analyze`: text in, quotes and speakers out, and on request the rules that decided."""
from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump, validate

from api.schemas.common import ArticleSpeakerSchema, QuoteSchema, StorableString, described

EXAMPLE_TEXT = ('"We expect it to be over soon," said Mustafa Bali, a spokesman for the '
                'Syrian Democratic Forces (SDF).')
OUTCOMES = ["fired", "passed", "nothing"]


class AnalyzeRequestSchema(Schema):
    """An article to read. The same text may be sent as a `text/plain` body instead."""

    text = StorableString(required=True, validate=validate.Length(min=1), metadata=described(
        "The article body. Offsets in the response index this string (Python code points); "
        "NUL characters and unpaired surrogates are read as U+FFFD, which keeps every offset.",
        EXAMPLE_TEXT))
    title = StorableString(validate=validate.Length(max=1000), metadata=described(
        "The headline, accepted for symmetry with `PUT /v1/articles/{id}`; not analysed.",
        "Offensive near its end, says SDF"))


class AnalyzeQuerySchema(Schema):
    """How much to say about the analysis."""

    explain = fields.Boolean(load_default=False, metadata=described(
        "Also return `trace`: every rule the engine tried for every quoted segment.", True))


class RuleStepSchema(Schema):
    """One rule the engine tried."""

    stage = fields.String(required=True, metadata=described(
        "The decision the rule belongs to: `speech`, `cue`, `source`, `mention`, `attribution`, "
        "`context` or `sentence`.", "cue"))
    rule = fields.String(required=True, metadata=described(
        "The rule's name, as in `rule` and `nlp/README.md`.", "speech_verb_right_after"))
    outcome = fields.String(required=True, validate=validate.OneOf(OUTCOMES), metadata=described(
        "`fired` (it decided), `passed` (it did not apply, the next was tried) or `nothing` "
        "(it applied and found there is no answer).", "fired"))


class SegmentTraceSchema(Schema):
    """Every rule tried for one quoted segment, in the order they were tried."""

    text = fields.String(required=True, metadata=described(
        "The quoted words: `input[start:end] == text`.", "We expect it to be over soon,"))
    start = fields.Integer(required=True, validate=validate.Range(min=0),
                           metadata=described("Offset of the first quoted character.", 1))
    end = fields.Integer(required=True, validate=validate.Range(min=0),
                         metadata=described("Offset just past the last quoted character.", 30))
    is_speech = fields.Boolean(required=True, metadata=described(
        "Whether the segment was judged speech (and so is among `quotes`).", True))
    reason = fields.String(required=True, metadata=described(
        "Why it was kept or rejected (`sentence`, `title`, `scare_quote`...).", "sentence"))
    steps = fields.List(fields.Nested(RuleStepSchema), required=True, metadata=described(
        "The rules tried, speech verdict first, then cue, source, mention and attribution.",
        [{"stage": "speech", "rule": "long_speech", "outcome": "fired"}]))


class AnalysisSchema(Schema):
    """Every direct quote of the article with its speaker, and the article's speakers."""

    quotes = fields.List(fields.Nested(QuoteSchema), required=True, metadata=described(
        "Direct quotes in text order; scare quotes and titles are left out.",
        [{"text": "We expect it to be over soon,", "start": 1, "end": 30,
          "speaker": {"name": "Mustafa Bali", "kind": "person", "descriptor": None,
                      "role": "spokesman", "affiliation": "Syrian Democratic Forces",
                      "affiliation_short": "SDF",
                      "mention": {"text": "Mustafa Bali", "start": 37, "end": 49}, "key": "s1",
                      "role_rule": "apposition", "affiliation_rule": "apposition",
                      "role_evidence": {"text": "spokesman", "start": 53, "end": 62,
                                        "rule": "apposition", "confidence": 0.8},
                      "affiliation_evidence": {"text": "Syrian Democratic Forces",
                                               "start": 71, "end": 95, "rule": "apposition",
                                               "confidence": 0.8}},
          "cue": {"text": "said", "start": 32, "end": 36},
          "method": "explicit_cue", "confidence": 0.94,
          "rule": "speech_verb_right_after/inverted_order"}]))
    speakers = fields.List(fields.Nested(ArticleSpeakerSchema), required=True, metadata=described(
        "Each speaker of at least one quote, with every role and affiliation the article gives.",
        [{"key": "s1", "name": "Mustafa Bali", "kind": "person", "descriptor": None,
          "roles": ["spokesman"],
          "affiliations": [{"name": "Syrian Democratic Forces", "short": "SDF"}],
          "mentions": [{"text": "Mustafa Bali", "start": 37, "end": 49}],
          "evidence": [{"text": "a spokesman for the Syrian Democratic Forces (SDF)",
                        "start": 51, "end": 101}],
          "quote_count": 1}]))
    trace = fields.List(fields.Nested(SegmentTraceSchema), metadata=described(
        "Only with `?explain=true`: every quoted segment (speech or not) with the rules tried, "
        "in text order, up to the first 200 segments (`trace_truncated` says when there were "
        "more; `quotes` and `speakers` are complete either way).",
        [{"text": "We expect it to be over soon,", "start": 1, "end": 30, "is_speech": True,
          "reason": "sentence",
          "steps": [{"stage": "speech", "rule": "long_speech", "outcome": "fired"}]}]))
    trace_truncated = fields.Boolean(metadata=described(
        "Only with `?explain=true`: true when the text has more than 200 quoted segments and "
        "`trace` covers only the first 200 (a trace costs about 1 KB per segment; split the "
        "text to trace the rest).", False))

    language = fields.String(metadata=described(
        "Only for a text not in English: its language (`es`, `fr`, `de`...), or for a text "
        "mostly in another script that script as a BCP 47 tag of undetermined language "
        "(`und-Cyrl`, `und-Hani`...); the engine reads English only and then returns no "
        "quotes.", "es"))
    warnings = fields.List(fields.String(), metadata=described(
        "Only when there is something to say about the answer (a text not in English).",
        ["The text reads as language 'es', not English: ..."]))

    @post_dump
    def _only_when_said(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """`trace` (and `trace_truncated`) only when asked, `language` and `warnings` only for a
        text not in English."""
        if data.get("trace") is None:
            data.pop("trace", None)
            data.pop("trace_truncated", None)
        for name in ("language", "warnings"):
            if not data.get(name):
                data.pop(name, None)
        return data

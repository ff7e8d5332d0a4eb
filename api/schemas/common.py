"""Shapes several resources share: problem details, text spans, quotes and their speakers.

Field names and meanings follow `nlp/records/results.py`, so the API dumps the engine's records as
they are. Response fields are all `required` (a nullable one is present with `null`) so generated
clients get plain attributes instead of "unset" sentinels.
"""
from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from marshmallow import INCLUDE, Schema, ValidationError, fields, validate

SPEAKER_KINDS = ("person", "organization", "unnamed")


def described(description: str, example: object) -> dict[str, object]:
    """The `metadata` every field carries, so the spec documents and exemplifies it."""
    return {"description": description, "example": example}


UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class StorableString(fields.String):
    """A string the databases and the model can take: NUL (PostgreSQL refuses it) and unpaired
    surrogates (JSON's `"\\ud800"`, which has no UTF-8 form) become U+FFFD, one code point for
    one, so offsets into a text stay true."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        return UNSTORABLE.sub("\ufffd", super()._deserialize(value, attr, data, **kwargs))


class UtcDateTime(fields.AwareDateTime):
    """An ISO 8601 time (UTC when no offset is given) that exists in UTC: `0001-01-01T00:00+05:00`
    is valid ISO 8601 but falls before year 1 once stored in UTC, so it is refused here."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(default_timezone=UTC, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        moment = super()._deserialize(value, attr, data, **kwargs)
        try:
            moment.astimezone(UTC)
        except OverflowError:
            raise ValidationError("The time falls outside years 1 to 9999 in UTC.") from None
        return moment


class ProblemSchema(Schema):
    """RFC 9457 problem details; extension members are allowed beside the standard ones."""

    class Meta:
        unknown = INCLUDE

    type = fields.String(required=True, metadata=described(
        "URI identifying the problem type; `about:blank` when the HTTP status says it all.",
        "about:blank"))
    title = fields.String(required=True, metadata=described(
        "Short summary of the problem type (the HTTP reason phrase for `about:blank`).",
        "Unprocessable Entity"))
    status = fields.Integer(required=True, metadata=described(
        "The HTTP status code of this response.", 422))
    detail = fields.String(metadata=described(
        "Explanation specific to this occurrence of the problem.",
        "The request body or parameters failed validation; see `errors`."))
    errors = fields.Dict(keys=fields.String(), metadata=described(
        "Validation messages per field (400 and 422 only).",
        {"text": ["Missing data for required field."]}))
    request_id = fields.String(metadata=described(
        "The request id (also in the `X-Request-ID` header) to quote when reporting the problem.",
        "5f0c6a4e2b9d4c1f8e7a3b2c1d0e9f8a"))


class TextSpanSchema(Schema):
    """A piece of the caller's text with its character offsets."""

    text = fields.String(required=True, metadata=described(
        "The characters themselves: `input[start:end] == text`.", "Mustafa Bali"))
    start = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "Offset of the first character: a Python string index (code points), or UTF-16 code "
        "units with `?offsets=utf16`.", 1924))
    end = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "Offset just past the last character.", 1936))


CONFIDENCE_DESCRIPTION = (
    "How far the reading can be trusted, 0.5 to 0.9: a deterministic function of the "
    "construction, not a probability fitted per case. A construction read on a mention of the "
    "speaker's name scores 0.5 + 0.1 x its weight (title before the name 4 -> 0.9; apposition, "
    "copula, party word 3 -> 0.8; of-phrase, relative clause, party tag 2 -> 0.7; a group the "
    "name is listed in 1 -> 0.6); read on a mention linked to the speaker (`the spokesman`, a "
    "description introducing them, a role held in an `as` phrase), one step lower "
    "(`nlp/descriptors/confidence.py`).")


class EvidenceSchema(TextSpanSchema):
    """Where a role or an affiliation was read in the caller's text, and how."""

    text = fields.String(required=True, metadata=described(
        "The words that gave it: `input[start:end] == text` (the title, the organisation's "
        "name, the party letter of a tag).", "spokeswoman"))
    start = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "Offset of the first character of the evidence, in the unit of `?offsets=`.", 17))
    end = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "Offset just past its last character.", 28))
    rule = fields.String(required=True, metadata=described(
        "The construction that read it: `title` (words before the name), `owned_title`, "
        "`apposition`, `apposed_to`, `copula`, `of_phrase`, `relative_clause`, `as_phrase`, "
        "`loose_apposition`, `party_tag` (`(R-Ohio)`), `party_word`, `membership`, "
        "`nominal_mention`, `definite_description`, `held_role`, `owned_description`... "
        "(see `nlp/README.md`).", "apposition"))
    confidence = fields.Float(required=True, validate=validate.Range(min=0, max=1),
                              metadata=described(CONFIDENCE_DESCRIPTION, 0.8))


def _evidence_field(of: str, example: dict[str, object]) -> fields.Nested:
    return fields.Nested(EvidenceSchema, required=True, allow_none=True, metadata=described(
        f"Where `{of}` was read, by which rule, with what confidence; null without "
        f"`{of}` (and on quotes stored before evidence was kept).", example))


class SpeakerSchema(Schema):
    """Who said one quote, with the role and affiliation the article gives them."""

    name = fields.String(required=True, allow_none=True, metadata=described(
        "The speaker's fullest name in the article; null for unnamed sources.", "Mustafa Bali"))
    kind = fields.String(required=True, validate=validate.OneOf(SPEAKER_KINDS), metadata=described(
        "`person`, `organization`, or `unnamed` (\"a senior official\").", "person"))
    descriptor = fields.String(required=True, allow_none=True, metadata=described(
        "How an unnamed source is described, or the noun phrase that names the speaker.",
        "a spokesman for the Syrian Democratic Forces"))
    role = fields.String(required=True, allow_none=True, metadata=described(
        "The speaker's role as the article gives it.", "spokesperson"))
    affiliation = fields.String(required=True, allow_none=True, metadata=described(
        "The organisation the speaker speaks for, by its fullest name in the article.",
        "Syrian Democratic Forces"))
    affiliation_short = fields.String(required=True, allow_none=True, metadata=described(
        "The affiliation's short form (acronym) when the article gives one.", "SDF"))
    mention = fields.Nested(TextSpanSchema, required=True, allow_none=True, metadata=described(
        "The mention of the speaker that the quote is attributed to (may be a pronoun).",
        {"text": "Mustafa Bali", "start": 1924, "end": 1936}))
    key = fields.String(required=True, metadata=described(
        "Article-local id of the speaker, matching `speakers[].key`.", "s1"))
    role_rule = fields.String(allow_none=True, metadata=described(
        "The construction that gave `role` (`title`, `apposition`, `copula`, `party_tag`...; "
        "see `nlp/README.md`); null without a role. Always present in `/v1/analyze`. "
        "Deprecated: the same as `role_evidence.rule`.", "apposition"))
    affiliation_rule = fields.String(allow_none=True, metadata=described(
        "The construction that gave `affiliation`; null without one. Always present in "
        "`/v1/analyze`. The same as `affiliation_evidence.rule`, kept for existing clients.",
        "apposition"))
    role_evidence = _evidence_field("role", {
        "text": "spokeswoman", "start": 17, "end": 28, "rule": "apposition",
        "confidence": 0.8})
    affiliation_evidence = _evidence_field("affiliation", {
        "text": "Ohio Farm Bureau", "start": 37, "end": 53, "rule": "apposition",
        "confidence": 0.8})


class QuoteSchema(Schema):
    """One direct quote, quote marks excluded."""

    text = fields.String(required=True, metadata=described(
        "The quoted words: `input[start:end] == text`.", "We expect it to be over soon,"))
    start = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "Offset of the first quoted character.", 1893))
    end = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "Offset just past the last quoted character.", 1922))
    speaker = fields.Nested(SpeakerSchema, required=True, allow_none=True, metadata=described(
        "Who said it; null when no speaker was found.",
        {"name": "Mustafa Bali", "kind": "person", "descriptor": None, "role": "spokesperson",
         "affiliation": "Syrian Democratic Forces", "affiliation_short": "SDF",
         "mention": {"text": "Mustafa Bali", "start": 1924, "end": 1936}, "key": "s1"}))
    cue = fields.Nested(TextSpanSchema, required=True, allow_none=True, metadata=described(
        "The speech verb or phrase (said, told, according to...); null when there is none.",
        {"text": "said", "start": 1956, "end": 1960}))
    method = fields.String(required=True, metadata=described(
        "How the attribution was made (explicit cue, adjacent sentence, same speaker...).",
        "explicit_cue"))
    confidence = fields.Float(required=True, validate=validate.Range(min=0, max=1),
                              metadata=described("The engine's confidence in the attribution.",
                                                 0.94))
    rule = fields.String(allow_none=True, metadata=described(
        "The rules that produced the attribution, beside `method`: `cue rule/source rule` "
        "for a cue's source, a context rule (`previous_speaker`, `lead_in_sentence/"
        "name_before_colon`), or `multi_paragraph`; empty when nothing was found. Always present "
        "in `/v1/analyze`; stored quotes do not keep it.",
        "speech_verb_right_after/inverted_order"))


class AffiliationSchema(Schema):
    """An organisation by its fullest name in the article and its short form."""

    name = fields.String(required=True, metadata=described(
        "Fullest name of the organisation in the article.", "Syrian Democratic Forces"))
    short = fields.String(required=True, allow_none=True, metadata=described(
        "Its acronym or short form, when the article gives one.", "SDF"))


class ArticleSpeakerSchema(Schema):
    """One speaker of the article with everything the article says about them."""

    key = fields.String(required=True, metadata=described(
        "Article-local id, matching `quotes[].speaker.key`.", "s1"))
    name = fields.String(required=True, allow_none=True, metadata=described(
        "Fullest name in the article; null for unnamed sources.", "Mustafa Bali"))
    kind = fields.String(required=True, validate=validate.OneOf(SPEAKER_KINDS), metadata=described(
        "`person`, `organization`, or `unnamed`.", "person"))
    descriptor = fields.String(required=True, allow_none=True, metadata=described(
        "Description of an unnamed source, or the noun phrase naming the speaker.",
        "a spokesman for the SDF"))
    roles = fields.List(fields.String(), required=True, metadata=described(
        "Every role the article gives the speaker, first seen first.", ["spokesperson"]))
    affiliations = fields.List(fields.Nested(AffiliationSchema), required=True, metadata=described(
        "Every organisation the article ties the speaker to.",
        [{"name": "Syrian Democratic Forces", "short": "SDF"}]))
    mentions = fields.List(fields.Nested(TextSpanSchema), required=True, metadata=described(
        "Every mention of the speaker (names, pronouns, nominals) resolved to them.",
        [{"text": "Mustafa Bali", "start": 1924, "end": 1936}]))
    evidence = fields.List(fields.Nested(TextSpanSchema), required=True, metadata=described(
        "Where roles and affiliations were read (appositions, pre-modifiers, of-phrases...).",
        [{"text": "a spokesman for the SDF", "start": 1938, "end": 1961}]))
    quote_count = fields.Integer(required=True, validate=validate.Range(min=0), metadata=described(
        "How many of the article's quotes are attributed to this speaker.", 3))


class PageQuerySchema(Schema):
    """Query parameters of every cursor-paginated listing."""

    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100),
                           metadata=described("Items per page (1-100).", 20))
    cursor = fields.String(validate=validate.Length(min=1, max=500), metadata=described(
        "The `next_cursor` of the previous page; omit for the first page.",
        "WyJhcnRpY2xlcyIsICIyMDE5LTAzLTAxVDEyOjAwOjAwKzAwOjAwIiwgImEyIl0"))


class PageSchema(Schema):
    """A page of a listing; each listing's schema adds `items`."""

    next_cursor = fields.String(required=True, allow_none=True, metadata=described(
        "Pass as `cursor` to get the next page; null on the last page.",
        "WyJhcnRpY2xlcyIsICIyMDE5LTAzLTAxVDEyOjAwOjAwKzAwOjAwIiwgImEyIl0"))

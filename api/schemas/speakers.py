"""Speaker profiles: one profile, listings and their filters, a speaker's quotes, corrections."""
from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, post_dump, pre_dump, validate

from api.offsets import in_requested_unit
from api.schemas.articles import EXAMPLE_QUOTE, StoredQuoteSchema
from api.schemas.common import PageQuerySchema, PageSchema, StorableString, described
from profiles.corrections import MAX_EXTERNAL_ID_NAME, MAX_EXTERNAL_IDS, WIKIDATA_ID
from profiles.models import Quote
from profiles.speakers import SORTS

SPEAKER_ID = described("Id of the speaker profile.", "spk_3f9a0c1b2d4e6f70")
EXAMPLE_ARTICLE = {"id": "2019-03-01-offensive", "title": "Offensive near its end, says SDF",
                   "outlet": "Wire One", "published_at": "2019-03-01T12:00:00+00:00",
                   "url": None}


class SeenSchema(Schema):
    """Something a speaker was given, counted over articles."""

    name = fields.String(required=True, metadata=described("What it is called.", "spokesman"))
    count = fields.Integer(required=True, metadata=described(
        "In how many articles the speaker was given it.", 3))
    first_seen = fields.DateTime(required=True, metadata=described(
        "Date of the first such article.", "2019-03-01T12:00:00+00:00"))
    last_seen = fields.DateTime(required=True, metadata=described(
        "Date of the latest such article.", "2019-03-04T12:00:00+00:00"))


class RoleVariantSchema(Schema):
    """One word the articles used for a role's job."""

    name = fields.String(required=True, metadata=described(
        "The word as the articles gave it, lower case.", "spokeswoman"))
    count = fields.Integer(required=True, metadata=described(
        "In how many articles the speaker was given this word.", 1))


class RoleSeenSchema(SeenSchema):
    """A role the speaker was given, counted over articles: words for one job (`spokesman`,
    `spokeswoman`, `spokesperson`; `chairman`, `chair`...) count as one role."""

    name = fields.String(required=True, metadata=described(
        "The role, lower case, by the word most of its articles used.", "spokesman"))
    count = fields.Integer(required=True, metadata=described(
        "In how many articles the speaker had this role, under any of its words.", 4))
    variants = fields.List(fields.Nested(RoleVariantSchema), required=True, metadata=described(
        "Every word the articles used for this job, most used first (the first is `name`); "
        "the list of words that are one job is `nlp/lexicon/jobs.py`.",
        [{"name": "spokesman", "count": 3}, {"name": "spokesperson", "count": 1}]))


class AffiliationSeenSchema(SeenSchema):
    """An organisation the speaker was tied to, under its normalised name."""

    name = fields.String(required=True, metadata=described(
        "The organisation's full name, the same across articles.", "Syrian Democratic Forces"))
    short = fields.String(required=True, allow_none=True, metadata=described(
        "Its short form (acronym), when known.", "SDF"))


class SpeakerProfileSchema(Schema):
    """A speaker across every stored article."""

    id = fields.String(required=True, metadata=SPEAKER_ID)
    name = fields.String(required=True, metadata=described(
        "Canonical name: the spelling most articles use, or the one an editor set.",
        "Mustafa Bali"))
    kind = fields.String(required=True, validate=validate.OneOf(["person", "organization"]),
                         metadata=described("`person` or `organization`.", "person"))
    aliases = fields.List(fields.String(), required=True, metadata=described(
        "Other spellings the speaker was stored under.", ["Bali", "Mustapha Bali"]))
    roles = fields.List(fields.Nested(RoleSeenSchema), required=True, metadata=described(
        "Roles, most frequent first.",
        [{"name": "spokesman", "count": 4, "first_seen": "2019-03-01T12:00:00+00:00",
          "last_seen": "2019-03-04T12:00:00+00:00",
          "variants": [{"name": "spokesman", "count": 3}, {"name": "spokesperson", "count": 1}]}]))
    affiliations = fields.List(fields.Nested(AffiliationSeenSchema), required=True,
                               metadata=described(
                                   "Organisations, most frequent first.",
                                   [{"name": "Syrian Democratic Forces", "short": "SDF",
                                     "count": 5, "first_seen": "2019-03-01T12:00:00+00:00",
                                     "last_seen": "2019-03-05T12:00:00+00:00"}]))
    article_count = fields.Integer(required=True, metadata=described(
        "Stored articles quoting the speaker.", 5))
    quote_count = fields.Integer(required=True, metadata=described(
        "Stored quotes attributed to the speaker.", 6))
    outlets = fields.List(fields.String(), required=True, metadata=described(
        "Outlets that quoted the speaker, alphabetical.", ["Daily Two", "Wire One"]))
    first_quoted = fields.DateTime(required=True, allow_none=True, metadata=described(
        "Date of the earliest article quoting the speaker.", "2019-03-01T12:00:00+00:00"))
    last_quoted = fields.DateTime(required=True, allow_none=True, metadata=described(
        "Date of the latest article quoting the speaker.", "2019-03-05T12:00:00+00:00"))
    wikidata_id = fields.String(required=True, allow_none=True, metadata=described(
        "Wikidata item set by an editor.", "Q56401409"))
    external_ids = fields.Dict(keys=fields.String(), values=fields.String(), required=True,
                               metadata=described("Other ids set by an editor, by system.",
                                                  {"viaf": "123456789"}))


class SpeakerPageSchema(PageSchema):
    items = fields.List(fields.Nested(SpeakerProfileSchema), required=True, metadata=described(
        "Matching profiles in the requested order.", []))


class SpeakerQuerySchema(PageQuerySchema):
    """Search and order of `GET /v1/speakers`."""

    q = StorableString(validate=validate.Length(min=1, max=200), metadata=described(
        "Name or alias: matches at the start of any word, or a near spelling.", "bali"))
    affiliation = StorableString(validate=validate.Length(min=1, max=300), metadata=described(
        "Only speakers tied to this organisation, by any of its names: acronym or full name "
        "(`SDF` / `Syrian Democratic Forces`), either word order (`Justice Department` / "
        "`Department of Justice` / `DOJ`), with or without a leading `U.S.`, or whole words "
        "of it (`syrian democratic`); case and accents do not count. At most 300 "
        "characters; paginated like the rest.", "SDF"))
    sort = fields.String(load_default="quote_count", validate=validate.OneOf(SORTS),
                         metadata=described("`quote_count` (most quoted first), `last_quoted` "
                                            "(most recent first) or `name`.", "quote_count"))


class ArticleRefSchema(Schema):
    """The article a quote comes from."""

    id = fields.String(required=True, metadata=described("The article id.",
                                                         "2019-03-01-offensive"))
    title = fields.String(required=True, allow_none=True, metadata=described(
        "The headline.", "Offensive near its end, says SDF"))
    url = fields.String(required=True, allow_none=True, metadata=described(
        "Where it is published.", "https://news.example/2019/03/offensive"))
    outlet = fields.String(required=True, allow_none=True, metadata=described(
        "The publication.", "Wire One"))
    published_at = fields.DateTime(required=True, allow_none=True, metadata=described(
        "Publication time as sent.", "2019-03-01T12:00:00+00:00"))


class SourcedQuoteSchema(StoredQuoteSchema):
    """A stored quote with the article it comes from; offsets index that article's text."""

    article = fields.Nested(ArticleRefSchema, required=True, metadata=described(
        "The article quoting it.", EXAMPLE_ARTICLE))

    @pre_dump
    def from_row(self, quote: Quote | dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        if isinstance(quote, dict):
            return quote
        article = quote.article
        return {**super().from_row(quote, **kwargs), "article": {
            "id": article.id, "title": article.title, "url": article.url,
            "outlet": article.outlet.name if article.outlet else None,
            "published_at": article.published_at}}

    @post_dump(pass_original=True)
    def offsets_in_unit(self, data: dict[str, Any], quote: Quote | dict[str, Any],
                        **_: Any) -> dict[str, Any]:
        """Offsets index the quote's own article: each quote is converted against it."""
        if isinstance(quote, dict):
            return data
        return in_requested_unit(data, lambda: quote.article.text)


class SpeakerQuotePageSchema(PageSchema):
    items = fields.List(fields.Nested(SourcedQuoteSchema), required=True, metadata=described(
        "The speaker's quotes, newest article first.",
        [{**EXAMPLE_QUOTE, "article": EXAMPLE_ARTICLE}]))


class MergeRequestSchema(Schema):
    """Which profile to fold into the one in the path."""

    source_id = StorableString(required=True, validate=validate.Length(min=1, max=40),
                              metadata=described("The profile merged away; its id then leads "
                                                 "to the target.", "spk_0a1b2c3d4e5f6071"))


class SpeakerPatchSchema(Schema):
    """Editorial fields; absent ones stay as they are."""

    name = StorableString(validate=validate.Length(min=1, max=300), metadata=described(
        "Canonical name, kept from now on whatever spellings articles use.", "Mustafa Bali"))
    wikidata_id = fields.String(allow_none=True, validate=validate.Regexp(WIKIDATA_ID),
                                metadata=described("Wikidata item (Q and digits); null clears.",
                                                   "Q56401409"))
    external_ids = fields.Dict(
        keys=StorableString(),
        values=StorableString(allow_none=True, validate=validate.Length(max=200)),
        validate=validate.Length(max=MAX_EXTERNAL_IDS),
        metadata=described(f"Ids in other systems, merged into the stored ones; a null value "
                           f"removes one. At most {MAX_EXTERNAL_IDS} per profile, names up to "
                           f"{MAX_EXTERNAL_ID_NAME} characters.", {"viaf": "123456789"})
        | {"maxProperties": MAX_EXTERNAL_IDS})

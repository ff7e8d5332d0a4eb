"""The store's tables: articles and their quotes as the engine read them, and speaker profiles
built across articles.

Facts per article (`ArticleSpeaker`, its roles and organisations, `Quote`) are the source of
truth; the per-profile figures (`SpeakerProfile` counts, `ProfileRole`, `ProfileAffiliation`,
`ProfileOutlet`) are derived from them by `profiles/tally.py` whenever an article touching the
profile changes, so that re-ingesting or deleting an article can never leave a count behind.

Identity lives in `SpeakerAlias.key`: the normalised name (`profiles.identity.name_key`), UNIQUE
per kind among aliases that claim it, so two workers creating the same new speaker collide on
the index instead of making two profiles.
"""
from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from profiles.search_terms import word_pairs_default

PROFILE_ID_PREFIX = "spk_"


def new_profile_id() -> str:
    """Opaque public id (`spk_3f9a0c1b2d4e6f70`): not guessable, the same on every database."""
    return PROFILE_ID_PREFIX + secrets.token_hex(8)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored as naive UTC (SQLite keeps no zone) and read back zone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


Name = Annotated[str, mapped_column(String(300))]
Key = Annotated[str, mapped_column(String(300))]
Timestamp = Annotated[datetime, mapped_column(UTCDateTime())]


class Base(DeclarativeBase):
    """One metadata for the store; Alembic compares migrations against it."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class Outlet(Base):
    """A publication, keyed by its folded name so `Reuters` and `reuters` are one."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[Key] = mapped_column(unique=True)
    name: Mapped[Name]


class Organization(Base):
    """One body under its many names (`profiles.organizations.org_key`)."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[Key] = mapped_column(unique=True)
    acronym: Mapped[Key] = mapped_column(index=True)
    """Blocking key shared by the full name and its acronym (`sdf`)."""
    name: Mapped[Name]
    short: Mapped[str | None] = mapped_column(String(40))


class Article(Base):
    """One stored article under the caller's id (CMS post id, URL slug)."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_dated", "dated_at", "id"),)

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    published_at: Mapped[datetime | None]
    dated_at: Mapped[datetime]
    """`published_at`, or the first ingest time when the caller gave no date: what first/last
    seen and "newest first" go by."""
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of what the caller sent (`ArticleInput.content_hash`): a bulk re-run skips an
    article whose hash is unchanged."""
    owner: Mapped[str | None] = mapped_column(String(64))
    """The API key that first stored it (`profiles.keys.owner_of`); only it or an admin key may
    overwrite or delete it. `None` when stored without keys (open access)."""

    outlet: Mapped[Outlet | None] = relationship(lazy="joined")
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article", order_by="Quote.position", cascade="all, delete-orphan",
        passive_deletes=True)
    speakers: Mapped[list[ArticleSpeaker]] = relationship(
        back_populates="article", order_by="ArticleSpeaker.position",
        cascade="all, delete-orphan", passive_deletes=True)


class SpeakerProfile(Base):
    """A speaker across articles. Counts and dates are derived (see module docstring)."""

    __tablename__ = "speakers"
    __table_args__ = (Index("ix_speakers_quote_count", "quote_count", "id"),
                      Index("ix_speakers_last_quoted", "last_quoted", "id"))

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=new_profile_id)
    name: Mapped[Name]
    kind: Mapped[str] = mapped_column(String(20))
    name_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    """An editor set the name: tallies no longer pick the most frequent spelling."""
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    """An editor touched the profile (patch or merge): it stays even with no quotes left."""
    wikidata_id: Mapped[str | None] = mapped_column(String(20))
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    quote_count: Mapped[int] = mapped_column(default=0)
    article_count: Mapped[int] = mapped_column(default=0)
    first_quoted: Mapped[datetime | None]
    last_quoted: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="profile", order_by="SpeakerAlias.id", cascade="all, delete-orphan",
        passive_deletes=True)
    roles: Mapped[list[ProfileRole]] = relationship(
        order_by="(ProfileRole.count.desc(), ProfileRole.name)", cascade="all, delete-orphan",
        passive_deletes=True)
    affiliations: Mapped[list[ProfileAffiliation]] = relationship(
        order_by="(ProfileAffiliation.count.desc(), ProfileAffiliation.organization_id)",
        cascade="all, delete-orphan", passive_deletes=True)


class SpeakerAlias(Base):
    """A spelling of a profile's name. Aliases that `claim` their key own it: the partial
    unique index lets one profile only hold a full name, while bare surnames (`Clinton`), which
    may mean several people, are kept as spellings without claiming anything."""

    __tablename__ = "speaker_aliases"
    __table_args__ = (
        UniqueConstraint("profile_id", "key", name="uq_speaker_aliases_profile_key"),
        Index("uq_speaker_aliases_claimed_key", "kind", "key", unique=True,
              sqlite_where=text("claims"), postgresql_where=text("claims")),
        Index("ix_speaker_aliases_block", "kind", "block_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[str] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[Name]
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[Key]
    block_key: Mapped[Key]
    """`profiles.identity.surname_key`: fetches the candidates `choose_profile` weighs."""
    claims: Mapped[bool] = mapped_column(Boolean)

    profile: Mapped[SpeakerProfile] = relationship(back_populates="aliases")


class ProfileRedirect(Base):
    """A profile merged away, so its old id still leads to the one that absorbed it."""

    __tablename__ = "speaker_redirects"

    old_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    profile_id: Mapped[str] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            index=True)


class ArticleSpeaker(Base):
    """One speaker of one article (the engine's `ArticleSpeaker`) and the profile it joined."""

    __tablename__ = "article_speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(40))
    profile_id: Mapped[str | None] = mapped_column(ForeignKey("speakers.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    quote_count: Mapped[int]
    record: Mapped[dict[str, Any]]
    """The engine's record as returned by `/v1/analyze` (mentions, evidence...)."""

    article: Mapped[Article] = relationship(back_populates="speakers")
    roles: Mapped[list[ArticleSpeakerRole]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)
    affiliations: Mapped[list[ArticleSpeakerAffiliation]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)


class ArticleSpeakerRole(Base):
    __tablename__ = "article_speaker_roles"

    article_speaker_id: Mapped[int] = mapped_column(
        ForeignKey("article_speakers.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[Name] = mapped_column(primary_key=True)
    job: Mapped[Name]
    """`nlp.lexicon.jobs.job_key(name)`: the one role a profile counts its variants under."""


class ArticleSpeakerAffiliation(Base):
    __tablename__ = "article_speaker_affiliations"

    article_speaker_id: Mapped[int] = mapped_column(
        ForeignKey("article_speakers.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"),
                                                 primary_key=True, index=True)


class ProfileRole(Base):
    """A role (one job, whichever of its words the articles used) a profile was given: in how
    many articles, first and last seen (article dates)."""

    __tablename__ = "profile_roles"

    profile_id: Mapped[str] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            primary_key=True)
    name: Mapped[Name] = mapped_column(primary_key=True)
    """The job key (`nlp.lexicon.jobs.job_key`)."""
    count: Mapped[int]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    variants: Mapped[list[Any]]
    """The words articles used for it, `[name, article count]`, most used first."""


class ProfileAffiliation(Base):
    """An organisation a profile was tied to, counted like `ProfileRole`."""

    __tablename__ = "profile_affiliations"

    profile_id: Mapped[str] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"),
                                                 primary_key=True, index=True)
    count: Mapped[int]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]

    organization: Mapped[Organization] = relationship(lazy="joined")


class ProfileOutlet(Base):
    """An outlet that quoted a profile, counted like `ProfileRole`; kept so that a listing of
    the most quoted speakers does not walk their thousands of articles for outlet names."""

    __tablename__ = "profile_outlets"

    profile_id: Mapped[str] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            primary_key=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), primary_key=True,
                                           index=True)
    count: Mapped[int]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class Quote(Base):
    """One direct quote of an article; `profile_id` and `dated_at` are copied in so that a
    speaker's quotes, newest first, come from one index however large the store grows.

    Full text lives beside it, per dialect, created by the migration only: the FTS5 table
    `quotes_fts` on SQLite, a generated `search_vector` tsvector with a GIN index on PostgreSQL,
    each over `text` and `word_pairs` (see `profiles/quote_search.py`)."""

    __tablename__ = "quotes"
    __table_args__ = (
        Index("ix_quotes_profile_dated", "profile_id", "dated_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    speaker: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The engine's `Speaker` record (name, role, affiliation, mention...)."""
    cue: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    method: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float)
    profile_id: Mapped[str | None] = mapped_column(ForeignKey("speakers.id"))
    dated_at: Mapped[datetime]
    word_pairs: Mapped[str | None] = mapped_column(Text, default=word_pairs_default)
    """Neighbouring words joined (`profiles.search_terms`), indexed with `text` for search."""

    article: Mapped[Article] = relationship(back_populates="quotes")


class ApiKey(Base):
    """A client's key: only the SHA-256 of its token is kept (`profiles/keys.py`)."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(40))
    """Space-separated, from `read`, `write`, `admin`."""
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


from profiles import backfill_records  # noqa: E402,F401  (its tables belong to this metadata)

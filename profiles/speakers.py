"""Reading speaker profiles: one by id, a search by name or alias, and a speaker's quotes."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from nlp.text.folding import fold
from profiles import cursor
from profiles.affiliation_search import organizations_named
from profiles.errors import InvalidCursor, SpeakerNotFound
from profiles.identity import name_key, skeleton
from profiles.models import (
    Outlet,
    ProfileAffiliation,
    ProfileOutlet,
    ProfileRedirect,
    ProfileRole,
    Quote,
    SpeakerAlias,
    SpeakerProfile,
)
from profiles.organizations import org_key
from profiles.pages import Page, clamp, page_of

SORTS = ("quote_count", "last_quoted", "name")
"""`quote_count` and `last_quoted` descending, `name` ascending; ties broken by id."""

FUZZY_MIN_SCORE = 85
"""rapidfuzz WRatio an alias must reach to match a misspelt query (`Calimachi` finds
`Callimachi`); lower lets different names with one shared surname sound match."""

BLOCK_PREFIX = 2
"""Leading letters of a sound key that fuzzy candidates share: `Calimaki` (`clmk`) must reach
`Callimachi` (`clmch`), so the whole key is too strict."""

NEVER = datetime(1, 1, 1)
"""Sort value of a profile never quoted (an editor kept it after its articles went)."""


@dataclass(frozen=True)
class Variant:
    """One word for a role's job (`spokeswoman`), in how many articles it was used."""

    name: str
    count: int


@dataclass(frozen=True)
class Seen:
    """A role or an affiliation of a profile: in how many articles, first and last seen."""

    name: str
    count: int
    first_seen: datetime
    last_seen: datetime
    short: str | None = None
    variants: list[Variant] = field(default_factory=list)
    """For a role: each word the articles used for that job, most used first."""


@dataclass(frozen=True)
class SpeakerRecord:
    """A profile as readers see it (the `GET /v1/speakers/{id}` fields)."""

    id: str
    name: str
    kind: str
    aliases: list[str]
    roles: list[Seen]
    affiliations: list[Seen]
    article_count: int
    quote_count: int
    outlets: list[str]
    first_quoted: datetime | None
    last_quoted: datetime | None
    wikidata_id: str | None = None
    external_ids: dict[str, Any] = field(default_factory=dict)


def canonical_id(session: Session, speaker_id: str) -> str:
    """The id itself, or the profile it was merged into."""
    return session.scalar(select(ProfileRedirect.profile_id)
                          .where(ProfileRedirect.old_id == speaker_id)) or speaker_id


def _profile_query() -> Any:
    return select(SpeakerProfile).options(
        selectinload(SpeakerProfile.aliases), selectinload(SpeakerProfile.roles),
        selectinload(SpeakerProfile.affiliations).joinedload(ProfileAffiliation.organization))


def get_speaker(session: Session, speaker_id: str) -> SpeakerRecord:
    """One profile; the id of a profile merged away leads to the one that absorbed it."""
    profile = session.scalar(_profile_query().where(
        SpeakerProfile.id == canonical_id(session, speaker_id))
        .execution_options(populate_existing=True))
    if profile is None:
        raise SpeakerNotFound(speaker_id)
    return _records(session, [profile])[0]


def _records(session: Session, profiles: Sequence[SpeakerProfile]) -> list[SpeakerRecord]:
    ids = [p.id for p in profiles]
    outlets: dict[str, list[str]] = defaultdict(list)
    for profile_id, name in session.execute(
            select(ProfileOutlet.profile_id, Outlet.name).join(Outlet)
            .where(ProfileOutlet.profile_id.in_(ids)).order_by(Outlet.name)):
        outlets[profile_id].append(name)
    return [SpeakerRecord(
        id=p.id, name=p.name, kind=p.kind,
        aliases=list(dict.fromkeys(a.name for a in p.aliases if a.name != p.name)),
        roles=[_role(r) for r in p.roles],
        affiliations=[Seen(a.organization.name, a.count, a.first_seen, a.last_seen,
                           a.organization.short) for a in p.affiliations],
        article_count=p.article_count, quote_count=p.quote_count, outlets=outlets[p.id],
        first_quoted=p.first_quoted, last_quoted=p.last_quoted, wikidata_id=p.wikidata_id,
        external_ids=dict(p.external_ids or {})) for p in profiles]


def _role(role: ProfileRole) -> Seen:
    """A job as the profile shows it: by the word most articles used, with every word used."""
    variants = [Variant(name, count) for name, count in role.variants or [[role.name, role.count]]]
    return Seen(variants[0].name, role.count, role.first_seen, role.last_seen, variants=variants)


def _sort_columns(sort: str) -> tuple[Any, ...]:
    if sort == "name":
        return (SpeakerProfile.name, SpeakerProfile.id)
    if sort == "last_quoted":
        return (func.coalesce(SpeakerProfile.last_quoted, NEVER), SpeakerProfile.id)
    return (SpeakerProfile.quote_count, SpeakerProfile.id)


def _sort_values(sort: str, record: SpeakerRecord) -> list[Any]:
    if sort == "name":
        return [record.name, record.id]
    if sort == "last_quoted":
        return [record.last_quoted or NEVER, record.id]
    return [record.quote_count, record.id]


def _after(sort: str, columns: tuple[Any, ...], after: str) -> Any:
    value, last_id = cursor.decode(f"speakers:{sort}", after, 2)
    if sort == "last_quoted":
        value = cursor.as_datetime(value)
        value = NEVER if value and value.replace(tzinfo=None) == NEVER else value
    if sort == "quote_count" and not isinstance(value, int):
        raise InvalidCursor()
    first, second = columns
    if sort == "name":
        return or_(first > value, and_(first == value, second > str(last_id)))
    return or_(first < value, and_(first == value, second < str(last_id)))


def search_speakers(session: Session, *, q: str | None = None, affiliation: str | None = None,
                    sort: str = "quote_count", limit: int = 20,
                    after: str | None = None) -> Page[SpeakerRecord]:
    """Profiles whose name or an alias starts with `q` (at any word) or nearly spells it,
    optionally tied to an organisation, sorted and keyset-paginated."""
    limit = clamp(limit)
    sort = sort if sort in SORTS else "quote_count"
    columns = _sort_columns(sort)
    query = _profile_query()
    if q and q.strip():
        query = query.where(_name_matches(session, q))
    if affiliation and affiliation.strip():
        query = query.where(SpeakerProfile.id.in_(
            select(ProfileAffiliation.profile_id).where(
                ProfileAffiliation.organization_id.in_(
                    organizations_named(session, affiliation)))))
    if after:
        query = query.where(_after(sort, columns, after))
    order = columns if sort == "name" else tuple(c.desc() for c in columns)
    profiles = session.scalars(query.order_by(*order).limit(limit + 1)).all()
    records = _records(session, profiles)
    return page_of(records, limit, f"speakers:{sort}", lambda r: _sort_values(sort, r))


def _name_matches(session: Session, q: str) -> Any:
    """Profiles matching `q`: a word prefix of an alias key (in SQL), or a near spelling of
    one whose block key (surname sound key) starts like a word of `q` (rapidfuzz over those
    only, so the cost follows the block, not the store)."""
    keys = {k for k in (name_key(q), org_key(q), " ".join(fold(q).split())) if k}
    if not keys:
        return SpeakerProfile.id.is_(None)
    prefix = or_(*(or_(SpeakerAlias.key.startswith(k, autoescape=True),
                       SpeakerAlias.key.contains(" " + k, autoescape=True)) for k in keys))
    blocks = {skeleton(word)[:BLOCK_PREFIX] for word in name_key(q).split()[:3]} - {""}
    fuzzy: set[str] = set()
    if blocks:
        near = or_(*(SpeakerAlias.block_key.startswith(b, autoescape=True) for b in blocks))
        fuzzy = {a.profile_id for a in session.scalars(select(SpeakerAlias).where(near))
                 if max(_nearness(a.key, k) for k in keys) >= FUZZY_MIN_SCORE}
    return or_(SpeakerProfile.id.in_(select(SpeakerAlias.profile_id).where(prefix)),
               SpeakerProfile.id.in_(sorted(fuzzy)))


def _nearness(alias_key: str, query_key: str) -> float:
    """A one-word query is compared with each word of the alias (`Calimachi` with `rukmini
    callimachi`), a longer one with the whole alias."""
    if " " not in query_key:
        return max(fuzz.ratio(word, query_key) for word in alias_key.split() or [""])
    return fuzz.WRatio(alias_key, query_key)


def speaker_quotes(session: Session, speaker_id: str, *, limit: int = 20,
                   after: str | None = None) -> Page[Quote]:
    """The speaker's quotes newest first (by article date), each with its article loaded."""
    limit = clamp(limit)
    profile_id = canonical_id(session, speaker_id)
    if session.get(SpeakerProfile, profile_id) is None:
        raise SpeakerNotFound(speaker_id)
    query = (select(Quote).where(Quote.profile_id == profile_id)
             .options(joinedload(Quote.article))
             .order_by(Quote.dated_at.desc(), Quote.id.desc()))
    if after:
        dated, last_id = cursor.decode("speaker_quotes", after, 2)
        dated = cursor.as_datetime(dated)
        if not isinstance(last_id, int):
            raise InvalidCursor()
        query = query.where(or_(Quote.dated_at < dated,
                                and_(Quote.dated_at == dated, Quote.id < last_id)))
    rows = session.scalars(query.limit(limit + 1)).all()
    return page_of(rows, limit, "speaker_quotes", lambda quote: [quote.dated_at, quote.id])

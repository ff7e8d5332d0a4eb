"""Folded keys recomputed after the folding changed, and the rows that now collide merged.

Issue 16 taught `nlp.text.folding.fold` letters that Unicode decomposition leaves whole (`ß`,
`ł`, `đ`, `ø`...), and issue 12 folds acronyms like full names. Keys stored before kept those
letters (`paweł nowak`) or lost them (`Øresund Port Authority` -> `resund port authority`), so
the store holds the same name under two keys, and new mentions meet only one of them. Here every
stored key is computed again with today's functions, and rows whose new keys meet are made one:
profiles through the editor's merge (`profiles.corrections.merge`, so the old id redirects),
organisations and outlets by moving their article facts and recounting the profiles they touch
(`profiles.tally`).

Only rows whose name is not plain ASCII are recomputed: both foldings agree on ASCII, so on a
store of millions of names the work is in proportion to the few that can have changed, and a
second run finds nothing to do. Run by migrations 0008 and 0011 (after `fold` learnt `ħ`, `ŋ`,
`ə`...) inside the migration's one transaction.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Row, delete, select, update
from sqlalchemy.orm import Session

from nlp.records.results import Affiliation
from profiles import corrections, tally
from profiles.catalog import organization_keys, outlet_key
from profiles.identity import surname_key
from profiles.models import (
    Article,
    ArticleSpeaker,
    ArticleSpeakerAffiliation,
    Organization,
    Outlet,
    SpeakerAlias,
    SpeakerProfile,
)
from profiles.organizations import merge_organizations
from profiles.speaker_identity import alias_key, claims

PLACEHOLDER = "#rekey {}"
"""A key no name folds to, held for a moment so that rewriting keys never meets a key that is
about to move away (PostgreSQL checks unique indexes row by row)."""


CHUNK = 500
"""Rows fetched per `IN (...)`, well under SQLite's bound on parameters."""


def rekey(session: Session) -> None:
    """Every folded key of the store as today's code computes it, collisions merged."""
    rekey_organizations(session)
    rekey_outlets(session)
    rekey_aliases(session)
    session.flush()


# --- organisations and outlets -------------------------------------------------------------

def rekey_organizations(session: Session) -> None:
    """Organisations whose key changed, merged into the one already holding the new key (or
    the oldest of those moving to it); the profiles tied to a merged one are recounted."""
    ids = _changed(session.execute(select(Organization.id, Organization.name,
                                          Organization.short)))
    moving: dict[Organization, str] = {}
    for org in _rows(session, Organization, ids):
        key, org.acronym = organization_keys(org.name, org.short)
        if key != org.key:
            moving[org] = key
    touched: set[str] = set()
    gone: list[Organization] = []
    for keep, others in _groups(session, Organization, moving):
        for other in others:
            form = merge_organizations(Affiliation(keep.name, keep.short),
                                       Affiliation(other.name, other.short))
            keep.name, keep.short = form.name, form.short
            touched |= _move_affiliations(session, other.id, keep.id)
        _, keep.acronym = organization_keys(keep.name, keep.short)
        gone += others
    tally.refresh(session, touched)  # first, so that no profile's affiliation names them
    _delete(session, gone, moving)
    _write_keys(session, moving)


def _move_affiliations(session: Session, old_id: int, new_id: int) -> set[str]:
    """Article speakers tied to `old_id` tied to `new_id` instead (once, if tied to both);
    the profiles whose affiliations that changes."""
    asa = ArticleSpeakerAffiliation
    touched = set(session.scalars(
        select(ArticleSpeaker.profile_id).join(asa, asa.article_speaker_id == ArticleSpeaker.id)
        .where(asa.organization_id == old_id, ArticleSpeaker.profile_id.is_not(None))))
    both = select(asa.article_speaker_id).where(asa.organization_id == new_id)
    session.execute(delete(asa).where(asa.organization_id == old_id,
                                      asa.article_speaker_id.in_(both)))
    session.execute(update(asa).where(asa.organization_id == old_id)
                    .values(organization_id=new_id))
    return touched


def rekey_outlets(session: Session) -> None:
    """Outlets whose key changed, merged like organisations: their articles move, and the
    profiles quoted in them are recounted."""
    ids = _changed(session.execute(select(Outlet.id, Outlet.name)))
    moving = {o: outlet_key(o.name) for o in _rows(session, Outlet, ids)}
    moving = {o: key for o, key in moving.items() if key != o.key}
    touched: set[str] = set()
    gone: list[Outlet] = []
    for keep, others in _groups(session, Outlet, moving):
        for other in others:
            touched |= set(session.scalars(
                select(ArticleSpeaker.profile_id).join(Article)
                .where(Article.outlet_id == other.id, ArticleSpeaker.profile_id.is_not(None))))
            session.execute(update(Article).where(Article.outlet_id == other.id)
                            .values(outlet_id=keep.id))
        gone += others
    tally.refresh(session, touched)
    _delete(session, gone, moving)
    _write_keys(session, moving)


# --- speaker aliases -----------------------------------------------------------------------

def rekey_aliases(session: Session) -> None:
    """Aliases with their keys of today. Profiles whose full names now claim one key are merged
    (the one with most quotes, then the oldest, absorbs the others and keeps its `corrected`
    flag as it was: a merge made here is not an editor's). A profile left with two aliases of
    one key keeps one; an alias whose key another kind of profile claims is dropped (the
    engine's person/organisation guess told them apart; the name stays on the profile's
    other aliases and article facts)."""
    ids = _changed(session.execute(select(SpeakerAlias.id, SpeakerAlias.name)))
    fresh: dict[int, tuple[str, str, bool]] = {}
    for alias in _rows(session, SpeakerAlias, ids):
        key = alias_key(alias.name, alias.kind)
        keys = (key, surname_key(alias.name, alias.kind), claims(key, alias.kind))
        if keys != (alias.key, alias.block_key, alias.claims):
            fresh[alias.id] = keys
    for group in _claiming_together(session, fresh):
        _merge_profiles(session, group)
    _write_aliases(session, fresh)


def _write_aliases(session: Session, fresh: dict[int, tuple[str, str, bool]]) -> None:
    aliases = _rows(session, SpeakerAlias, list(fresh))  # merges moved or dropped some
    taken, claimed = set(), set()
    for profile_id, kind, key, claim in _holding(session, {k for k, _, _ in fresh.values()},
                                                  fresh):
        taken.add((profile_id, key))
        if claim:
            claimed.add((kind, key))
    moving: dict[SpeakerAlias, str] = {}
    for alias in aliases:
        key, alias.block_key, claim = fresh[alias.id]
        if (alias.profile_id, key) in taken or claim and (alias.kind, key) in claimed:
            session.delete(alias)
            continue
        taken.add((alias.profile_id, key))
        if claim:
            claimed.add((alias.kind, key))
        moving[alias] = key
    session.flush()
    _write_keys(session, moving)
    for alias in moving:
        alias.claims = fresh[alias.id][2]
    session.flush()


def _holding(session: Session, keys: set[str], fresh: dict[int, tuple[str, str, bool]]
             ) -> list[tuple[str, str, str, bool]]:
    """(profile, kind, key, claims) of the aliases not being rekeyed that hold one of `keys`."""
    ordered = sorted(keys)
    found = []
    for start in range(0, len(ordered), CHUNK):
        found += [(p, kind, key, claim) for alias_id, p, kind, key, claim in session.execute(
            select(SpeakerAlias.id, SpeakerAlias.profile_id, SpeakerAlias.kind, SpeakerAlias.key,
                   SpeakerAlias.claims).where(SpeakerAlias.key.in_(ordered[start:start + CHUNK])))
            if alias_id not in fresh]
    return found


def _claiming_together(session: Session, fresh: dict[int, tuple[str, str, bool]]
                       ) -> list[set[str]]:
    """Sets of profiles whose aliases, rekeyed, claim one key under one kind (sets that share a
    profile joined)."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for alias in _rows(session, SpeakerAlias, list(fresh)):
        key, _, claim = fresh[alias.id]
        if claim:
            holders[(alias.kind, key)].add(alias.profile_id)
    for profile_id, kind, key, claim in _holding(session, {k for _, k in holders}, fresh):
        if claim and (kind, key) in holders:
            holders[(kind, key)].add(profile_id)
    groups: list[set[str]] = []
    for profiles in holders.values():
        joined = [g for g in groups if g & profiles]
        for g in joined:
            groups.remove(g)
            profiles = profiles | g
        groups.append(set(profiles))
    return [g for g in groups if len(g) > 1]


def _merge_profiles(session: Session, ids: set[str]) -> None:
    """The group's profiles of the target's kind merged into it (`merge` joins no two kinds)."""
    profiles = sorted(session.scalars(select(SpeakerProfile).where(SpeakerProfile.id.in_(ids))),
                      key=lambda p: (-p.quote_count, p.created_at, p.id))
    target, *others = profiles
    sources = [p for p in others if p.kind == target.kind]
    corrected = any(p.corrected for p in (target, *sources))
    for source in sources:
        corrections.merge(session, target.id, source.id)
    target.corrected = corrected


# --- shared --------------------------------------------------------------------------------

Keyed = TypeVar("Keyed", Organization, Outlet, SpeakerAlias)


def _changed(rows: Iterable[Row[Any]]) -> list[int]:
    """Ids of the rows `(id, name[, short])` with a name or short form not in plain ASCII."""
    return [row_id for row_id, *names in rows if not all((n or "").isascii() for n in names)]


def _rows(session: Session, model: type[Keyed], ids: list[int]) -> list[Keyed]:
    found: list[Keyed] = []
    for start in range(0, len(ids), CHUNK):
        found += session.scalars(select(model).where(model.id.in_(ids[start:start + CHUNK])))
    return sorted(found, key=lambda row: row.id)


def _groups(session: Session, model: type[Keyed], moving: dict[Keyed, str]
            ) -> list[tuple[Keyed, list[Keyed]]]:
    """Per new key, the row that keeps it (the one already holding it, else the first moving
    there) and the rows merged into it."""
    by_key: dict[str, list[Keyed]] = defaultdict(list)
    for row, key in moving.items():
        by_key[key].append(row)
    groups = []
    for key, rows in by_key.items():
        holder = session.scalar(select(model).where(model.key == key))
        if holder is not None and holder not in moving:
            rows = [holder, *rows]
        if len(rows) > 1:
            groups.append((rows[0], rows[1:]))
    return groups


def _delete(session: Session, rows: list[Keyed], moving: dict[Keyed, str]) -> None:
    for row in rows:
        moving.pop(row, None)
        session.delete(row)
    session.flush()


def _write_keys(session: Session, moving: dict[Keyed, str]) -> None:
    """New keys through placeholders, so no row meets a key another is about to leave."""
    for row in moving:
        row.key = PLACEHOLDER.format(row.id)
    session.flush()
    for row, key in moving.items():
        row.key = key
    session.flush()

"""Which stored profile an article's speaker joins: `profiles.identity` decides, this module
fetches its candidates and records the outcome as an alias.

Why retry on IntegrityError: two workers ingesting, at the same moment, articles that quote
the same new speaker both find no profile and both try to create one. The alias key is unique
among claiming aliases, so the second insert waits for the first transaction and then fails;
its savepoint is rolled back and the profile the first worker created is used instead, leaving
one profile (the warehouse/db.py reasoning, applied to speakers).
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from profiles.identity import Candidate, choose_profile, name_key, surname_key
from profiles.models import SpeakerAlias, SpeakerProfile
from profiles.organizations import org_key


def alias_key(name: str, kind: str) -> str:
    """The normalised key an alias is stored and looked up under."""
    return org_key(name) if kind == "organization" else name_key(name)


def claims(key: str, kind: str) -> bool:
    """Full names own their key; a bare surname (`Clinton`) may be several people."""
    return bool(key) and (kind == "organization" or " " in key)


def claimed_profile(session: Session, key: str, kind: str) -> str | None:
    return session.scalar(select(SpeakerAlias.profile_id).where(
        SpeakerAlias.kind == kind, SpeakerAlias.key == key, SpeakerAlias.claims.is_(True)))


def candidates(session: Session, name: str, kind: str) -> list[Candidate]:
    """Profiles with an alias in the same block (surname sound key, or acronym), and those with
    the very same key under the other kind (the engine labels a person an organisation now and
    then; `choose_profile` joins the same full name across that guess)."""
    block = surname_key(name, kind)
    ids = select(SpeakerAlias.profile_id).where(or_(
        and_(SpeakerAlias.kind == kind, SpeakerAlias.block_key == block),
        SpeakerAlias.key == alias_key(name, kind)))
    profiles = session.scalars(
        select(SpeakerProfile).where(SpeakerProfile.id.in_(ids)).order_by(SpeakerProfile.id)
        .options(selectinload(SpeakerProfile.aliases), selectinload(SpeakerProfile.affiliations),
                 selectinload(SpeakerProfile.roles)))
    return [Candidate(id=p.id, name=p.name, kind=p.kind,
                      aliases=tuple(a.name for a in p.aliases),
                      affiliations=tuple(n for pa in p.affiliations
                                         for n in (pa.organization.name, pa.organization.short)
                                         if n),
                      roles=tuple(r.name for r in p.roles))
            for p in profiles]


def resolve(session: Session, name: str, kind: str, affiliations: Sequence[str],
            roles: Sequence[str] = ()) -> str:
    """The id of the profile `name` belongs to, created if none fits; affiliations and roles
    are the evidence a bare surname needs."""
    key = alias_key(name, kind)
    found = claimed_profile(session, key, kind) if claims(key, kind) else None
    if found is not None:
        return found  # the claiming alias is this key's spelling on that profile already
    found = choose_profile(name, kind, affiliations, candidates(session, name, kind), roles)
    if found is None:
        return _create(session, name, kind, key)
    return add_alias(session, str(found), name, kind)


def add_alias(session: Session, profile_id: str, name: str, kind: str) -> str:
    """Record `name` as a spelling of the profile; returns the profile that owns it, which is
    another one only when a concurrent worker claimed the key first."""
    key = alias_key(name, kind)
    exists = session.scalar(select(SpeakerAlias.id).where(SpeakerAlias.profile_id == profile_id,
                                                          SpeakerAlias.key == key))
    if exists is not None or not key:
        return profile_id
    try:
        with session.begin_nested():
            session.add(_alias(profile_id, name, kind, key))
    except IntegrityError:
        return claimed_profile(session, key, kind) or profile_id
    return profile_id


def _alias(profile_id: str, name: str, kind: str, key: str) -> SpeakerAlias:
    return SpeakerAlias(profile_id=profile_id, name=name, kind=kind, key=key,
                        block_key=surname_key(name, kind), claims=claims(key, kind))


def _create(session: Session, name: str, kind: str, key: str) -> str:
    try:
        with session.begin_nested():
            profile = SpeakerProfile(name=name, kind=kind)
            session.add(profile)
            session.flush()
            session.add(_alias(profile.id, name, kind, key))
    except IntegrityError:
        winner = claimed_profile(session, key, kind)
        if winner is None:
            raise
        return winner
    return profile.id

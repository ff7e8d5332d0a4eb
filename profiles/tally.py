"""Per-profile figures derived from the per-article facts, recomputed for the profiles an ingest,
a deletion or a merge touched.

Recomputing from the facts (rather than adding and subtracting) makes re-ingesting idempotent
by construction. Profiles are locked in id order first (`SELECT ... FOR NO KEY UPDATE` on
PostgreSQL; SQLite's writer lock already serialises) so that two workers updating one profile
count each other's committed quotes instead of overwriting each other with stale totals.

Why NO KEY UPDATE and not FOR UPDATE: inserting a quote that references a profile takes a KEY
SHARE lock on the profile row (the foreign-key check). Two ingests quoting the same speaker
both hold that lock by the time they tally; FOR UPDATE would make each wait for the other (a
deadlock), while NO KEY UPDATE is compatible with KEY SHARE and still serialises the tallies.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from profiles.identity import name_key
from profiles.models import (
    Article,
    ArticleSpeaker,
    ArticleSpeakerAffiliation,
    ArticleSpeakerRole,
    ProfileAffiliation,
    ProfileOutlet,
    ProfileRole,
    Quote,
    SpeakerProfile,
)


def refresh(session: Session, profile_ids: Iterable[str | None]) -> None:
    """Recount the profiles; one left with no quote disappears unless an editor corrected it."""
    session.flush()
    for profile_id in sorted({p for p in profile_ids if p}):
        profile = session.scalar(select(SpeakerProfile).where(SpeakerProfile.id == profile_id)
                                 .with_for_update(key_share=True)
                                 .execution_options(populate_existing=True))
        if profile is not None:
            _refresh_one(session, profile)


def _refresh_one(session: Session, profile: SpeakerProfile) -> None:
    count, articles, first, last = session.execute(
        select(func.count(Quote.id), func.count(func.distinct(Quote.article_id)),
               func.min(Quote.dated_at), func.max(Quote.dated_at))
        .where(Quote.profile_id == profile.id)).one()
    if count == 0 and not profile.corrected:
        try:
            with session.begin_nested():
                session.delete(profile)
        except IntegrityError:
            # A concurrent ingest committed quotes for this profile after we counted: keep it,
            # and count again now that they are visible.
            session.refresh(profile)
            _refresh_one(session, profile)
        return
    profile.quote_count, profile.article_count = count, articles
    profile.first_quoted, profile.last_quoted = first, last
    if not profile.name_locked:
        profile.name = _usual_name(session, profile) or profile.name
    _recount(session, profile.id)
    session.expire(profile, ["roles", "affiliations"])


def _usual_name(session: Session, profile: SpeakerProfile) -> str | None:
    """The spelling most articles use; ties go to the name without titles (`Donald Trump` over
    `President Donald Trump`), then the fuller name, then the longer spelling."""
    names = Counter(session.scalars(
        select(ArticleSpeaker.name).where(ArticleSpeaker.profile_id == profile.id)
        .order_by(ArticleSpeaker.id)))
    names.pop(None, None)
    if not names:
        return None
    def preference(name: str) -> tuple[int, int, int, int]:
        words = len(name_key(name).split())
        return names[name], words - len(name.split()), words, len(name)

    return max(names, key=preference)


def _recount(session: Session, profile_id: str) -> None:
    """Roles, affiliations and outlets: in how many articles, first and last seen by article
    date."""
    for derived in (ProfileRole, ProfileAffiliation, ProfileOutlet):
        session.execute(delete(derived).where(derived.profile_id == profile_id))
    facts = (select(ArticleSpeaker.id, ArticleSpeaker.article_id, Article.dated_at,
                    Article.outlet_id)
             .join(Article, Article.id == ArticleSpeaker.article_id)
             .where(ArticleSpeaker.profile_id == profile_id).subquery())
    seen = (func.count(func.distinct(facts.c.article_id)), func.min(facts.c.dated_at),
            func.max(facts.c.dated_at))
    _recount_roles(session, profile_id, facts, seen)
    session.execute(insert(ProfileAffiliation).from_select(
        ["profile_id", "organization_id", "count", "first_seen", "last_seen"],
        select(literal(profile_id), ArticleSpeakerAffiliation.organization_id, *seen)
        .join(facts, facts.c.id == ArticleSpeakerAffiliation.article_speaker_id)
        .group_by(ArticleSpeakerAffiliation.organization_id)))
    session.execute(insert(ProfileOutlet).from_select(
        ["profile_id", "outlet_id", "count", "first_seen", "last_seen"],
        select(literal(profile_id), facts.c.outlet_id, *seen)
        .where(facts.c.outlet_id.is_not(None)).group_by(facts.c.outlet_id)))


def _recount_roles(session: Session, profile_id: str, facts: Any, seen: tuple[Any, ...]) -> None:
    """One row per job (`nlp.lexicon.jobs`), counted over articles whichever word they used, with
    each word's own article count: two small grouped queries, whatever the profile's size."""
    role = ArticleSpeakerRole
    joined = facts.c.id == role.article_speaker_id
    words: dict[str, list[list[Any]]] = {}
    for job, name, count in session.execute(
            select(role.job, role.name, func.count(func.distinct(facts.c.article_id)))
            .join(facts, joined).group_by(role.job, role.name)):
        words.setdefault(job, []).append([name, count])
    rows = [{"profile_id": profile_id, "name": job, "count": count, "first_seen": first,
             "last_seen": last, "variants": sorted(words[job], key=lambda w: (-w[1], w[0]))}
            for job, count, first, last in session.execute(
                select(role.job, *seen).join(facts, joined).group_by(role.job))]
    if rows:
        session.execute(insert(ProfileRole), rows)

"""Editorial corrections: merge one profile into another, set a canonical name or external ids.

Corrections live in the identity data itself (aliases move with a merge, an edited name is
locked, corrected profiles are never garbage-collected), so re-ingesting any article lands its
speakers on the corrected profile again.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from profiles import speaker_identity, tally
from profiles.errors import InvalidCorrection, SpeakerNotFound
from profiles.models import ArticleSpeaker, ProfileRedirect, Quote, SpeakerAlias, SpeakerProfile
from profiles.speakers import SpeakerRecord, canonical_id, get_speaker

WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]{0,18}(?!\n)$")
"""At most 20 characters, the column's width (issue 13: a longer one was a 500 on PostgreSQL);
Wikidata's item ids have 9 digits today. `(?!\n)`: Python's `$` also matches before a final
newline, which `Q42\n` would pass; the pattern means the same in the spec's ECMA dialect."""
UNSET: Any = object()


MAX_EXTERNAL_IDS = 20
"""Bound on a profile's `external_ids`, kept after merges too (issue 13: they grew to 9 MB)."""
MAX_EXTERNAL_ID_NAME = 40
"""Names (`viaf`, `isni`...) are short; checked here because OpenAPI 3.0 cannot state it."""


def _locked(session: Session, speaker_id: str) -> SpeakerProfile:
    profile = session.scalar(select(SpeakerProfile).where(
        SpeakerProfile.id == canonical_id(session, speaker_id)).with_for_update())
    if profile is None:
        raise SpeakerNotFound(speaker_id)
    return profile


def merge(session: Session, target_id: str, source_id: str) -> SpeakerRecord:
    """Move everything of `source_id` onto `target_id`; the source id then redirects."""
    first, second = sorted([target_id, source_id])  # lock in id order, as tally does
    locked = {p: _locked(session, p) for p in (first, second)}
    target, source = locked[target_id], locked[source_id]
    if target.id == source.id:
        raise InvalidCorrection("A profile cannot be merged into itself.")
    if target.kind != source.kind:
        raise InvalidCorrection(f"Cannot merge a {source.kind} into a {target.kind}.")
    target_keys = set(session.scalars(select(SpeakerAlias.key)
                                      .where(SpeakerAlias.profile_id == target.id)))
    session.execute(delete(SpeakerAlias).where(SpeakerAlias.profile_id == source.id,
                                               SpeakerAlias.key.in_(target_keys)))
    for model in (SpeakerAlias, ArticleSpeaker, Quote):
        session.execute(update(model).where(model.profile_id == source.id)
                        .values(profile_id=target.id))
    session.execute(update(ProfileRedirect).where(ProfileRedirect.profile_id == source.id)
                    .values(profile_id=target.id))
    session.add(ProfileRedirect(old_id=source.id, profile_id=target.id))
    target.corrected = True
    session.flush()
    session.delete(source)
    tally.refresh(session, [target.id])
    return get_speaker(session, target.id)


def patch(session: Session, speaker_id: str, *, name: str = UNSET, wikidata_id: str | None = UNSET,
          external_ids: dict[str, str] = UNSET) -> SpeakerRecord:
    """Set the canonical name (kept from then on, and recorded as an alias) or external ids."""
    profile = _locked(session, speaker_id)
    if name is not UNSET:
        name = " ".join(name.split())
        if not name:
            raise InvalidCorrection("The name cannot be empty.")
        profile.name, profile.name_locked = name, True
        speaker_identity.add_alias(session, profile.id, name, profile.kind)
    if wikidata_id is not UNSET:
        if wikidata_id is not None and not WIKIDATA_ID.match(wikidata_id):
            raise InvalidCorrection(f"{wikidata_id!r} is not a Wikidata id (Q, 1-19 digits).")
        profile.wikidata_id = wikidata_id
    if external_ids is not UNSET:
        if any(not 0 < len(k) <= MAX_EXTERNAL_ID_NAME for k in external_ids):
            raise InvalidCorrection(f"External id names have 1 to {MAX_EXTERNAL_ID_NAME} "
                                    "characters.")
        profile.external_ids = {**(profile.external_ids or {}), **external_ids}
        profile.external_ids = {k: v for k, v in profile.external_ids.items() if v is not None}
        if len(profile.external_ids) > MAX_EXTERNAL_IDS:
            raise InvalidCorrection(f"A profile keeps at most {MAX_EXTERNAL_IDS} external ids.")
    profile.corrected = True
    session.flush()
    return get_speaker(session, profile.id)

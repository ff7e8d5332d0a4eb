"""Who a mention is across articles: name keys and the decision to join an existing profile.

Pure functions, no database: the store fetches candidate profiles (their aliases with the same
`name_key` of any kind, and those with the same `surname_key(name, kind)`, an indexed column)
and asks `choose_profile` which one, if any, a new mention belongs to. Joining wrongly
merges two people for good (every later quote lands on the wrong profile), so the rules prefer
a new profile when in doubt: an editor can merge two profiles, splitting one is far harder.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nlp.lexicon.jobs import job_key
from nlp.text.names import key_words, name_key, same_person, skeleton
from profiles.organizations import org_acronym, same_organization


@dataclass(frozen=True)
class Candidate:
    """An existing profile as the identity rules see it."""

    id: object
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    affiliations: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


def surname_key(name: str, kind: str = "person") -> str:
    """Indexed lookup key for candidate profiles: the surname's sound key for people, the
    acronym for organisations (so `SDF` finds `Syrian Democratic Forces`)."""
    if kind == "organization":
        return org_acronym(name, None)
    words = key_words(name)
    return skeleton(words[-1]) if words else ""


def choose_profile(name: str | None, kind: str, affiliations: Iterable[str],
                   candidates: Sequence[Candidate], roles: Iterable[str] = ()) -> object | None:
    """The id of the profile this mention joins, or None for a new profile.

    Order: the same key (any alias), whatever kind the engine guessed (it labels a person an
    organisation now and then, and the same full name is stronger evidence than that guess);
    then, within the kind, for organisations the same organisation, for people a near spelling
    of a full name, and a bare surname only through an affiliation or a role they share. When two
    profiles fit equally, none is chosen.
    """
    if not name or kind == "unnamed":
        return None
    words = key_words(name)
    if not words:
        return None
    exact = [c for c in candidates if any(key_words(n) == words for n in _names(c))]
    if exact:
        same_kind = [c for c in exact if c.kind == kind]
        return (same_kind or exact)[0].id
    pool = [c for c in candidates if (c.kind == "organization") == (kind == "organization")]
    if kind == "organization":
        return _single(c.id for c in pool
                       if any(same_organization(name, None, n, None) for n in _names(c)))
    if len(words) == 1:
        return _by_surname(words[0], tuple(affiliations), tuple(roles), pool)
    return _single(c.id for c in pool if any(same_person(words, key_words(n)) for n in _names(c)))


def _names(candidate: Candidate) -> tuple[str, ...]:
    return (candidate.name, *candidate.aliases)


def _single(ids: Iterable[object]) -> object | None:
    """The only id, or None when none or several compete."""
    found = list(dict.fromkeys(ids))
    return found[0] if len(found) == 1 else None


def _by_surname(surname: str, affiliations: tuple[str, ...], roles: tuple[str, ...],
                pool: Sequence[Candidate]) -> object | None:
    """A bare surname joins the one profile with that surname and a shared affiliation or role:
    the engine already resolved surnames within the article, so a surname alone means the
    article never named the person in full, and `Clinton` may be Bill or Hillary."""
    role_keys = {name_key(job_key(r)) for r in roles} - {""}
    fits = [c for c in pool
            if any(key_words(n)[-1:] == [surname] for n in _names(c))
            and (any(same_organization(a, None, b, None)
                     for a in affiliations for b in c.affiliations)
                 or role_keys & {name_key(job_key(r)) for r in c.roles})]
    return _single(c.id for c in fits)

"""Who a mention is across articles: name keys and the decision to join an existing profile.

Pure functions, no database: the store fetches candidate profiles (their aliases with the same
`name_key` of any kind, and those with the same `surname_key(name, kind)`, an indexed column)
and asks `choose_profile` which one, if any, a new mention belongs to. Joining wrongly
merges two people for good (every later quote lands on the wrong profile), so the rules prefer
a new profile when in doubt: an editor can merge two profiles, splitting one is far harder.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein, Indel

from nlp.lexicon.names import (
    ARABIC_ARTICLES,
    DEPARTMENTS,
    JOINED_PARTICLES,
    LEADING_PARTICLES,
    NAME_SUFFIXES,
    STORE_TITLES,
    TITLE_PHRASE_WORDS,
)
from nlp.text.folding import fold
from profiles.organizations import org_acronym, same_organization

FUZZY_SURNAME_MIN = 5
"""Surnames shorter than this must match exactly: one edit in `Cruz` or `Reid` is a new name."""

FUZZY_SURNAME_SIMILARITY = 0.85
"""Indel similarity a misspelt surname must reach (`Callimachi`/`Calimachi` 0.95)."""


@dataclass(frozen=True)
class Candidate:
    """An existing profile as the identity rules see it."""

    id: object
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    affiliations: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


def _words(name: str) -> list[str]:
    """The name's words: folded, titles, possessives and particles normalised."""
    text = re.sub(r"'s\b", "", fold(name))
    text = text.replace("'", "").replace(".", ". ")
    raw = [w for w in re.split(r"[\s,;:()\"]+", text) if w.strip(".-")]
    words: list[str] = []
    for i, token in enumerate(raw):
        head, _, rest = token.partition("-")
        if rest and head in ARABIC_ARTICLES:
            token = rest
        elif token in ARABIC_ARTICLES and 0 < i < len(raw) - 1:
            continue
        words.extend(w.strip(".") for w in token.split("-") if w.strip("."))
    words = _drop_titles(words)
    glued: list[str] = []
    for word in words:
        if glued and glued[-1] in (JOINED_PARTICLES if len(glued) > 1 else LEADING_PARTICLES):
            glued[-1] += word
        else:
            glued.append(word)
    return glued


def _drop_titles(words: list[str]) -> list[str]:
    """Strip leading titles (`President`, `Sen.`, `Secretary of State`, `Senate Minority
    Leader`) and trailing generational suffixes, dropped as the reference scorer drops them,
    since outlets add and omit them freely (`Martin Luther King Jr.`). The known cost: `Donald
    Trump Jr.` shares his father's key; an editor keeps them apart with a corrected profile
    name. The word lists are the store's part of `nlp/lexicon/names.py`."""
    start = 0
    while len(words) - start > 1:
        if words[start] in STORE_TITLES \
                or words[start] in TITLE_PHRASE_WORDS and len(words) - start > 2:
            start += 1
        elif words[start] == "of" and start and len(words) - start > 2 \
                and words[start + 1] in DEPARTMENTS:
            start += 2
        else:
            break
    words = words[start:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return words


def name_key(name: str) -> str:
    """Key shared by the spellings of one name: case, diacritics, hyphens, particles, titles,
    suffixes (`President Donald J. Trump Jr.` -> `donald j trump`)."""
    return " ".join(_words(name))


def skeleton(word: str) -> str:
    """A crude sound key: first letter, then consonants with doubles collapsed, `ph` as `f`.
    Spellings that differ in vowels or doubled letters (`Callimachi`/`Calimachi`,
    `Mohammed`/`Muhammad`) share it, so it serves as the indexed column for fuzzy candidates."""
    word = re.sub(r"[^a-z]", "", word.replace("ph", "f"))
    if not word:
        return ""
    rest = re.sub(r"[aeiouyhw]", "", word[1:])
    out = word[0]
    for c in rest:
        if c != out[-1]:
            out += c
    return out


def surname_key(name: str, kind: str = "person") -> str:
    """Indexed lookup key for candidate profiles: the surname's sound key for people, the
    acronym for organisations (so `SDF` finds `Syrian Democratic Forces`)."""
    if kind == "organization":
        return org_acronym(name, None)
    words = _words(name)
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
    words = _words(name)
    if not words:
        return None
    exact = [c for c in candidates if any(_words(n) == words for n in _names(c))]
    if exact:
        same_kind = [c for c in exact if c.kind == kind]
        return (same_kind or exact)[0].id
    pool = [c for c in candidates if (c.kind == "organization") == (kind == "organization")]
    if kind == "organization":
        return _single(c.id for c in pool
                       if any(same_organization(name, None, n, None) for n in _names(c)))
    if len(words) == 1:
        return _by_surname(words[0], tuple(affiliations), tuple(roles), pool)
    return _single(c.id for c in pool if any(_same_person(words, _words(n)) for n in _names(c)))


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
    role_keys = {name_key(r) for r in roles} - {""}
    fits = [c for c in pool
            if any(_words(n)[-1:] == [surname] for n in _names(c))
            and (any(same_organization(a, None, b, None)
                     for a in affiliations for b in c.affiliations)
                 or role_keys & {name_key(r) for r in c.roles})]
    return _single(c.id for c in fits)


def _same_person(a: list[str], b: list[str]) -> bool:
    """Whether two multi-word person names are spellings of one name.

    Guard rails: both have a first name; middle names do not conflict; and either the surnames
    are equal and the first names agree (equal, an initial, or a transliteration such as
    `Mustafa`/`Mustapha`), or the first names are equal and the surnames one slip apart.
    """
    if len(a) < 2 or len(b) < 2:
        return False
    if not _first_names_agree(a[0], b[0]) or not _middles_agree(a[1:-1], b[1:-1]):
        return False
    if a[-1] == b[-1]:
        return True
    return a[0] == b[0] and _surnames_close(a[-1], b[-1])


def _first_names_agree(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return (min(len(x), len(y)) >= 4 and skeleton(x) == skeleton(y)
            and (x[-1] in "aeiouy") == (y[-1] in "aeiouy")
            and Indel.normalized_similarity(x, y) >= 0.75)


def _middles_agree(x: list[str], y: list[str]) -> bool:
    """Middle names may be missing on one side (`Hillary Rodham Clinton`), never different
    (`George W. Bush` and `George H. W. Bush`)."""
    if not x or not y:
        return True
    if len(x) != len(y):
        return False
    return all(p == q or (min(len(p), len(q)) == 1 and p[0] == q[0]) for p, q in zip(x, y))


def _surnames_close(x: str, y: str) -> bool:
    """One misspelling: the same first letter, a high similarity, and one edit up to 8 letters
    (a vowel or doubled-letter slip: the sound key must agree) or two edits beyond
    (`Callimachi`/`Calimachi`). Short surnames (`Cruz`, `Reid`) must be equal."""
    if min(len(x), len(y)) < FUZZY_SURNAME_MIN or x[0] != y[0]:
        return False
    distance = DamerauLevenshtein.distance(x, y)
    limit = 1 if max(len(x), len(y)) <= 8 else 2
    if distance > limit or Indel.normalized_similarity(x, y) < FUZZY_SURNAME_SIMILARITY:
        return False
    return max(len(x), len(y)) > 8 or skeleton(x) == skeleton(y)

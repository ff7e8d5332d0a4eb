"""One organisation under its many names: `SDF`, `Syrian Democratic Forces` and `the
Kurdish-led Syrian Democratic Forces` are one body, shown by its full name with its short form.

Used for speaker organisations and for the affiliations a profile collects across articles.
Inside one article `nlp/descriptors/affiliations.py` already cleans names and ties acronyms to
expansions; this module compares the resulting strings across articles, with the same acronym test
and modifier list.

An acronym alone names a body only through a full name it abbreviates; two different full
names sharing an acronym (`Republican National Committee`, `Republican National Convention`)
stay two bodies.
"""
from __future__ import annotations

import re

from nlp.lexicon.bodies import FUNCTION_WORDS, ORG_MODIFIER_SUFFIXES
from nlp.records.results import Affiliation
from nlp.text.acronyms import is_acronym
from nlp.text.folding import fold


def clean_org_name(name: str) -> str:
    """The name without a leading `the`, descriptive modifiers or a possessive, case kept."""
    tokens = name.strip().split()
    kept = [t for t in tokens if not fold(t).rstrip(",").endswith(ORG_MODIFIER_SUFFIXES)]
    while len(kept) > 1 and fold(kept[0]) == "the":
        kept = kept[1:]
    text = " ".join(kept)
    return re.sub(r"['\u2019]s?$", "", text).strip(" ,;:")


def org_words(name: str) -> list[str]:
    """Folded words of the cleaned name; `U.S.` becomes `us`. Words are split at what is not
    a letter, digit or `&`, so a letter the folding leaves as it is (`Ħ`, Cyrillic) stays in
    the word instead of splitting it (`Ħamrun` is not `amrun`)."""
    text = fold(clean_org_name(name))
    text = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    return [w for w in re.split(r"[^\w&]+|_", text) if w]


def _plain_acronym(text: str) -> str:
    """`U.N.` -> `un`, folded like full names so `ØVP` meets `OVP` as `Øresund` meets `Oresund`."""
    return fold(text.replace(".", ""))


def _initials(words: list[str], skip_function_words: bool) -> str:
    return "".join(w[0] for w in words if not (skip_function_words and w in FUNCTION_WORDS))


def org_key(name: str, short: str | None = None) -> str:
    """Exact key of an organisation: its folded full name, or its acronym when that is all
    the text gives (`SDF` -> `sdf`). `short` fills in only when the name is empty."""
    if is_acronym(name):
        return _plain_acronym(name)
    words = org_words(name)
    if not words and short:
        return _plain_acronym(short)
    return " ".join(words)


def org_acronym(name: str, short: str | None = None) -> str:
    """Blocking key shared by a body's full name and acronym: the short form if known, the
    name if it is an acronym, else the initials of its content words (a single word as is)."""
    if short:
        return _plain_acronym(short)
    if is_acronym(name):
        return _plain_acronym(name)
    words = org_words(name)
    if len(words) == 1:
        return words[0]
    return _initials(words, skip_function_words=True)


def same_organization(a: str, a_short: str | None, b: str, b_short: str | None) -> bool:
    """Whether two names (each with its short form, if the article gave one) are one body."""
    if not a or not b:
        return False
    a_full, b_full = not is_acronym(a), not is_acronym(b)
    if org_key(a) == org_key(b):
        return True
    if a_full and b_full:
        return False
    if not a_full and not b_full:
        return False
    acronym, (full, full_short) = (a, (b, b_short)) if not a_full else (b, (a, a_short))
    acronym = _plain_acronym(acronym)
    if full_short:
        return acronym == _plain_acronym(full_short)
    words = org_words(full)
    return len(words) > 1 and acronym in (_initials(words, True), _initials(words, False))


def canonical_organization(name: str, short: str | None = None) -> Affiliation:
    """The display form: cleaned full name and its short form (`SDF` alone is both)."""
    cleaned = clean_org_name(name)
    if is_acronym(cleaned):
        return Affiliation(cleaned, short or cleaned)
    return Affiliation(cleaned, short)


def merge_organizations(known: Affiliation, other: Affiliation) -> Affiliation:
    """Two forms of one body as one: the fuller name (an acronym yields to any full name,
    otherwise the longer wins) and the first short form known."""
    def fullness(a: Affiliation) -> tuple[bool, int]:
        return (not is_acronym(a.name), len(org_words(a.name)))

    name = max(known, other, key=fullness).name
    return Affiliation(name, known.short or other.short)

"""When two names are one: the engine's rule within an article, beside the store's across
articles (`profiles/identity.py`), both on folded words (`nlp/text/folding.py`).

Within an article, newswire introduces a person in full and then shortens the name: a mention
`refers_to` a fuller name with the same last word and, when the mention has two words or more,
the same first word (`Pompeo`, `Mike Pompeo`; `Hillary Clinton`, `Hillary Rodham Clinton`), or
that ends with the mention (`Le Pen`, `Marine Le Pen`: `ends_name`). Across articles a name alone
is weaker evidence, so the store asks more (middle names that agree, and a surname alone joins
nothing without a shared affiliation) and forgives spelling slips: a `name_key` shared by the
spellings of one name (titles, suffixes and particles normalised), and `same_person` for two
spellings of a full name one slip apart; `profiles/identity.py` decides with them which profile
a mention joins.
"""
from __future__ import annotations

import re

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

Words = tuple[str, ...]


def refers_to(short: Words, full: Words) -> bool:
    """Whether `short` can be a shortened mention of `full` (see the module docstring)."""
    return bool(short) and len(full) >= len(short) and full[-1] == short[-1] and (
        len(short) == 1 or full[0] == short[0])


def same_name(a: Words, b: Words) -> bool:
    """Whether one of two names can be a mention of the other."""
    return refers_to(a, b) or refers_to(b, a)


def ends_name(short: Words, full: Words) -> bool:
    """`Le Pen` of `Marine Le Pen`: the last words of `full` are `short`."""
    return len(full) >= len(short) and full[-len(short):] == short


class NameLookup:
    """Keys by name, to ask which is the first whose name a mention can be (`same_name`) without
    trying them all: such names share the last word, and the first word too unless one of them
    is a lone surname. So an article of thousands of people costs as many lookups, not their
    square."""

    def __init__(self, named: list[tuple[Words, str]]) -> None:
        self._index: dict[tuple[str, ...], list[tuple[int, Words, str]]] = {}
        for rank, (name, key) in enumerate(named):
            if name:
                shape = ("ends", name[0], name[-1]) if len(name) > 1 else ("single", name[0])
                for k in (("last", name[-1]), shape):
                    self._index.setdefault(k, []).append((rank, name, key))

    def first(self, words: Words) -> str | None:
        """The key of the first name `words` can be a form of, or of which it is one."""
        if not words:
            return None
        keys = [("last", words[0])] if len(words) == 1 else \
            [("ends", words[0], words[-1]), ("single", words[-1])]
        firsts = [next(((rank, key) for rank, name, key in self._index.get(k, ())
                        if same_name(name, words)), None) for k in keys]
        found = [f for f in firsts if f is not None]
        return min(found)[1] if found else None


# --- across articles: the store's name keys ------------------------------------------------

FUZZY_SURNAME_MIN = 5
"""Surnames shorter than this must match exactly: one edit in `Cruz` or `Reid` is a new name."""

FUZZY_SURNAME_SIMILARITY = 0.85
"""Indel similarity a misspelt surname must reach (`Callimachi`/`Calimachi` 0.95)."""


def key_words(name: str) -> list[str]:
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
    return " ".join(key_words(name))


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


def same_person(a: list[str], b: list[str]) -> bool:
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

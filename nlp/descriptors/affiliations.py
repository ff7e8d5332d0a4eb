"""Organisation names as a speaker's affiliation: cleaned, tied to their acronyms, both forms kept.

An article names one body several ways: `the Kurdish-led Syrian Democratic Forces (SDF)`, then
`the SDF`, then `SDF spokesman`. Profiles across articles only merge if each comes out the same,
so a name loses its article, possessive and descriptive modifiers (`Kurdish-led`, `leading`),
an acronym is expanded from the article's own `Full Name (ACR)` pairs or, failing that, from an
organisation whose initials spell it, and both forms are returned. Party words and party tags
(`Republican`, `R-Texas`) become the party's name; nationality adjectives before a government
title (`French President`) become the country; AP state abbreviations become the state. A
common noun after `the` recalls the body just named (`the party's nominee` -> the party named last
in the sentence or the two before, `an adviser to the group` -> the organisation named last).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from nlp.descriptors.window import window_start
from nlp.lexicon import active
from nlp.rules import NOTHING, Nothing, first
from nlp.text.acronyms import initials, is_acronym

Affiliation = tuple[str, str | None]
"""(full name, short form or None)."""
GLUED = re.compile(r"Images[A-Z]|\d:\d")
"""Scraped captions and timestamps glued to names (`Getty ImagesRepublican`, `10:14PM`)."""


def party(word: str) -> tuple[str, str | None] | None:
    """The party a word names (`Republican`, `GOP`, `Tories`), with its short form; `Labour`
    and `Conservative` only capitalised (`a conservative judge` names no party)."""
    lex = active()
    key = word.lower().rstrip(".")
    if key in lex.capitalised_party_words and not word[:1].isupper():
        return None
    return lex.parties.get(key)


def state(abbreviation: str) -> str | None:
    """The US state an AP abbreviation stands for (`Nev.` -> Nevada), or a full state name."""
    lex = active()
    key = abbreviation.lower().rstrip(".").replace("-", ".")
    if key in lex.us_states:
        return lex.us_states[key]
    name = abbreviation.rstrip(".")
    return name if name in lex.us_states.values() or name in lex.unabbreviated_states else None


def _trimmed(span: Span) -> Span | None:
    """The span without its article, possessive ending, punctuation, line breaks and
    descriptive modifiers."""
    lex = active()
    tokens = list(span)
    cut = 0
    for i, tok in enumerate(tokens[:-1]):
        if tok.text in ("-", "–") and ("-" + tokens[i + 1].lower_) in lex.org_modifier_suffixes:
            cut = i + 2
        elif "-" in tok.text and tok.lower_.endswith(lex.org_modifier_suffixes):
            cut = i + 1
    tokens = tokens[cut:]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].is_lower
                      or tokens[0].lower_ == "the" or tokens[0].like_num):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].is_lower
                      and tokens[-1].lower_ not in lex.name_ending_bodies
                      or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return span.doc[tokens[0].i:tokens[-1].i + 1]


def _in_title(ent: Span) -> bool:
    """`State` in `secretary of State`: a role's complement, not a body named on its own."""
    lex = active()
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and \
        doc[ent.start - 2].lower_ in lex.role_nouns


def _party_word(doc: Doc, i: int) -> tuple[str, str | None] | None:
    """The party a capitalised word or a party-tag letter (`(D-Md.)`, `R-Texas`) names."""
    lex = active()
    tok = doc[i]
    if tok.text in ("D", "R") and i + 1 < len(doc) and doc[i + 1].text in ("-", "–", ")", ","):
        return party(lex.party_letters[tok.lower_])
    return party(tok.text) if tok.text[:1].isupper() else None


def _people(doc: Doc, ents: list[Span]) -> set[str]:
    """The article's people's names (full, and last words of full names). A one-word name counts
    only when the tagger calls it a person more often than it leaves it untagged or calls it an
    organisation: a firm named once as a person (`He said Energis also ...`) stays a firm where it
    is the body someone works at (`security expert at Energis`)."""
    people: set[str] = set()
    single: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        if len(ent) > 1:
            people.update((ent.text.lower(), ent[-1].lower_))
        else:
            single[ent.text.lower()] += 1
    if single:
        other = Counter(t.lower_ for t in doc if t.lower_ in single and t.ent_type_ != "PERSON"
                        and (t.ent_type_ == "ORG" or not t.ent_type_ and t.pos_ == "PROPN"))
        people.update(w for w, n in single.items() if w in people or n > other[w])
    return people


def _lone_adjective(tok: Token) -> bool:
    """`National` alone names no body; a club the tagger made an adjective but an organisation
    all the same (`the Arsenal striker`) does."""
    return tok.pos_ == "ADJ" and tok.ent_type_ != "ORG"


class Organizations:
    """The article's organisation names and acronym pairs, read once per Doc, and its people's
    names, which the tagger sometimes labels as organisations (`an adviser to Trump`)."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        """The article text, built once (`Doc.text` joins every token on each access)."""
        self.ents = list(doc.ents)
        """The tagger's entities, listed once (`Doc.ents` builds new spans on each access)."""
        self.expansions: dict[str, str] = {}
        self.names: list[str] = []
        self.acronyms: set[str] = set()
        """The acronyms the article tags as organisations (`The SDF took the town`)."""
        self.people = _people(doc, self.ents)
        for ent in self.ents:
            if ent.label_ == "ORG":
                span = _trimmed(ent)
                if span is not None and not is_acronym(span.text):
                    self.names.append(span.text)
                elif span is not None:
                    self.acronyms.add(span.text.replace(".", ""))
        for found in re.finditer(r"\(", self.text):
            paren = doc.char_span(found.start(), found.end())
            if paren is not None and paren.start + 2 < len(doc) and \
                    doc[paren.start + 2].text == ")":
                self._pair(doc, paren[0])

    @cached_property
    def speaks_of_candidates(self) -> bool:
        """Whether the article speaks of people running for office (`candidacy_words`), so a
        named person's staff work for a campaign: read once per article, when first asked."""
        words = "|".join(sorted(active().candidacy_words))
        return re.search(rf"\b(?:{words})\b", self.text, re.IGNORECASE) is not None

    def _pair(self, doc: Doc, paren: Token) -> None:
        """`Full Name (ACR)` or `ACR (Full Name)` right before the bracket."""
        inner = doc[paren.i + 1]
        before = doc[paren.i - 1] if paren.i > 0 else None
        if before is None:
            return
        if is_acronym(inner.text) and before.ent_type_ == "ORG":
            start = before.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            full = _trimmed(doc[start:before.i + 1])
            if full is not None and not is_acronym(full.text):
                self.expansions.setdefault(inner.text.replace(".", ""), full.text)

    def resolve(self, name: str) -> tuple[str, str | None]:
        """(fullest name, short form or None) for a cleaned organisation name: a full name takes
        the acronym its initials spell where the article uses one."""
        if is_acronym(name):
            key = name.replace(".", "")
            full = self.expansions.get(key)
            if full is None:
                fits = {n for n in self.names if initials(n) == key and len(n.split()) >= 2}
                full = fits.pop() if len(fits) == 1 else None
            return (full, name) if full else (name, None)
        for short, full in self.expansions.items():
            if full.lower() == name.lower():
                return full, short
        spelt = initials(name)
        if len(name.split()) >= 2 and spelt in self.acronyms:
            return name, spelt
        return name, None

    def affiliation(self, span: Span) -> tuple[str, str | None] | None:
        """The organisation, party, country or state a span names, or None: the answer of the
        first of `AFFILIATION_RULES` that applies."""
        words = [t for t in span if not t.is_punct and t.lower_ != "the" and t.tag_ != "POS"]
        if not words:
            return None
        return first(AFFILIATION_RULES, _Named(self, span, words), "affiliation")[0]

    def organization_text(self, span: Span) -> str | None:
        """The cleaned name of the body a span names (`_trimmed`), or None for a person's name
        (unless a campaign, an administration or a foundation), scraped junk or a word that names
        no body on its own (`the Party`, `National`)."""
        lex = active()
        trimmed = _trimmed(span)
        if trimmed is None or any(t.ent_type_ == "PERSON" for t in trimmed) and \
                trimmed[-1].lower_ not in lex.person_named_bodies:
            return None
        if any(GLUED.search(t.text) for t in trimmed) or len(trimmed) == 1 and (
                trimmed[0].lower_ in lex.generic_body_words or _lone_adjective(trimmed[0])):
            return None
        text = trimmed.text.replace("'s ", " ").replace("’s ", " ")
        return None if text.lower() in self.people else text

    def recalled(self, noun: Token) -> tuple[str, str | None] | None:
        """The body a common noun recalls (`the party`, `the committee`): the party word (for
        `party`) or organisation named last before it, in its sentence or the two before, one
        named with that noun first (`the Senate Judiciary Committee`)."""
        doc = noun.doc
        start = window_start(noun)
        if noun.lower_ == "party":
            for i in range(noun.i - 1, start - 1, -1):
                found = _party_word(doc, i)
                if found:
                    return found
            return None
        names = [span for span in (_trimmed(e) for e in self.ents if e.label_ == "ORG"
                                   and start <= e.start and e.end <= noun.i and not _in_title(e))
                 if span is not None and span.text.lower() not in self.people]
        named = [span for span in names if span[-1].lower_ == noun.lower_] or names
        return self.resolve(named[-1].text) if named else None


@dataclass
class _Named:
    """A span read as an affiliation: its words without articles, marks and possessives."""

    orgs: Organizations
    span: Span
    words: list[Token]

    @property
    def single(self) -> bool:
        return len(self.words) == 1


def recalled_body(n: _Named) -> Affiliation | Nothing | None:
    """`the party`, `the group`: the body it recalls (`Organizations.recalled`)."""
    word = n.words[0]
    if n.single and word.is_lower and word.lower_ in active().recalled_bodies:
        return n.orgs.recalled(word) or NOTHING
    return None


def party_name(n: _Named) -> Affiliation | None:
    """`Republican`, `GOP`, `Democrats`: a party word alone, words that all name parties, or a
    two-word party name (`Liberal Democrats`)."""
    if n.single or all(party(t.text) for t in n.words):
        return party(n.words[-1].text)
    return party(" ".join(t.text for t in n.words)) if len(n.words) == 2 else None


def demonym(n: _Named) -> Affiliation | None:
    """`French` before a government title: the country."""
    demonyms = active().demonyms
    if n.single and n.words[0].lower_ in demonyms:
        return demonyms[n.words[0].lower_], None
    return None


def us_state(n: _Named) -> Affiliation | None:
    """`Nev.`, `Ohio`: the state."""
    place = state(n.words[0].text) if n.single else None
    return (place, None) if place else None


def nationality(n: _Named) -> Nothing | None:
    """`Kurdish`, `Syrian` alone name no body."""
    demonyms = active().demonyms
    if all(t.ent_type_ == "NORP" or t.lower_ in demonyms for t in n.words):
        return NOTHING
    return None


def organization(n: _Named) -> Affiliation | Nothing:
    """A body's name, tied to its acronym (`Organizations.resolve`)."""
    text = n.orgs.organization_text(n.span)
    return NOTHING if text is None else n.orgs.resolve(text)


AFFILIATION_RULES: tuple[Callable[[_Named], Affiliation | Nothing | None], ...] = (
    recalled_body, party_name, demonym, us_state, nationality, organization,
)

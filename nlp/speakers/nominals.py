"""Definite nominal sources (`the senator`, `the group`, `the spokesman`) resolved to an article
entity through its salience (`nlp/speakers/coreference.py`), or left to become unnamed speakers.

In order: a group noun recalls the nearest body; a job whose holders an article leaves unnamed
(`the BPI spokesman`) the unnamed one of that job who spoke last, or someone named with it; any
other noun someone known by it, one the nominal places first (`the Utah senator`: `Senator Doe of
Ohio and Senator Roe of Utah` gives Roe). A noun known as no one's recalls the nearest person of
the last sentences when it is a person description (`Welsh sprinter Cara Bell won. "…," said the
Newport-based athlete`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.lexicon import active

if TYPE_CHECKING:
    from nlp.speakers.coreference import Salience

DESCRIPTION_SENTENCES = 2
"""Sentences back a description known as no one's (`the athlete`) reaches for a person."""
_DETERMINERS = ("the", "this", "that")


def resolve_nominal(salience: Salience, token: Token) -> str | None:
    """The entity a definite nominal source describes, or None (see the module docstring)."""
    lex = active()
    if not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.children):
        return None
    noun = token.lemma_.lower()
    if noun in lex.group_nouns:
        found = salience.nearest(token, lambda e: salience.kinds.get(e) == "organization")
        return None if found is None else found[1]
    if noun in lex.anonymous_source_nouns:
        return _person_of_job(salience, token, noun)
    roles = salience.roles
    places = {c.lower_ for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"}
    found = salience.nearest(token, lambda e: noun in roles.get(e, ())
                             and places <= roles[e]) if places else None
    found = found or salience.nearest(token, lambda e: noun in roles.get(e, ()))
    if found is None:
        found = _last_person(salience, token, noun)
    return None if found is None else found[1]


def _last_person(salience: Salience, token: Token, noun: str) -> tuple[int, str] | None:
    """The nearest person of the last `DESCRIPTION_SENTENCES` sentences, for a person
    description."""
    lex = active()
    if noun not in lex.person_descriptions:
        return None
    found = salience.nearest(token, lambda e: salience.kinds.get(e) == "person")
    if found is None:
        return None
    sent_of = salience.layout.sent_of
    return None if sent_of[token.i] - sent_of[found[0]] > DESCRIPTION_SENTENCES else found


def _person_of_job(salience: Salience, token: Token, noun: str) -> str | None:
    """`The BPI spokesman described …`: a spokesman or official is a person of the body, never
    the body whose name stood near the job word: the unnamed one of that job who spoke last, or
    someone named with it (`Jo Reed, a spokeswoman for X`), else no one known (the mention
    becomes an unnamed speaker)."""
    found = salience.nearest(token, lambda e: salience.anonymous.get(e) == noun
                             or noun in salience.roles.get(e, ())
                             and salience.kinds.get(e) != "organization")
    return None if found is None else found[1]

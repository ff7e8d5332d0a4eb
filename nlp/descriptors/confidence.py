"""How far a role or affiliation can be trusted, from how it was read: a function of the
construction's weight (the order `nlp/descriptors/ranking.py` ranks by) and of whether the
evidence is the speaker's own name mention, so a CMS can show an editor which titles to check.

    confidence = 0.5 + 0.1 * weight          read on a mention of the speaker's name
    confidence = 0.5 + 0.1 * (weight - 1)    read on a mention linked to the speaker

Weights are `nlp.descriptors.findings` TITLE 4, APPOSITION 3, RELATIVE 2, NOMINAL 1: a title
on the name reads 0.9, an apposition 0.8, an of-phrase or party tag 0.7. A linked mention (`the
spokesman` resolved to the speaker, a description introducing them, a role held in an `as`
phrase on something they own) adds the link's own doubt, one step of weight. No number is tuned
per case: the scale only restates the engine's ranking on [0.5, 0.9], above the even odds of a
guess and below certainty, which no rule-read title has.
"""
from __future__ import annotations

from nlp.descriptors.findings import Found

OWN_RULES = frozenset(sorted([
    "apposed_to", "apposition", "as_phrase", "copula", "loose_apposition", "of_phrase",
    "owned_title", "party_tag", "party_word", "relative_clause", "title",
]))
"""Constructions read on a mention of the speaker's name itself; every other rule (a nominal
or definite description, a held role, a group the name is listed in, a rule added later) reads
a mention linked to the speaker and counts one step lower."""

BASE, STEP = 0.5, 0.1


def confidence(found: Found) -> float:
    """The confidence of one role or affiliation read (see the module docstring)."""
    steps = found.weight if found.rule in OWN_RULES else found.weight - 1
    return round(BASE + STEP * max(steps, 0), 2)

"""Entity labels and dependency relations the rules read by name."""
from __future__ import annotations

NAME_LABELS = frozenset(sorted(["FAC", "GPE", "NORP", "ORG", "PERSON"]))
"""Entity labels a speaker's name can carry; everything but PERSON is an organization."""

NUMERIC_LABELS = frozenset(sorted([
    "CARDINAL", "DATE", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "TIME",
]))
"""Entity labels of numbers, dates and amounts: never a speaker, a source or an author
(`Monday said` is a misparse), and where a title before a name stops."""

PLACE_LABELS = frozenset(sorted(["GPE", "LOC"]))
"""Entity labels of places: not who a lead-in introduces or who wrote a `Texas letter`."""

ORGANIZATION_LABELS = frozenset(sorted(["FAC", "GPE", "NORP", "ORG"]))
"""Entity labels that can be an affiliation (never PERSON)."""

DESCRIPTOR_DEPS = frozenset(sorted(["amod", "compound", "det", "nmod", "nummod", "poss"]))
"""Left dependents kept in a nominal mention's descriptor (`a senior White House official`)."""

ACTOR_LABELS = frozenset(sorted(["NORP", "ORG", "PERSON"]))
"""Entity labels of a subject the small parser may tag as a common noun (`Trump` as NOUN), so a
clause with one has an actor of its own."""

"""First names from census lists (`gender-guesser`): whether a word is one, and of which gender.

The small model often takes a capitalised job word for a name (`Filmmaker Jack Marino`) or a
name for a verb (`Will Estrada`); knowing first names tells them apart, and a clearly male or
female first name rules pronouns of the other gender out.
"""
from __future__ import annotations

from functools import lru_cache

import gender_guesser.detector

_GENDER_OF_NAME = {"male": "m", "female": "f"}


@lru_cache(maxsize=1)
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """`m` or `f` for first names that are clearly one or the other (census lists), else None:
    `Bernie` or `Chris` (mostly one, sometimes the other) decide nothing."""
    return _GENDER_OF_NAME.get(_detector().get_gender(word))


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """Whether census name lists know the word as a first name of either gender (`Rosette`,
    `Pat`), unlike `Donor` or `Filmmaker` capitalised before a name."""
    return _detector().get_gender(word) != "unknown"

"""One job under its many words: `spokesman`, `spokeswoman` and `spokesperson` are one role in a
speaker profile, counted together, each word the articles used kept with its own count.

The job key replaces each word of a role that has variants by its group's first word
(`nlp/lexicon/jobs.py`), so `chief spokeswoman` and `chief spokesman` share the key `chief
spokesperson` and `chairman of the board` joins `chair of the board`.
"""
from __future__ import annotations

from nlp.lexicon.jobs import JOB_VARIANTS

_JOB_WORDS = {variant: group[0] for group in JOB_VARIANTS for variant in group}


def job_key(role: str) -> str:
    """The key every word for the role's job shares (lower case, words as the role has them)."""
    return " ".join(_JOB_WORDS.get(word, word) for word in role.lower().split())

"""Acronyms and the initials that spell them (`SDF`, `Syrian Democratic Forces`), one test for
the engine (which ties an article's acronyms to their expansions) and the store (which matches
organisations across articles)."""
from __future__ import annotations

from nlp.lexicon import active


def is_acronym(text: str) -> bool:
    """`SDF`, `U.N.`, `ACLU`: two to seven capitals, dots allowed."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def initials(text: str) -> str:
    """Capital initials of a name's content words (`Syrian Democratic Forces` -> `SDF`)."""
    return "".join(w[0] for w in text.replace("-", " ").split()
                   if w.lower() not in active().acronym_skipped_words and w[0].isalpha()).upper()

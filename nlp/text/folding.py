"""Names compared as a reader would: case, accents and typographic apostrophes set aside.

One definition for the engine and the store, so `François`, `Francois` and `FRANCOIS` are the
same name wherever they meet (within an article, across articles, in a search).
"""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without diacritics, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def fold_words(text: str) -> tuple[str, ...]:
    """The folded letters-and-digits words of `text` (`Jean-Luc O'Neil` -> jean, luc, o, neil)."""
    return tuple(_WORD.findall(fold(text)))

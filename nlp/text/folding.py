"""Names compared as a reader would: case, accents and typographic apostrophes set aside.

One definition for the engine and the store, so `François`, `Francois` and `FRANCOIS` are the
same name wherever they meet (within an article, across articles, in a search).
"""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
"""Letters and digits of any script: a quote in Greek or Russian has words too, so two of them
are not taken for one (`shares_words`), and a Cyrillic name has words to be looked up by."""
_PLAIN_LETTERS = str.maketrans({
    "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    "ı": "i", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŋ": "ng", "Ŋ": "ng", "ĸ": "q", "ǥ": "g", "Ǥ": "g",
    "ə": "a", "Ə": "a", "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o", "ɓ": "b", "Ɓ": "b",
    "ɗ": "d", "Ɗ": "d", "ɖ": "d", "Ɖ": "d", "ƙ": "k", "Ƙ": "k", "ƴ": "y", "Ƴ": "y",
    "ƒ": "f", "Ƒ": "f", "ʋ": "v", "Ʋ": "v", "ƶ": "z", "Ƶ": "z",
})
"""Letters that Unicode decomposition leaves whole (`Groß`, `Wałęsa`, `Øster`, Maltese
`Ħamrun`, Sámi `Ŧ` and `Ŋ`, Azerbaijani `Əliyev`, Hausa `Ɗanjuma`, Akan `Ɔ` and `Ɛ`), written as
English-language papers print them (`Gross`, `Walesa`, `Oster`, `Hamrun`, `Aliyev`,
`Danjuma`). `ŋ` is `ng`, the sound it stands for in Sámi, Wolof and Ewe and the spelling those
languages fall back to without it (`n` would also meet names that merely hold an `n`); `ĸ` is
`q`, which replaced it in Greenlandic in 1973; `ŉ` decomposes to `ʼn`, whose apostrophe is made
plain like the typographic ones."""
_BEFORE_DECOMPOSITION = str.maketrans({"ŀ": "l", "Ŀ": "l"})
"""Catalan `ŀ` decomposes to `l` and a middle dot that papers drop; the dot alone (`l·l`, and
the separator of names in Chinese) is kept."""


def fold(text: str) -> str:
    """Lower case without diacritics, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.translate(_BEFORE_DECOMPOSITION))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_PLAIN_LETTERS).lower()


def fold_words(text: str) -> tuple[str, ...]:
    """The folded letters-and-digits words of `text`, in any script (`Jean-Luc O'Neil` -> jean,
    luc, o, neil; `Λέμε ναι` -> λεμε, ναι)."""
    return folded_words(fold(text))


def folded_words(folded: str) -> tuple[str, ...]:
    """`fold_words` of a text already folded (a caller that needs the folded text as well)."""
    return tuple(_WORD.findall(folded))


def shares_words(a: str, b: str) -> bool:
    """Whether one of two quotes holds the other's folded words whole and in order (`victory
    for all humanity` in `a sign of "victory for all humanity"`): the same words quoted twice."""
    pa, pb = _phrase(a), _phrase(b)
    return pa in pb or pb in pa


def _phrase(text: str) -> str:
    return " " + " ".join(fold_words(text)) + " "

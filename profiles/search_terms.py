"""The words a quote is searched by, and the pairs of neighbouring words indexed beside them.

A pair of common words is rare (`deku kape` in one quote in fifteen where each word is in half
of them): searching by the rarest pairs of a query keeps the full-text index's work in
proportion to the answer even when every single word of the query is common, which a store of
a million quotes makes of most words. Pairs are written as one token, the two words joined
(`dekukape`), so both full-text engines index and stem them like any word.

Beside the pairs, the column holds the folded spelling of every word whose letters the
full-text tokenizers keep (`walesa` for `Wałęsa`, `strasse` for `Straße`): queries are folded,
so a word is found whether it is typed in its own letters or in plain ones.
"""
from __future__ import annotations

import re
from typing import Any

from nlp.text.folding import fold


def words(value: str) -> list[str]:
    """Folded words; plain ASCII (most quotes) skips the costly Unicode normalisation."""
    plain = value.lower() if value.isascii() else fold(value)
    return re.findall(r"\w+", plain)


def pairs_of(query_words: list[str]) -> list[str]:
    """Each word joined to the next: the pair tokens of `words`."""
    return [a + b for a, b in zip(query_words, query_words[1:])]


def word_pairs(text: str | None) -> str:
    """The pair tokens of a quote's text and the folded spellings of its non-ASCII words, as
    stored in `quotes.word_pairs`."""
    value = text or ""
    folded = words(value)
    return " ".join(pairs_of(folded) + _respelled(value, folded))


def _respelled(value: str, folded: list[str]) -> list[str]:
    """The folded words the raw text does not spell so (none in plain ASCII text)."""
    if value.isascii():
        return []
    raw = set(re.findall(r"\w+", value.lower()))
    return list(dict.fromkeys(w for w in folded if w not in raw))


def word_pairs_default(context: Any) -> str:
    """Column default: the pairs of the row's `text` (ORM and core inserts alike)."""
    return word_pairs(context.get_current_parameters().get("text"))

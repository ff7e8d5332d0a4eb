"""Quoted segments of raw text (placeholder: paired straight and curly double quotes)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.annotations import QuoteSegment

_PAIRED = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")


def find_quotes(doc: Doc) -> list[QuoteSegment]:
    """Every double-quoted segment with its paragraph index."""
    text = doc.text
    out = []
    for m in _PAIRED.finditer(text):
        out.append(QuoteSegment(m.start(1), m.end(1), m.group(0)[0], m.group(0)[-1],
                                text.count("\n\n", 0, m.start())))
    return out

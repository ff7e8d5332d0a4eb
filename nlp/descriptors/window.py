"""How far back a body is looked for: the sentence of a word and the few before it. Bodies are
recalled (`the party`, `a spokesman said`) from what the article named just before, and no
further, so a name from another part of the story is never taken."""
from __future__ import annotations

from spacy.tokens import Token

SENTENCES_BACK = 2


def window_start(token: Token, sentences: int = SENTENCES_BACK) -> int:
    """The first token of the sentence `sentences` before `token`'s (or of the document)."""
    doc = token.doc
    start = token.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start

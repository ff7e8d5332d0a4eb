"""Where things sit in an article: paragraphs, sentences and quoted stretches, indexed once.

Attribution asks many small positional questions per quote (which tokens are quoted, which
sentence and paragraph a token is in); answering them from arrays built once per document keeps
the engine linear in the article's length.
"""
from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span, Token

from nlp.quotes.segments import QuoteSegment

_PARAGRAPH_BREAK = re.compile(r"\n\s*")


class Layout:
    """Positional indexes over one parsed article and its quote segments."""

    def __init__(self, doc: Doc, quotes: list[QuoteSegment]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.text = doc.text
        """`Doc.text` joins every token on each access, so it is read once here."""
        self.para_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        arr = doc.to_array([IDX, SENT_START])
        self.tok_starts: list[int] = arr[:, 0].tolist()
        self.sent_of: list[int] = (numpy.cumsum(arr[:, 1] == 1) - 1).clip(min=0).tolist()
        """Per token, the index of its sentence in `sents` (read from arrays: cheaper than
        building a Token object per word)."""
        self.sents: list[Span] = list(doc.sents)
        self.per_sentence: dict[tuple[object, ...], object] = {}
        """What a stage reads once per sentence and asks about for many of its words, keyed by
        (what, sentence index); so a sentence of n cue words costs n, not n²."""
        self.quote_of = [-1] * len(doc)
        """Per token, the index of the quote segment it lies in, or -1."""
        for qi, q in enumerate(quotes):
            lo, hi = self.token_range(q.start, q.end)
            for i in range(lo, hi):
                self.quote_of[i] = qi

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens whose first character lies in [start, end)."""
        return bisect_right(self.tok_starts, start - 1), bisect_right(self.tok_starts, end - 1)

    def paragraph(self, char: int) -> int:
        """Index of the paragraph (newline-separated block) holding `char`."""
        return bisect_right(self.para_starts, char) - 1

    def paragraph_tokens(self, para: int) -> tuple[int, int]:
        """Token range of paragraph `para`."""
        end = self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(self.text)
        return self.token_range(self.para_starts[para], end)

    def paragraph_of(self, token: Token) -> int:
        return self.paragraph(token.idx)

    def quoted(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    def sentence_range(self, first: int, last: int) -> tuple[int, int]:
        """Token range of the sentences holding tokens `first` to `last`."""
        return self.sents[self.sent_of[first]].start, self.sents[self.sent_of[last]].end

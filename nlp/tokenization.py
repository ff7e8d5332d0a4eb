"""What the model reads: the caller's text with odd spaces made plain and glued marks split.

spaCy splits words on the ASCII space only, so a no-break space (common in scraped news:
`Sen.\\xa0Lindsey Graham`, `said,\\xa0"What…`) becomes a token of its own that breaks names and
parses. The model therefore reads a copy in which every one-character space is a plain one;
offsets do not move, and the caller's own text rides on the Doc (`doc._.qa_source_text`) so
the quotes we return are still slices of what was sent. Curly quote marks glued to a word
(`said,“We`, `win,”said`) are split off by an infix rule for the same reason, and a closing
bracket before a colon is not read as an emoticon.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from nlp.records.doc import SOURCE_TEXT

PLAIN_SPACES = str.maketrans(dict.fromkeys(
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000", " "))
"""One-character spaces other than U+0020; each maps to one space so offsets never shift."""

GLUED_MARK_INFIXES = (
    r"(?<=\S)[,.:;!?](?=[“”])",
    r"(?<=\S)[“”](?=\S)",
    r"(?<=[\w)])[,.:;!?](?=\"[A-Za-z])",
    r"(?<=[\w)][,.:;!?])\"(?=[A-Za-z])",
    r"\)(?=[,.:;!?][\"“])",
)
"""Curly marks touching text on both sides, the punctuation before them, and a straight mark
after `,` / `:` with a word glued on (`said:"We`, `(R-Tex.):"We`); a straight mark between
letters is left alone (`5'10"`, markup)."""


BRACKET_EMOTICONS = frozenset(["):", ")-:"])
"""spaCy's emoticon exceptions that would swallow a closing bracket and the colon after it in
news prose (`Rep. Jane Doe (R-Tex.): "…"`), hiding the lead-in's colon."""


class SourceKeepingTokenizer:
    """Tokenize the plain-spaced copy; remember the caller's text when it differs."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        plain = text.translate(PLAIN_SPACES)
        doc = self.tokenizer(plain)
        if plain != text:
            doc._.set(SOURCE_TEXT, text)
        return doc


def source_text(doc: Doc) -> str:
    """The text the caller sent, which offsets index (equal in length to `doc.text`)."""
    return doc._.get(SOURCE_TEXT) or doc.text


def adapt_tokenizer(pipeline: Language) -> None:
    """Split glued quote marks and bracket-colon runs, and read odd spaces as plain ones (see
    the module docstring)."""
    tokenizer = pipeline.tokenizer
    model_infixes = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile("|".join((model_infixes, *GLUED_MARK_INFIXES))).finditer
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in BRACKET_EMOTICONS}
    pipeline.tokenizer = SourceKeepingTokenizer(tokenizer)

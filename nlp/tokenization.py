"""What the model reads: the caller's text with odd spaces made plain and glued marks split.

spaCy splits words on the ASCII space only, so a no-break space (common in scraped news:
`Sen.\\xa0Lindsey Graham`, `said,\\xa0"What…`) becomes a token of its own that breaks names and
parses. The model therefore reads a copy in which every one-character space is a plain one;
offsets do not move, and the caller's own text rides on the Doc (`doc._.qa_source_text`) so
the quotes we return are still slices of what was sent. Curly quote marks glued to a word
(`said,“We`, `win,”said`) are split off by an infix rule for the same reason, and a closing
bracket before a colon is not read as an emoticon.

The tokenizer is registered (`qa_source_keeping_tokenizer.v1`) and serialises as spaCy's own
does, so `nlp.to_bytes()`, `nlp.to_disk()` and `spacy.load(path)` round-trip the pipeline: the
model's tokenizer data is loaded into a spaCy `Tokenizer` and then adapted, which is idempotent,
so loading a pipeline saved with the adaptations leaves them as they were.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from nlp.records.doc import SOURCE_TEXT

TOKENIZER = "qa_source_keeping_tokenizer.v1"
"""The registered name, as the pipeline's config gives it (`[nlp.tokenizer]`)."""

PLAIN_SPACES = str.maketrans(dict.fromkeys(
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000", " "))
"""One-character spaces other than U+0020; each maps to one space so offsets never shift."""

FORMAT_GAPS = str.maketrans(dict.fromkeys(
    "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff", " "))
"""Format characters scraped pages leave between words and beside quote marks (zero-width
space, direction marks, word joiner, byte-order mark): glued to a word (`win\u200b`) they make
a token the model cannot read. The joiners and the soft hyphen, which sit inside words, stay."""

MODEL_READABLE = {**PLAIN_SPACES, **FORMAT_GAPS,
                  **dict.fromkeys(range(0xD800, 0xE000), "\ufffd")}
"""What the model reads instead: plain spaces, and U+FFFD for an unpaired surrogate (JSON's
`"\\ud800"`), which has no UTF-8 form for spaCy's string store. One character for one."""

GLUED_MARK_INFIXES = (
    r"(?<=\S)[,.:;!?](?=[“”])",
    r"(?<=\S)[“”](?=\S)",
    r"(?<=[\w)])[,.:;!?](?=\"[A-Za-z])",
    r"(?<=[\w)][,.:;!?])\"(?=[A-Za-z])",
    r"\)(?=[,.:;!?][\"“])",
    r"\)(?=[—–―]\w)",
    r"(?<=\))[—–―](?=\w)",
)
"""Curly marks touching text on both sides, the punctuation before them, and a straight mark
after `,` / `:` with a word glued on (`said:"We`, `(R-Tex.):"We`); a straight mark between
letters is left alone (`5'10"`, markup). A dateline's bracket glued by a dash to the first
word (`DENVER (AP)—Jane Doe said`) is split too, so the name is a name of its own."""
_GLUED = "|".join(GLUED_MARK_INFIXES)

BRACKET_EMOTICONS = frozenset(["):", ")-:"])
"""spaCy's emoticon exceptions that would swallow a closing bracket and the colon after it in
news prose (`Rep. Jane Doe (R-Tex.): "…"`), hiding the lead-in's colon."""


def adapt(tokenizer: Tokenizer) -> None:
    """Split glued quote marks and bracket-colon runs (see the module docstring); a tokenizer
    already adapted is left as it is."""
    model_infixes = tokenizer.infix_finditer.__self__.pattern
    if not model_infixes.endswith("|" + _GLUED):
        tokenizer.infix_finditer = re.compile("|".join((model_infixes, _GLUED))).finditer
    if BRACKET_EMOTICONS & tokenizer.rules.keys():
        tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in BRACKET_EMOTICONS}


class SourceKeepingTokenizer:
    """Tokenize the plain-spaced copy with an adapted spaCy `Tokenizer`; remember the caller's
    text when it differs. Serialises as the `Tokenizer` it wraps."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        adapt(tokenizer)
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        plain = text.translate(MODEL_READABLE)
        doc = self.tokenizer(plain)
        if plain != text:
            doc._.set(SOURCE_TEXT, text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return self.tokenizer.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *,
                   exclude: Iterable[str] = tuple()) -> SourceKeepingTokenizer:
        self.tokenizer.from_bytes(data, exclude=exclude)
        adapt(self.tokenizer)
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path: str | Path, **kwargs: Any) -> SourceKeepingTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        adapt(self.tokenizer)
        return self


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], SourceKeepingTokenizer]:
    """spaCy's tokenizer for the language, adapted and wrapped (see the module docstring)."""
    default = registry.get("tokenizers", "spacy.Tokenizer.v1")()

    def make(nlp: Language) -> SourceKeepingTokenizer:
        return SourceKeepingTokenizer(default(nlp))

    return make

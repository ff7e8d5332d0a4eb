"""Cutting a long text into pieces the model reads one at a time, so its cost stays linear.

The model's memory grows with the longest text it reads at once (a 1 MB article took 5 GB in
one worker), and spaCy's tokenizer searches each whitespace-free run for prefixes and suffixes
again after every character it splits off, so a run of 200,000 quote marks or apostrophes costs
its square. A text is therefore read in chunks of whole paragraphs (`CHUNK_CHARS`, cut at a
space when one paragraph is longer), and within a chunk every run of more than `RUN_CHARS`
non-space characters is cut into pieces of that length, tokenized one by one. Joined, the pieces
are the text, character for character. Articles are far shorter than a chunk and have no such
runs (the longest in the training, BBC and seed sets: 34,000 characters, no run of 100), so for
them the text is one piece and the model reads it exactly as before.
"""
from __future__ import annotations

import re

CHUNK_CHARS = 50_000
"""Most characters the model reads at once."""

CHUNK_TOKENS = 10_000
"""Most tokens (words and marks, as `_TOKEN` counts them) the model reads at once. The model's
time follows tokens, not characters: news has one per four or five characters (the longest article
of the training, BBC and seed sets: 7,500), but a text of marks and line breaks has one per
character, and 40,000 of those in one go took 10 s of CPU with no budget check (issue 13)."""

RUN_CHARS = 100
"""Longest run of non-space characters tokenized in one go."""

_PARAGRAPH_END = re.compile(r"\n\s*")
_TOKEN = re.compile(r"\w+|[^\w ]| (?= )")
_LONG_RUN = re.compile(r"\S{%d,}" % (RUN_CHARS + 1))


def chunks(text: str) -> list[list[str]]:
    """The text as chunks of at most `CHUNK_CHARS`, each a list of pieces to tokenize apart;
    a text within both limits is `[[text]]`."""
    return [_runs_cut(chunk) for chunk in _chunks(text)]


def token_count(text: str) -> int:
    """The tokens of `text` as `CHUNK_TOKENS` counts them (at least as many as spaCy makes)."""
    return sum(1 for _ in _TOKEN.finditer(text))


def _chunks(text: str) -> list[str]:
    """Whole paragraphs up to `CHUNK_CHARS` and `CHUNK_TOKENS`; a longer paragraph is cut after
    a space (or, if it has none, anywhere)."""
    out: list[str] = []
    start = 0
    while (limit := _limit(text, start)) < len(text):
        cut = _last_end(_PARAGRAPH_END, text, start, limit) or text.rfind(" ", start, limit) + 1
        cut = cut if cut > start else limit
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _limit(text: str, start: int) -> int:
    """Where a chunk from `start` ends at the latest: `CHUNK_CHARS` on, or before its
    `CHUNK_TOKENS`+1-th token if that comes first."""
    end = min(len(text), start + CHUNK_CHARS)
    for i, token in enumerate(_TOKEN.finditer(text, start, end)):
        if i == CHUNK_TOKENS:
            return token.start()
    return end


def _last_end(pattern: re.Pattern[str], text: str, start: int, limit: int) -> int:
    """The end of the last match of `pattern` in text[start:limit] (0 when none)."""
    ends = [m.end() for m in pattern.finditer(text, start, limit) if m.end() < limit]
    return ends[-1] if ends else 0


def _runs_cut(chunk: str) -> list[str]:
    """The chunk with every over-long run of non-space characters cut into `RUN_CHARS` pieces."""
    pieces: list[str] = []
    start = 0
    for run in _LONG_RUN.finditer(chunk):
        for cut in range(run.start(), run.end(), RUN_CHARS):
            if cut > start:
                pieces.append(chunk[start:cut])
                start = cut
    pieces.append(chunk[start:])
    return [p for p in pieces if p] or [chunk]

"""Whether a quoted segment reports speech, or is a title, a term or a scare quote.

In order, for one segment:
  1. title-cased, no `!`/`?`, next to a word like `show`, `book`, `titled` or after an owner
     (`NBC's "Meet the Press"`, `on "Morning Joe"`): a title;
  2. four words or more, sentence-like (`"Yes, we can."`) or a multi-paragraph piece: speech;
  3. a quoted noun modifying the noun right after it (`the "Never Trump" movement`): a term;
  4. governed by a cue (`called the budget "a disgrace"`, `said it would end "by tonight"`), or
     a cue right after the closing mark (`"Out!" the crowd yelled`): a partial quote, speech;
  5. a quoted adjective before a noun (`a "fierce" battle`): a term; title-cased: a title;
  6. a cue elsewhere in the sentence: speech; else a scare quote (ISIS "fighters").
Cues are speech verbs (`nlp/lexicon.py`) and `according to`.

Why: on the PolNeAR train file, from four words on nine in ten quoted segments are attributed
speech, while one to three words with no cue in the sentence are about half attributed (the
corpus counts partial quotes an attribution happens to cover) and half scare quotes; titles and
quoted modifiers are the unattributed majority at any length. Reading the segments the corpus
counts as speech but these rules reject, most are titles, names and terms an attribution
happens to span, so the rules follow what speech is rather than that corpus artefact.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import HEAD, IDX, LEMMA, LOWER, POS, SENT_START
from spacy.tokens import Doc

from nlp.annotations import QuoteSegment
from nlp.lexicon import (
    QUOTING_VERBS,
    SPEECH_VERBS,
    TITLE_CONTEXT_WORDS,
    WEAK_SPEECH_VERBS,
)

CUE_LEMMAS = SPEECH_VERBS | WEAK_SPEECH_VERBS | QUOTING_VERBS
LONG_WORDS = 4
"""From this many words a quoted segment is speech unless it is a title or a noun modifier."""
CUE_AFTER_TOKENS = 4
"""How far after the closing mark a cue still frames the quote (`"…" the crowd yelled`)."""
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SMALL_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the",
                          "to", "with"])


@dataclass
class _Context:
    """Per-document indexes shared by all segments, read from token arrays (no Token objects)."""

    text: str
    starts: list[int]
    heads: list[int]
    quoted: list[bool]
    is_cue: list[bool]
    kinds: list[str]
    """Per token `noun`, `punct` or empty: what `_modifier` asks."""
    cues: list[int]
    """Indices of cue tokens outside quotes, ascending."""
    sent_starts: list[int]


def _index(doc: Doc, text: str, segments: list[QuoteSegment]) -> _Context:
    arr = doc.to_array([IDX, LEMMA, POS, LOWER, SENT_START])
    strings = doc.vocab.strings
    cue = numpy.isin(arr[:, 1], [strings[w] for w in CUE_LEMMAS]) & numpy.isin(
        arr[:, 2], [strings[p] for p in ("VERB", "AUX", "NOUN")])
    cue[1:] |= (arr[1:, 3] == strings["to"]) & (arr[:-1, 3] == strings["according"])
    starts = arr[:, 0].tolist()
    quoted = [False] * len(starts)
    for seg in segments:
        for i in range(bisect_left(starts, seg.start), bisect_left(starts, seg.end)):
            quoted[i] = True
    is_cue = cue.tolist()
    pos = arr[:, 2]
    nouns = numpy.isin(pos, [strings["NOUN"], strings["PROPN"]])
    kinds = numpy.where(nouns, "noun", numpy.where(pos == strings["PUNCT"], "punct", "")).tolist()
    heads = doc.to_array([HEAD]).astype("int64").ravel() + numpy.arange(len(starts))
    sent_starts = numpy.flatnonzero(arr[:, 4] == 1).tolist()
    if not sent_starts or sent_starts[0] != 0:
        sent_starts.insert(0, 0)
    return _Context(text, starts, heads.tolist(), quoted, is_cue, kinds,
                    [i for i, c in enumerate(is_cue) if c and not quoted[i]], sent_starts)


def _any_cue(ctx: _Context, lo: int, hi: int) -> bool:
    k = bisect_left(ctx.cues, lo)
    return k < len(ctx.cues) and ctx.cues[k] < hi


def _governed(ctx: _Context, lo: int, hi: int) -> bool:
    """A cue among the ancestors of the quote's tokens (`called it "a disgrace"`)."""
    for i in range(lo, hi):
        j = ctx.heads[i]
        if lo <= j < hi:
            continue
        while True:
            if not ctx.quoted[j] and ctx.is_cue[j]:
                return True
            if ctx.heads[j] == j:
                break
            j = ctx.heads[j]
    return False


def _sentence(ctx: _Context, i: int) -> tuple[int, int]:
    k = bisect_right(ctx.sent_starts, i)
    end = ctx.sent_starts[k] if k < len(ctx.sent_starts) else len(ctx.starts)
    return ctx.sent_starts[k - 1], end


def _title_cased(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


_OWNER = re.compile(r"(?:\b[A-Z][\w.&-]*(?:['’]s|['’])|\bon)\s*$")
"""`NBC's "Meet the Press"`, `appeared on "Morning Joe"`."""


def _title_context(text: str, seg: QuoteSegment) -> bool:
    before = text[max(0, seg.start - 40):seg.start - len(seg.open_mark)]
    after = text[seg.end:seg.end + 25].lower()
    words = re.findall(r"[a-z]+", before.lower())[-4:] + re.findall(r"[a-z]+", after)[:3]
    return any(w in TITLE_CONTEXT_WORDS for w in words) or bool(_OWNER.search(before))


def _modifier(ctx: _Context, lo: int, hi: int) -> str:
    """What the quote is when it modifies a noun right after it, else "".

    `noun` for a quoted name or term (`the "Never Trump" movement`), `other` for a quoted
    adjective (`a "ferocious" battle`), which is often someone's word.
    """
    roots = [i for i in range(lo, hi) if not lo <= ctx.heads[i] < hi]
    nxt = hi
    while nxt < len(ctx.starts) and ctx.kinds[nxt] == "punct":
        nxt += 1
    if len(roots) != 1 or not nxt <= ctx.heads[roots[0]] < nxt + 3:
        return ""
    if ctx.kinds[ctx.heads[roots[0]]] != "noun":
        return ""
    return "noun" if ctx.kinds[roots[0]] == "noun" else "other"


def verdict(ctx: _Context, seg: QuoteSegment) -> tuple[bool, str]:
    """(is speech, reason) for one segment."""
    text = ctx.text
    raw = text[seg.start:seg.end]
    words = _WORD.findall(raw)
    stripped = raw.rstrip()
    sentence_like = (len(words) >= 2 and stripped[:1].isupper()
                     and stripped[-1:] in ".!?")
    lo = bisect_left(ctx.starts, seg.start)
    hi = bisect_left(ctx.starts, seg.end)
    titled = (_title_cased(words) and "!" not in raw and stripped[-1:] != "?"
              and len(words) <= 8 and _title_context(text, seg))
    if titled:
        return False, "title"
    modifier = _modifier(ctx, lo, hi) if hi > lo else ""
    if modifier == "noun" and seg.group is None:
        return False, "term"
    if len(words) >= LONG_WORDS or sentence_like or seg.group is not None:
        return True, "sentence"
    if hi > lo and _governed(ctx, lo, hi):
        return True, "partial_quote"
    if _any_cue(ctx, hi, hi + CUE_AFTER_TOKENS):
        return True, "cue_after"
    if not words:
        return False, "no_words"
    if modifier:
        return False, "term"
    if _title_cased(words) and not stripped[-1:] in "!?":
        return False, "title"
    if lo < len(ctx.starts) and _any_cue(ctx, *_sentence(ctx, lo)):
        return True, "cue_in_sentence"
    return False, "scare_quote"


def judge_segments(doc: Doc, segments: list[QuoteSegment], text: str | None = None) -> None:
    """Set `is_speech` and `reason` on each segment (`text` is `doc.text`, which spaCy rebuilds
    on every access)."""
    if not segments:
        return
    ctx = _index(doc, doc.text if text is None else text, segments)
    for seg in segments:
        seg.is_speech, seg.reason = verdict(ctx, seg)

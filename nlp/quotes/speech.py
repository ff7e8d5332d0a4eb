"""Whether a quoted segment reports speech, or is a title, a term or a scare quote.

In order, for one segment:
  0. words given as someone's wording (`the phrase "…"`, `known as "…"`): speech;
  1. a title: title-cased, no `!`/`?`, next to a word like `show`, `books`, `roles`, `titled`,
     or after an owner or a channel of words (`NBC's "Meet the Press"`, `on "Morning Joe"`,
     `told "Fox and Friends"`, `according to "The Art of the Deal"`); or given with a year
     (`"Yes to the ban" (2009)`); a headline with its byline or the excerpt after one
     (`"Museum to close," by Ann Lee: "The museum …"`);
  2. four words or more, sentence-like (`"Yes, we can."`) or a multi-paragraph piece: speech,
     unless it modifies the noun after it (`the "Make Room for All" campaign`) or is printed on
     what that noun names (`the "Make America Great Again" hat`): a term;
  3. governed by a cue (`called the budget "a disgrace"`, `said it would end "by tonight"`,
     `denounced the "clean coal" plan`; `according to X` governs the clause it hangs on),
     not from the cue's source side (`backers of the "clean coal" plan argued`): speech;
     on a cue's source side only (`according to "insiders"`, no closing comma): not speech;
  4. a quoted noun modifying the noun right after it (`the "Never Trump" movement`): a term;
  5. a cue right after the closing mark (`"Out!" the crowd yelled`): speech;
  6. a quoted adjective before a noun (`a "fierce" battle`): a term; title-cased: a title;
  7. a cue elsewhere in the sentence: speech; else a scare quote (ISIS "fighters").
Then the items of one list of quoted phrases (`"A," "B" and "C"`) share a title verdict.
Cues are speech verbs and speech-act nouns (`nlp/lexicon/`) and `according to`.

Why: on the PolNeAR train file, from four words on nine in ten quoted segments are attributed
speech, while one to three words with no cue in the sentence are about half attributed (the
corpus counts partial quotes an attribution happens to cover) and half scare quotes; titles and
quoted modifiers are the unattributed majority at any length. Reading the segments the corpus
counts as speech but these rules reject, most are titles, names and terms an attribution
happens to span, so the rules follow what speech is rather than that corpus artefact. A quoted
noun modifier under a speech verb, though, is mostly the speaker's phrase (`cited "Obama-Clinton"
policies`), so governance is asked before the modifier test for short phrases.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc

from nlp.lexicon import Lexicon, active
from nlp.quotes.segments import QuoteSegment

LONG_WORDS = 4
"""From this many words a quoted segment is speech unless it is a title or modifies a noun."""
TITLE_WORDS = 12
"""Longest title-cased phrase taken for a title (`Lost Tycoon: The Many Lives of Donald Trump`)."""
CUE_AFTER_TOKENS = 4
"""How far after the closing mark a cue still frames the quote (`"…" the crowd yelled`)."""
_SOURCE_DEPS = ("agent", "csubj", "csubjpass", "nsubj", "nsubjpass")
"""Relations that make a phrase the speaker of its head verb, not what was said."""
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ENDS = frozenset(",;:!?")
"""Punctuation closing a quoted phrase that parts it from the noun after (`"It's over," aide X`)."""


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
    source_side: list[bool]
    """Per token, whether its head is a cue it is the source of, not the content (a subject,
    or the object of `according to`)."""
    attributed: list[bool]
    """Per token, whether `according to` hangs on it: the clause it heads reports a source."""
    according: list[bool]
    """Per token, whether it is the `according` of `according to`."""
    sent_starts: list[int]


def _member(values: numpy.ndarray, sorted_hashes: numpy.ndarray) -> numpy.ndarray:
    """`numpy.isin` for a sorted array of hashes, without sorting `values` (a binary search)."""
    at = numpy.searchsorted(sorted_hashes, values).clip(max=len(sorted_hashes) - 1)
    return sorted_hashes[at] == values


@lru_cache(maxsize=8)
def _cue_hashes(lex: Lexicon) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Lemma hashes of the cue verbs and speech nouns as `Doc.to_array(LEMMA)` gives them,
    computed once per lexicon rather than per article."""
    lex = active()
    return tuple(numpy.array(sorted(hash_string(w) for w in words), dtype="uint64")
                 for words in (lex.cue_lemmas, lex.speech_nouns))


def _index(doc: Doc, text: str, segments: list[QuoteSegment]) -> _Context:
    lex = active()
    arr = doc.to_array([IDX, LEMMA, POS, LOWER, SENT_START, DEP, HEAD])
    strings = doc.vocab.strings
    pos, dep = arr[:, 2], arr[:, 5]
    verbs, nouns = _cue_hashes(lex)
    cue = (_member(arr[:, 1], verbs) & ((pos == strings["VERB"]) | (pos == strings["AUX"]))
           ) | (_member(arr[:, 1], nouns) & (pos == strings["NOUN"]))
    according = numpy.zeros(len(arr), dtype=bool)
    according[:-1] = (arr[1:, 3] == strings["to"]) & (arr[:-1, 3] == strings["according"])
    according_to = numpy.roll(according, 1)
    cue |= according_to
    heads = arr[:, 6].astype("int64") + numpy.arange(len(arr))
    attributed = numpy.zeros(len(arr), dtype=bool)
    attributed[heads[according]] = True
    source_side = (dep == strings["pobj"]) & according_to[heads]
    for name in _SOURCE_DEPS:
        source_side |= dep == strings[name]
    quoted = numpy.zeros(len(arr), dtype=bool)
    bounds = numpy.searchsorted(arr[:, 0], [(seg.start, seg.end) for seg in segments])
    for lo, hi in bounds.tolist():
        quoted[lo:hi] = True
    nouns = (pos == strings["NOUN"]) | (pos == strings["PROPN"])
    kinds = numpy.where(nouns, "noun", numpy.where(pos == strings["PUNCT"], "punct", "")).tolist()
    sent_starts = numpy.flatnonzero(arr[:, 4] == 1).tolist()
    if not sent_starts or sent_starts[0] != 0:
        sent_starts.insert(0, 0)
    return _Context(text, arr[:, 0].tolist(), heads.tolist(), quoted.tolist(), cue.tolist(),
                    kinds, numpy.flatnonzero(cue & ~quoted).tolist(), source_side.tolist(),
                    (attributed & ~according).tolist(), according.tolist(), sent_starts)


def _any_cue(ctx: _Context, lo: int, hi: int) -> bool:
    k = bisect_left(ctx.cues, lo)
    return k < len(ctx.cues) and ctx.cues[k] < hi


def _governance(ctx: _Context, lo: int, hi: int) -> str:
    """`content` when a cue is among the ancestors of the quote's tokens (`called it "a
    disgrace"`), `source` when the only cues above it are reached from their source side (`the
    "Never Trump" movement says`, `according to the "Fair Share" report`), else ""."""
    found = ""
    for i in range(lo, hi):
        j = ctx.heads[i]
        if lo <= j < hi:
            continue
        from_source = ctx.source_side[i]
        from_according = False
        while True:
            if not ctx.quoted[j]:
                if ctx.is_cue[j] and not from_source or ctx.attributed[j] and not from_according:
                    return "content"
                if ctx.is_cue[j]:
                    found = "source"
            if ctx.heads[j] == j:
                break
            from_source, from_according = ctx.source_side[j], ctx.according[j]
            j = ctx.heads[j]
    return found


def _sentence(ctx: _Context, i: int) -> tuple[int, int]:
    k = bisect_right(ctx.sent_starts, i)
    end = ctx.sent_starts[k] if k < len(ctx.sent_starts) else len(ctx.starts)
    return ctx.sent_starts[k - 1], end


def _title_cased(words: list[str]) -> bool:
    lex = active()
    significant = [w for w in words if w.lower() not in lex.title_small_words]
    return bool(significant) and all(w[0].isupper() for w in significant)


_OWNER = re.compile(r"(?:\b[A-Z][\w.&-]*(?:['’]s|['’])|\b(?i:on|according to|interview with|"
                    r"told|tells|telling|speaking to))\s*$")
"""`NBC's "Meet the Press"`, `appeared on "Morning Joe"`, `told "Fox and Friends"`,
`according to "The Art of the Deal"`: the phrase is a programme or a work, the source or the
audience of words rather than the words."""


def _title_context(text: str, seg: QuoteSegment) -> bool:
    lex = active()
    before = text[max(0, seg.start - 40):seg.start - len(seg.open_mark)]
    after = text[seg.end:seg.end + 25].lower()
    words = re.findall(r"[a-z]+", before.lower())[-4:] + re.findall(r"[a-z]+", after)[:3]
    return (any(w in lex.title_context_words or w[-1:] == "s" and w[:-1] in lex.title_context_words
                for w in words) or bool(_OWNER.search(before)))


_NAMED_WORDS = re.compile(
    r"(?:\b(?:the|a|this|that|his|her|its|their|our)\s+(?:catchphrase|expression|motto|phrase|"
    r"slogan|term|words?)|\b(?:known\s+(?:\w+\s+)?as(?:\s+the)?|(?:go|goes|going|went)\s+by))"
    r"[\s,:]*$", re.IGNORECASE)
"""`the phrase "…"`, `known as "…"`: the quoted words are given as someone's wording (a coinage,
a name they go by), which news reports as that source's words. `titled "…"` is left to the title
rule: a work's title is not speech, though the corpus often marks it."""
_DATED = re.compile(r"\s*\((?:19|20)\d\d\)")
"""`"Yes to the ban" (2009)`: a poster, slogan or work given with its year, not reported words."""
_BYLINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")
"""`"Museum to close," by Ann Lee`: a headline or a work followed by its author."""
_EXCERPT = re.compile(r"[”\"’']+\s*by\s+[^\n:“\"]{1,80}:\s*$")
"""`"Museum to close," by Ann Lee: "The museum …"`: the quoted text of that bylined piece."""


def _bylined(text: str, seg: QuoteSegment, stripped: str) -> bool:
    """A headline with its byline, or the excerpt that follows one: an article's text, not words
    a source spoke."""
    after = seg.end + len(seg.close_mark or "")
    first = next((c for c in stripped if c.isalpha()), "")
    if stripped[-1:] == "," and first.isupper() and seg.close_mark and _BYLINE.match(text, after):
        return True
    window = max(text.rfind("\n", 0, seg.start) + 1, seg.start - 100)
    return bool(_EXCERPT.search(text, window, seg.start - len(seg.open_mark)))


_NEXT_WORD = re.compile(r"\s*([\w-]+)")


def _inscription(text: str, seg: QuoteSegment, stripped: str) -> bool:
    """`showing off the "Make America Great Again" hat`: words printed on what the next word
    names, whatever the parse made of them (not `"We lost." T-shirts appeared`)."""
    lex = active()
    if not seg.close_mark or not stripped[-1:].isalnum():
        return False
    match = _NEXT_WORD.match(text, seg.end + len(seg.close_mark))
    word = match.group(1).lower() if match else ""
    return word in lex.inscribed_nouns or word[-1:] == "s" and word[:-1] in lex.inscribed_nouns


def _modifier(ctx: _Context, lo: int, hi: int) -> str:
    """What the quote is when it modifies a noun right after it, else "".

    `noun` for a quoted name or term (`the "Never Trump" movement`), `other` for a quoted
    adjective (`a "ferocious" battle`), which is often someone's word.
    """
    roots = [i for i in range(lo, hi)
             if not lo <= ctx.heads[i] < hi and ctx.kinds[i] != "punct"]
    nxt = hi
    while nxt < len(ctx.starts) and ctx.kinds[nxt] == "punct":
        nxt += 1
    if not roots or len({ctx.heads[i] for i in roots}) != 1:
        return ""  # one head for all (`"clean" "coal"` both hang on `plan`), or none
    head = ctx.heads[roots[0]]
    if not nxt <= head < nxt + 3 or ctx.kinds[head] != "noun":
        return ""
    return "noun" if ctx.kinds[roots[-1]] == "noun" else "other"


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
    opening = seg.start - len(seg.open_mark)
    if _NAMED_WORDS.search(text, max(0, opening - 40), opening):
        return True, "named_words"
    titled = (_title_cased(words) and "!" not in raw and stripped[-1:] != "?"
              and len(words) <= TITLE_WORDS and _title_context(text, seg))
    if titled:
        return False, "title"
    if _bylined(text, seg, stripped):
        return False, "byline"
    if seg.close_mark and _DATED.match(text, seg.end + len(seg.close_mark)):
        return False, "title"
    if _inscription(text, seg, stripped):
        modifier = "noun"
    else:
        modifier = _modifier(ctx, lo, hi) if hi > lo and stripped[-1:] not in _ENDS else ""
    if len(words) >= LONG_WORDS or sentence_like or seg.group is not None:
        if modifier and seg.group is None:
            return False, "term"
        return True, "sentence"
    governance = _governance(ctx, lo, hi) if hi > lo else ""
    if governance == "content":
        return True, "partial_quote"
    if modifier == "noun" and seg.group is None:
        return False, "term"
    if governance == "source" and stripped[-1:] != ",":
        return False, "source"  # `"…," Ann Lee said` misparsed keeps its comma
    if _any_cue(ctx, hi, hi + CUE_AFTER_TOKENS):
        return True, "cue_after"
    if not words:
        return False, "no_words"
    if modifier:
        return False, "term"
    if _title_cased(words) and stripped[-1:] not in "!?":
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
    _titles_share_lists(ctx.text, segments)


_LIST_GLUE = re.compile(r"[\s,;]*(?:(?:and|or|&)\s+)?")
"""What separates the items of a list of quoted phrases (`"A," "B" and "C"`), marks apart."""


def _titles_share_lists(text: str, segments: list[QuoteSegment]) -> None:
    """Items of one list of quoted phrases are of one kind: when one is a title, so are the
    title-cased others (`starred in "Parks and Recreation" and "Guardians of the Galaxy"`)."""
    runs: list[list[QuoteSegment]] = []
    for seg in segments:
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.close_mark and _LIST_GLUE.fullmatch(
                text, prev.end + len(prev.close_mark), seg.start - len(seg.open_mark)):
            runs[-1].append(seg)
        else:
            runs.append([seg])
    for run in runs:
        if len(run) < 2 or all(item.reason != "title" for item in run):
            continue
        for item in run:
            words = _WORD.findall(text[item.start:item.end])
            if item.is_speech and _title_cased(words) and len(words) <= TITLE_WORDS:
                item.is_speech, item.reason = False, "title"

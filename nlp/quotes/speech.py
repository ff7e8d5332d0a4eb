"""Whether a quoted segment reports speech, or is a title, a term or a scare quote.

The rules of `SPEECH_RULES`, tried in this order on one segment (the first that applies gives
the verdict: speech or not, and the reason reported for a rejected segment):
  * `named_wording`: words given as someone's wording (`the phrase "…"`, `known as "…"`): speech;
  * `work_title`: title-cased, no `!`/`?`, next to a word like `show`, `books`, `roles`,
    `titled`, or after an owner or a channel of words (`NBC's "Meet the Press"`, `on "Morning
    Joe"`, `told "Fox and Friends"`, `according to "The Art of the Deal"`): a title;
    `byline`: a headline with its byline or the excerpt after one (`"Museum to close," by Ann
    Lee: "The museum …"`); `dated_work`: given with a year (`"Yes to the ban" (2009)`): a title;
  * `long_term`, `long_speech`: four words or more, sentence-like (`"Yes, we can."`) or a
    multi-paragraph piece: speech, unless it modifies the noun after it (`the "Make Room for
    All" campaign`) or is printed on what that noun names (`the "Make America Great Again"
    hat`): a term;
  * `governed_by_cue`: a framing cue among its heads (`called the budget "a disgrace"`, `said it
    would end "by tonight"`, `denounced the "clean coal" plan`; `according to X` governs the
    clause it hangs on), not from the cue's source side (`backers of the "clean coal" plan
    argued`): speech;
  * `noun_modifier`: a quoted noun modifying the noun right after it (`the "Never Trump"
    movement`): a term;
  * `inverted_cue`: opening its sentence before a cue and its speaker (`'Hello world' says
    minister`, a headline's comma dropped): speech, though the parse makes it the subject;
  * `cue_source_side`: on a cue's source side only (`according to "insiders"`, no closing
    comma): not speech;
  * `cue_after`: a cue right after the closing mark (`"Out!" the crowd yelled`): speech;
  * `no_words`: nothing but digits or signs: not speech;
  * `adjective_modifier`: a quoted adjective before a noun (`a "fierce" battle`): a term;
    `bare_title`: title-cased: a title;
  * `cue_in_sentence`: a cue elsewhere in the sentence: speech; else `scare_quote` (ISIS
    "fighters").
Then `list_of_titles`: the items of one list of quoted phrases (`"A," "B" and "C"`) share a
title verdict; and `headline_echo`: a phrase on a headline line judged a title, term or scare
quote is speech when a later paragraph quotes the same words as speech (`ISIS Surrendering "En
Masse"` over `the exposé shows they are surrendering "en masse"`), and `headline_claim`: one whose
words the lede gives as a source's claim is speech (`nlp/quotes/headline_claims.py`). Cues here
are framing cues
(`nlp/cues/words.py`).

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

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from nlp.lexicon import active
from nlp.quotes.headline_claims import claim_cue, claim_sentence
from nlp.quotes.parse_index import ParseIndex, index
from nlp.quotes.segments import QuoteSegment
from nlp.quotes.wording import (
    TITLE_WORDS,
    WORD,
    bylined,
    dated,
    given_as_wording,
    inscription,
    listed_together,
    on_title_line,
    title_cased,
    title_context,
)
from nlp.rules import first, tracing
from nlp.text.folding import fold_words, shares_words

LONG_WORDS = 4
"""From this many words a quoted segment is speech unless it is a title or modifies a noun."""
CUE_AFTER_TOKENS = 4
"""How far after the closing mark a cue still frames the quote (`"…" the crowd yelled`)."""
ECHO_CANDIDATES = 8
"""Headline phrases compared with the later speech (each with all of it): a bound, so a hostile
text of headline-like lines does not cost its square."""
_ECHOED_RULES = frozenset(["adjective_modifier", "bare_title", "noun_modifier", "scare_quote"])
"""Verdicts a headline phrase loses when the body quotes its words: those read from its form
alone, not a work's context (`NBC's "Meet the Press"`, `(2009)`, a byline)."""
_ENDS = frozenset(",;:!?")
"""Punctuation closing a quoted phrase that parts it from the noun after (`"It's over," aide X`)."""

Verdict = tuple[bool, str]
"""(is speech, reason)."""


@dataclass
class _Segment:
    """One segment as the speech rules see it."""

    parse: ParseIndex
    seg: QuoteSegment

    @cached_property
    def raw(self) -> str:
        return self.parse.text[self.seg.start:self.seg.end]

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.raw)

    @cached_property
    def stripped(self) -> str:
        return self.raw.rstrip()

    @cached_property
    def tokens(self) -> tuple[int, int]:
        starts = self.parse.starts
        return bisect_left(starts, self.seg.start), bisect_left(starts, self.seg.end)

    @cached_property
    def long(self) -> bool:
        """Four words or more, a sentence (`"Yes, we can."`), or a multi-paragraph piece."""
        sentence_like = (len(self.words) >= 2 and self.stripped[:1].isupper()
                         and self.stripped[-1:] in ".!?")
        return len(self.words) >= LONG_WORDS or sentence_like or self.seg.group is not None

    @cached_property
    def modifier(self) -> str:
        """`noun`, `other` or "" (`ParseIndex.modifier`); an inscription counts as a noun."""
        if inscription(self.parse.text, self.seg, self.stripped):
            return "noun"
        lo, hi = self.tokens
        return self.parse.modifier(lo, hi) if hi > lo and self.stripped[-1:] not in _ENDS else ""

    @cached_property
    def governance(self) -> str:
        lo, hi = self.tokens
        return self.parse.governance(lo, hi) if hi > lo else ""

    @property
    def title_cased(self) -> bool:
        return title_cased(self.words)


def named_wording(s: _Segment) -> Verdict | None:
    return (True, "named_words") if given_as_wording(s.parse.text, s.seg) else None


def work_title(s: _Segment) -> Verdict | None:
    if s.title_cased and "!" not in s.raw and s.stripped[-1:] != "?" \
            and len(s.words) <= TITLE_WORDS and title_context(s.parse.text, s.seg):
        return False, "title"
    return None


def byline(s: _Segment) -> Verdict | None:
    return (False, "byline") if bylined(s.parse.text, s.seg, s.stripped) else None


def dated_work(s: _Segment) -> Verdict | None:
    return (False, "title") if dated(s.parse.text, s.seg) else None


def long_term(s: _Segment) -> Verdict | None:
    return (False, "term") if s.long and s.modifier and s.seg.group is None else None


def long_speech(s: _Segment) -> Verdict | None:
    return (True, "sentence") if s.long else None


def governed_by_cue(s: _Segment) -> Verdict | None:
    return (True, "partial_quote") if s.governance == "content" else None


def noun_modifier(s: _Segment) -> Verdict | None:
    return (False, "term") if s.modifier == "noun" and s.seg.group is None else None


def inverted_cue(s: _Segment) -> Verdict | None:
    closed = s.seg.end + len(s.seg.close_mark or "")
    return (True, "inverted_cue") if s.parse.inverted_cue(*s.tokens, closed) else None


def cue_source_side(s: _Segment) -> Verdict | None:
    """`"…," Ann Lee said` misparsed keeps its comma, so a comma makes this no verdict."""
    return (False, "source") if s.governance == "source" and s.stripped[-1:] != "," else None


def cue_after(s: _Segment) -> Verdict | None:
    hi = s.tokens[1]
    return (True, "cue_after") if s.parse.any_cue(hi, hi + CUE_AFTER_TOKENS) else None


def no_words(s: _Segment) -> Verdict | None:
    return None if s.words else (False, "no_words")


def adjective_modifier(s: _Segment) -> Verdict | None:
    return (False, "term") if s.modifier else None


def bare_title(s: _Segment) -> Verdict | None:
    return (False, "title") if s.title_cased and s.stripped[-1:] not in "!?" else None


def cue_in_sentence(s: _Segment) -> Verdict | None:
    lo = s.tokens[0]
    if lo < len(s.parse.starts) and s.parse.any_cue(*s.parse.sentence(lo)):
        return True, "cue_in_sentence"
    return None


def scare_quote(s: _Segment) -> Verdict | None:
    return False, "scare_quote"


SPEECH_RULES: tuple[Callable[[_Segment], Verdict | None], ...] = (
    named_wording, work_title, byline, dated_work, long_term, long_speech, governed_by_cue,
    noun_modifier, inverted_cue, cue_source_side, cue_after, no_words, adjective_modifier,
    bare_title, cue_in_sentence, scare_quote,
)


def judge_segments(doc: Doc, segments: list[QuoteSegment], text: str | None = None) -> None:
    """Set `is_speech`, `reason` and `rule` on each segment (`text` is `doc.text`, which spaCy
    rebuilds on every access); each segment's `trace`, if it has one, gets the rules tried."""
    if not segments:
        return
    parse = index(doc, doc.text if text is None else text, segments)
    for seg in segments:
        with tracing(seg.trace):
            verdict, seg.rule = first(SPEECH_RULES, _Segment(parse, seg), "speech")
        seg.is_speech, seg.reason = verdict
    _titles_share_lists(parse.text, segments)
    _headline_echoes(parse.text, segments)
    _headline_claims(doc, parse.text, segments)


def _headline_echoes(text: str, segments: list[QuoteSegment]) -> None:
    """A headline's phrase that a later paragraph quotes as speech is that speech's headline
    copy (module docstring), though its form alone reads as a title or a scare quote."""
    candidates = [seg for seg in segments if not seg.is_speech and seg.rule in _ECHOED_RULES
                  and len(fold_words(text[seg.start:seg.end])) > 1
                  and on_title_line(text, seg)][:ECHO_CANDIDATES]
    for seg in candidates:
        words = text[seg.start:seg.end]
        if any(other.is_speech and other.paragraph > seg.paragraph
               and shares_words(words, text[other.start:other.end]) for other in segments):
            seg.is_speech, seg.reason, seg.rule = True, "headline_echo", "headline_echo"
            if seg.trace is not None:
                seg.trace.append(["speech", "headline_echo", "fired"])


def _headline_claims(doc: Doc, text: str, segments: list[QuoteSegment]) -> None:
    """A headline's single-quoted phrase whose words the lede holds is speech when the lede
    states them as someone's claim, and a label when it does not, unless a later quote gives
    the same words (`nlp/quotes/headline_claims.py`)."""
    singles = active().single_marks
    candidates = [seg for seg in segments if seg.open_mark in singles
                  and on_title_line(text, seg)][:ECHO_CANDIDATES]
    for seg in candidates:
        span = claim_sentence(text, seg.start, seg.end)
        if span is None or any(other.paragraph > seg.paragraph and shares_words(
                text[seg.start:seg.end], text[other.start:other.end]) for other in segments):
            continue
        claimed = claim_cue(doc, span, text[seg.start:seg.end]) is not None
        if claimed != seg.is_speech:
            seg.is_speech, seg.reason = claimed, "headline_claim" if claimed else "scare_quote"
            seg.rule = "headline_claim" if claimed else "headline_label"
            if seg.trace is not None:
                seg.trace.append(["speech", seg.rule, "fired"])


def _titles_share_lists(text: str, segments: list[QuoteSegment]) -> None:
    """Items of one list of quoted phrases are of one kind: when one is a title, so are the
    title-cased others (`starred in "Parks and Recreation" and "Guardians of the Galaxy"`)."""
    runs: list[list[QuoteSegment]] = []
    for seg in segments:
        if runs and listed_together(text, runs[-1][-1], seg):
            runs[-1].append(seg)
        else:
            runs.append([seg])
    for run in runs:
        if len(run) < 2 or all(item.reason != "title" for item in run):
            continue
        for item in run:
            words = WORD.findall(text[item.start:item.end])
            if item.is_speech and title_cased(words) and len(words) <= TITLE_WORDS:
                item.is_speech, item.reason, item.rule = False, "title", "list_of_titles"
                if item.trace is not None:
                    item.trace.append(["speech", "list_of_titles", "fired"])

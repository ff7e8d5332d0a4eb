"""What the text right around a quoted phrase says it is: a title, a headline, an inscription,
or words given as someone's wording. Plain string tests, no parse."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.lexicon import Lexicon, active
from nlp.quotes.segments import QuoteSegment

TITLE_WORDS = 12
"""Longest title-cased phrase taken for a title (`Lost Tycoon: The Many Lives of Donald Trump`)."""
WORD = re.compile(r"[^\W\d_][\w’'-]*")
"""A word of a quoted phrase (letters first, then letters, digits, apostrophes, hyphens)."""
_DATED = re.compile(r"\s*\((?:19|20)\d\d\)")
"""`"Yes to the ban" (2009)`: a poster, slogan or work given with its year, not reported words."""
_BYLINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")
"""`"Museum to close," by Ann Lee`: a headline or a work followed by its author."""
_EXCERPT = re.compile(r"[”\"’']+\s*by\s+[^\n:“\"]{1,80}:\s*$")
"""`"Museum to close," by Ann Lee: "The museum …"`: the quoted text of that bylined piece."""
_SENTENCE_END = re.compile(r"[.!?:;,][\s\"”’')\]]*$")
"""How a line ends when it holds a sentence (closing marks and brackets after the stop)."""
TITLE_LINE_WORDS = 30
"""Most words in a headline or subhead line (a page title holding two copies of one fits)."""
_NEXT_WORD = re.compile(r"\s*([\w-]+)")
_LIST_GLUE = re.compile(r"[\s,;]*(?:(?:and|or|&)\s+)?")
"""What separates the items of a list of quoted phrases (`"A," "B" and "C"`), marks apart."""


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The owner-or-channel and named-wording patterns of one lexicon.

    Owner: `NBC's "Meet the Press"`, or a channel phrase (`on "Morning Joe"`). Named wording:
    `the phrase "…"`, `known as "…"`: the quoted words are given as someone's wording (a coinage,
    a name they go by), which news reports as that source's words. `titled "…"` is left to the
    title rule: a work's title is not speech, though the corpus often marks it."""
    owner = re.compile(r"(?:\b[A-Z][\w.&-]*(?:['’]s|['’])|\b(?i:"
                       + _alternatives(lex.channel_phrases) + r"))\s*$")
    named = re.compile(
        r"(?:\b(?:the|a|this|that|his|her|its|their|our)\s+(?:"
        + _alternatives(lex.wording_nouns)
        + r")|\b(?:known\s+(?:\w+\s+)?as(?:\s+the)?|(?:go|goes|going|went)\s+by))[\s,:]*$",
        re.IGNORECASE)
    return owner, named


def title_cased(words: list[str]) -> bool:
    """Every significant word capitalised (`Guardians of the Galaxy`)."""
    small = active().title_small_words
    significant = [w for w in words if w.lower() not in small]
    return bool(significant) and all(w[0].isupper() for w in significant)


def on_title_line(text: str, seg: QuoteSegment) -> bool:
    """The segment's line reads as a headline: short, not ending as a sentence does (`ISIS
    Surrendering "En Masse" in Iraq`, `'We will rebuild' says mayor`)."""
    lo = text.rfind("\n", 0, seg.start) + 1
    hi = text.find("\n", seg.end)
    line = text[lo:len(text) if hi < 0 else hi].rstrip()
    return bool(line) and not _SENTENCE_END.search(line) \
        and len(WORD.findall(line)) <= TITLE_LINE_WORDS


def given_as_wording(text: str, seg: QuoteSegment) -> bool:
    """`the phrase "…"`, `known as "…"` right before the segment (see `_patterns`)."""
    opening = seg.start - len(seg.open_mark)
    return bool(_patterns(active())[1].search(text, max(0, opening - 40), opening))


def title_context(text: str, seg: QuoteSegment) -> bool:
    """A word like `show`, `books`, `roles`, `titled` near the segment, or an owner or a channel
    of words right before it (`NBC's "Meet the Press"`, `on "Morning Joe"`)."""
    context = active().title_context_words
    before = text[max(0, seg.start - 40):seg.start - len(seg.open_mark)]
    after = text[seg.end:seg.end + 25].lower()
    words = re.findall(r"[a-z]+", before.lower())[-4:] + re.findall(r"[a-z]+", after)[:3]
    return (any(w in context or w[-1:] == "s" and w[:-1] in context for w in words)
            or bool(_patterns(active())[0].search(before)))


def dated(text: str, seg: QuoteSegment) -> bool:
    """A year in brackets right after the closing mark."""
    return bool(seg.close_mark and _DATED.match(text, seg.end + len(seg.close_mark)))


def bylined(text: str, seg: QuoteSegment, stripped: str) -> bool:
    """A headline with its byline, or the excerpt that follows one: an article's text, not words
    a source spoke."""
    after = seg.end + len(seg.close_mark or "")
    first = next((c for c in stripped if c.isalpha()), "")
    if stripped[-1:] == "," and first.isupper() and seg.close_mark and _BYLINE.match(text, after):
        return True
    window = max(text.rfind("\n", 0, seg.start) + 1, seg.start - 100)
    return bool(_EXCERPT.search(text, window, seg.start - len(seg.open_mark)))


def inscription(text: str, seg: QuoteSegment, stripped: str) -> bool:
    """`showing off the "Make America Great Again" hat`: words printed on what the next word
    names, whatever the parse made of them (not `"We lost." T-shirts appeared`)."""
    if not seg.close_mark or not stripped[-1:].isalnum():
        return False
    inscribed = active().inscribed_nouns
    match = _NEXT_WORD.match(text, seg.end + len(seg.close_mark))
    word = match.group(1).lower() if match else ""
    return word in inscribed or word[-1:] == "s" and word[:-1] in inscribed


def listed_together(text: str, prev: QuoteSegment, seg: QuoteSegment) -> bool:
    """Whether `seg` follows `prev` as the next item of one list (`"A," "B" and "C"`)."""
    return bool(prev.close_mark) and bool(_LIST_GLUE.fullmatch(
        text, prev.end + len(prev.close_mark), seg.start - len(seg.open_mark)))

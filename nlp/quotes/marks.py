"""Quoted segments of raw text, found by one scan over the characters, offsets kept.

Quote marks are paired per paragraph (a newline ends one), so a stray mark never swallows the
rest of an article. A mark opens or closes by what flanks it: a space or opening bracket before
and a word after opens, a word before and a space or punctuation after closes; only when the
flanks say nothing does the mark's own shape decide (`“` opens, `”` closes, `"` toggles). That
is what lets scraped text pair `“…“`, `“…"` and `"…”`.

Mark styles:
  * double marks (`“ ” " „ « »`, and `''`, `’’`, `‘‘` or ``` `` ``` used as one) are primary in
    most news; a run of them (`""Maybe`, `"“You`) counts as one mark. Single marks inside a double
    quote are nested quotes and stay part of it; single marks elsewhere are apostrophes or headline
    style and yield nothing;
  * single marks (`‘ ’ '`) are primary when they open more segments than double marks do (British
    style); then an opening mark must be followed by a word that is not an elision (`'90s`,
    `'n'`), and a closing one must not sit between letters (`don't`, `the SDF's`).

Multi-paragraph quotes: newswire opens a quote in each paragraph and closes it only in the last.
We report one segment per paragraph piece, the pieces sharing `QuoteSegment.group`, so offsets
never span paragraph breaks (a CMS highlights per paragraph) and attribution gives the pieces one
speaker. A quote still open at a paragraph end whose next paragraph does not reopen it is cut at
the paragraph end (`close_mark` None). Paragraphs run together into one line keep the
convention: a quote reopened after a sentence end, never closed, is cut there and the pieces
share a group (`_run_together`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice

from nlp.lexicon import active
from nlp.quotes.headline_claims import claim_sentence
from nlp.quotes.invisible import invisible, is_blank, visible_after, visible_before, visible_span
from nlp.quotes.segments import QuoteSegment
from nlp.text.folding import fold_words, shares_words

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
"""A newline ends a paragraph (as in `nlp/quotes/layout.py`); blank lines and indents go with it."""
_TAG = r"<[A-Za-z/][^<>]{0,1000}>"
"""Markup left in scraped text (`<tweet id="…">`): its attribute quotes are not quotes."""
_DOUBLE = re.compile(_TAG + r"|\n\s*|[“”\"„‟«»]+|'{2,3}|’{2,3}|‘{2,3}|``")
_SINGLE = re.compile(_TAG + r"|\n\s*|(['‘’])\1+|[‘’']")
_SINGLE_OPENER_HINT = re.compile(r"(?:^|(?<=[\s(\[{>—–-]))['‘]", re.MULTILINE)
"""Single marks that could open a quote; when fewer than the double openers, skip the scan."""
_ELISION = re.compile(r"[a-z]+|\d\d", re.IGNORECASE)


@dataclass
class _Mark:
    start: int
    end: int
    role: str
    """`open`, `close`, `either` (neither flanks nor shape decide) or `break` (a paragraph end)."""


def _flank_role(text: str, start: int, end: int, shape_role: str) -> str:
    lex = active()
    before, after = visible_before(text, start), visible_after(text, end)
    opens = (is_blank(before) or before in lex.opening_punctuation) and not is_blank(after)
    closes = not is_blank(before) and before not in lex.opening_punctuation and (
        is_blank(after) or after in lex.closing_punctuation)
    if opens != closes:
        return "open" if opens else "close"
    return shape_role


def _shape_role(ch: str) -> str:
    lex = active()
    if ch in lex.opening_double_marks:
        return "open"
    return "close" if ch in lex.closing_double_marks else "either"


def _double_marks(text: str) -> list[_Mark]:
    """Double-style marks and paragraph breaks, in order."""
    out: list[_Mark] = []
    for m in _DOUBLE.finditer(text):
        s, e = m.span()
        run = m.group()
        if run[0] == "<":
            continue
        if run[0] == "\n":
            out.append(_Mark(s, e, "break"))
            continue
        if len(run) == 3 and run[0] in "'’‘":  # a double and a nested single mark
            role = _flank_role(text, s, e, "either")
            s, e = (s, s + 2) if role == "open" else (e - 2, e)
        elif len(run) > 1 and _shape_role(run[0]) == "close" and _shape_role(run[-1]) == "open":
            out.append(_Mark(s, s + 1, "close"))  # `…end.”“Next…`: two quotes glued together
            s += len(run) - 1
        out.append(_Mark(s, e, _flank_role(text, s, e, _shape_role(text[s]))))
    return out


def _single_marks(text: str) -> list[_Mark]:
    """Single-style marks that can be quote marks (apostrophes and elisions left out)."""
    lex = active()
    out: list[_Mark] = []
    for m in _SINGLE.finditer(text):
        s = m.start()
        if m.group()[0] == "\n":
            out.append(_Mark(s, m.end(), "break"))
            continue
        if m.group()[0] == "<" or m.end() - s > 1:
            continue  # markup, or a doubled mark standing for a double quote
        before, after = visible_before(text, s), visible_after(text, s + 1)
        if before.isalnum() and after.isalnum():
            continue  # don't, the SDF's, rock'n'roll
        role = _flank_role(text, s, s + 1, lex.single_marks[m.group()])
        if role == "open":
            word = _ELISION.match(text, s + 1)
            if word and (word.group().lower() in lex.elisions or word.group().isdigit()):
                continue  # '90s, 'em, 'n'
        if role != "either":
            out.append(_Mark(s, s + 1, role))
    return _drop_plural_possessives(text, out)


_PLURAL_POSSESSIVE = re.compile(r"s['’] [a-z]")


def _drop_plural_possessives(text: str, marks: list[_Mark]) -> list[_Mark]:
    """`the pupils’ union`: a closer after a plural `s` is an apostrophe when another closer
    follows before the next opener or paragraph end."""
    keep = []
    for i, mark in enumerate(marks):
        if mark.role == "close" and _PLURAL_POSSESSIVE.match(text, mark.start - 1):
            later = next((m for m in islice(marks, i + 1, None) if m.role != "either"), None)
            if later is not None and later.role == "close":
                continue
        keep.append(mark)
    return keep


def _openers(marks: list[_Mark]) -> int:
    return sum(1 for m in marks if m.role == "open")


def _straight(text: str, mark: _Mark) -> bool:
    return text[mark.start] in "\"'"


def _nests(text: str, marks: list[_Mark], i: int, outer: _Mark) -> bool:
    """Whether the opener at `i`, met inside the open quote `outer`, starts a nested quote.

    A mark of the other style (`"… “B” …`) nests when a closer follows; one of the same style
    needs two closers before the next opener or paragraph end (`“A “B” C,” X said`), or else
    the outer quote was simply never closed (`“A, X said. “B,” Y said.`).
    """
    needed = 2 if _straight(text, marks[i]) == _straight(text, outer) else 1
    closers = 0
    for mark in islice(marks, i + 1, None):
        if mark.role in ("open", "break"):
            break
        closers += 1
    return closers >= needed


class _LineLeads:
    """Whether only blanks precede an offset on its line, each line's leading blanks read once
    however many marks the line holds (a line of 100,000 marks stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.first_visible: dict[int, int] = {}

    def blank_before(self, at: int) -> bool:
        start = self.line_starts[bisect_right(self.line_starts, at) - 1]
        if start not in self.first_visible:
            i = start
            while i < len(self.text) and (self.text[i] in " \t" or invisible(self.text[i])):
                i += 1
            self.first_visible[start] = i
        return self.first_visible[start] >= at


def _pair(text: str, marks: list[_Mark]) -> list[QuoteSegment]:
    """Pair marks within paragraphs; a paragraph opening right after one left open continues it."""
    out: list[QuoteSegment] = []
    para_starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    leads = _LineLeads(text)
    groups = 0
    opened: _Mark | None = None
    depth = 0
    reopening = False
    left_open: QuoteSegment | None = None
    """The previous paragraph's piece that was still open at its end."""

    def emit(end: int, close: _Mark | None) -> QuoteSegment | None:
        nonlocal groups
        assert opened is not None
        start = opened.end
        newline = text.find("\n", start, end)
        if newline >= 0:  # markup spanning a line break hid the paragraph end
            end, close = newline, None
        if close is None:
            end = start + len(text[start:end].rstrip())
        start, end = visible_span(text, start, end)
        if end <= start:
            return None
        seg = QuoteSegment(start, end, text[opened.start:opened.end],
                           None if close is None else text[close.start:close.end],
                           bisect_right(para_starts, start))
        if reopening and left_open is not None:
            if left_open.group is None:
                groups += 1
                left_open.group = groups
            seg.group = left_open.group
        out.append(seg)
        return seg

    for i, mark in enumerate(marks):
        if mark.role == "break":
            left_open = emit(mark.start, None) if opened is not None else None
            opened, depth, reopening = None, 0, False
            continue
        at_line_start = leads.blank_before(mark.start)
        if opened is None:
            if mark.role != "close" or at_line_start:
                reopening = left_open is not None and at_line_start
                opened, depth = mark, 1
        elif mark.role != "open":
            depth -= 1
            if depth == 0:
                emit(mark.start, mark)
                opened, reopening, left_open = None, False, None
        elif _nests(text, marks, i, opened):
            depth += 1
        else:
            piece = emit(mark.start, None)
            run_together = _run_together(text, opened, mark)
            opened, depth = mark, 1
            reopening, left_open = run_together, piece if run_together else None
    if opened is not None:
        emit(len(text), None)
    return out


def _run_together(text: str, opened: _Mark, mark: _Mark) -> bool:
    """`… all I wanted. "All my life …`: a quote reopened after a sentence end without being
    closed is the next paragraph of the same quote, the paragraph break lost when the
    paragraphs were run into one line (BBC copy); its pieces share a group."""
    return text[opened.end:mark.start].rstrip()[-1:] in (".", "!", "?")


def scan(text: str) -> list[QuoteSegment]:
    """Every quoted segment of `text`, in the document's primary quote style, and the
    single-quoted ones of its title lines when the body quotes in double marks."""
    doubles = _double_marks(text)
    double_openers = _openers(doubles)
    if len(_SINGLE_OPENER_HINT.findall(text)) > double_openers:
        singles = _single_marks(text)
        if _openers(singles) > double_openers:
            return _pair(text, singles)
    return _with_title_singles(text, _pair(text, doubles))


def _with_title_singles(text: str, segments: list[QuoteSegment]) -> list[QuoteSegment]:
    """`'We expect it to be over soon,' SDF spokesperson says`: headlines quote in single
    marks whatever the body does. Title lines are the article's first lines (at most
    `_TITLE_LINES`) that end without a sentence's closing punctuation, before its body; a
    single-quoted stretch there is a quote when the body quotes the same words, or when the lede
    holds its words (`nlp/quotes/headline_claims.py`; a headline's scare quotes and labels stay
    apostrophes and headline style)."""
    end = _title_end(text)
    if not end or any(s.start < end for s in segments):
        return segments
    quoted = [text[s.start:s.end] for s in segments]
    candidates = [s for s in _pair(text[:end], _single_marks(text[:end]))
                  if s.group is None][:_TITLE_QUOTES]
    titled = [s for s in candidates if claim_sentence(text, s.start, s.end) or (
        len(fold_words(text[s.start:s.end])) > 1
        and any(shares_words(text[s.start:s.end], q) for q in quoted))]
    return titled + segments if titled else segments


_TITLE_QUOTES = 8
"""Title-line quotes compared with the body's: a headline holds a few, and each is compared with
every body quote, so a bound keeps a hostile first line from costing its square."""
_TITLE_LINES = 3
_TITLE_LINE = re.compile(r"[^\n]*[^\s.!?\"”:;,][ \t]*\n")
"""A line that does not end as a sentence does (a headline, a standfirst)."""


def _title_end(text: str) -> int:
    """Where the title lines end (0 when the text opens with a sentence)."""
    end = 0
    for _ in range(_TITLE_LINES):
        line = _TITLE_LINE.match(text, end)
        if line is None:
            break
        end = line.end()
    return end if end < len(text) else 0


"""The parse around quoted segments, indexed once per document from token arrays (no Token
objects): where the framing cues are, which token heads which, what is quoted, which side of a
cue a word is on. The speech rules ask it whether a cue governs a segment, follows it or sits in
its sentence, and whether the segment modifies the noun after it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, POS, SENT_START
from spacy.tokens import Doc

from nlp.cues.words import according_to, framing_cues
from nlp.quotes.segments import QuoteSegment

CUE_SPEAKER_TOKENS = 8
"""Words after an inverted cue read for its speaker (`says Transport Minister Jane Hill`)."""
_SOURCE_DEPS = ("agent", "csubj", "csubjpass", "nsubj", "nsubjpass")
"""Relations that make a phrase the speaker of its head verb, not what was said."""


@dataclass
class ParseIndex:
    """Per-document indexes shared by all segments."""

    text: str
    starts: list[int]
    heads: list[int]
    quoted: list[bool]
    is_cue: list[bool]
    kinds: list[str]
    """Per token `noun`, `verb`, `punct`, `space` or empty: what `modifier` and
    `inverted_cue` ask."""
    cues: list[int]
    """Indices of framing cues outside quotes, ascending."""
    source_side: list[bool]
    """Per token, whether its head is a cue it is the source of, not the content (a subject,
    or the object of `according to`)."""
    attributed: list[bool]
    """Per token, whether `according to` hangs on it: the clause it heads reports a source."""
    according: list[bool]
    """Per token, whether it is the `according` of `according to`."""
    sent_starts: list[int]

    def any_cue(self, lo: int, hi: int) -> bool:
        """Whether a framing cue outside quotes lies in tokens [lo, hi)."""
        k = bisect_left(self.cues, lo)
        return k < len(self.cues) and self.cues[k] < hi

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token `i`."""
        k = bisect_right(self.sent_starts, i)
        end = self.sent_starts[k] if k < len(self.sent_starts) else len(self.starts)
        return self.sent_starts[k - 1], end

    def governance(self, lo: int, hi: int) -> str:
        """`content` when a cue is among the ancestors of the quote's tokens (`called it "a
        disgrace"`), `source` when the only cues above it are reached from their source side
        (`the "Never Trump" movement says`, `according to the "Fair Share" report`), else ""."""
        found = ""
        for i in range(lo, hi):
            if lo <= self.heads[i] < hi:
                continue
            above = self._above(i)
            if above == "content":
                return above
            found = above or found
        return found

    def _above(self, i: int) -> str:
        """What the cues on the path up from token `i` make of it (see `governance`)."""
        j = self.heads[i]
        from_source, from_according = self.source_side[i], False
        found = ""
        while True:
            if not self.quoted[j]:
                if self.is_cue[j] and not from_source \
                        or self.attributed[j] and not from_according:
                    return "content"
                if self.is_cue[j]:
                    found = "source"
            if self.heads[j] == j:
                return found
            from_source, from_according = self.source_side[j], self.according[j]
            j = self.heads[j]

    def inverted_cue(self, lo: int, hi: int, closed: int) -> bool:
        """`'Hello world' says minister`, `"No" said Jane Doe.`: the quote (tokens lo..hi)
        opens its sentence and a cue right after it is followed, to the sentence's or line's
        end, by nouns and no verb: its speaker, whom the parse may have made the object, the
        quote being the subject (not `"Insiders" say the plan will fail`). `closed` is where
        the closing mark ends (the tagger may take a single one for a possessive)."""
        s_lo, s_hi = self.sentence(lo)
        if any(self.kinds[i] != "punct" for i in range(s_lo, lo)):
            return False
        j = bisect_left(self.starts, closed, lo=hi)
        while j < s_hi and self.kinds[j] == "punct":
            j += 1
        if not self.any_cue(j, j + 1):
            return False
        after: list[str] = []
        for kind in self.kinds[j + 1:min(s_hi, j + 1 + CUE_SPEAKER_TOKENS)]:
            if kind == "space":
                break
            after.append(kind)
        return "noun" in after and "verb" not in after

    def modifier(self, lo: int, hi: int) -> str:
        """What the quote is when it modifies a noun right after it, else "".

        `noun` for a quoted name or term (`the "Never Trump" movement`), `other` for a quoted
        adjective (`a "ferocious" battle`), which is often someone's word.
        """
        roots = [i for i in range(lo, hi)
                 if not lo <= self.heads[i] < hi and self.kinds[i] != "punct"]
        nxt = hi
        while nxt < len(self.starts) and self.kinds[nxt] == "punct":
            nxt += 1
        if not roots or len({self.heads[i] for i in roots}) != 1:
            return ""  # one head for all (`"clean" "coal"` both hang on `plan`), or none
        head = self.heads[roots[0]]
        if not nxt <= head < nxt + 3 or self.kinds[head] != "noun":
            return ""
        return "noun" if self.kinds[roots[-1]] == "noun" else "other"


def index(doc: Doc, text: str, segments: list[QuoteSegment]) -> ParseIndex:
    """The indexes of one parsed document and its segments (`text` is `doc.text`)."""
    arr = doc.to_array([IDX, POS, SENT_START, DEP, HEAD])
    strings = doc.vocab.strings
    pos, dep = arr[:, 1], arr[:, 3]
    according, to = according_to(doc)
    cue = framing_cues(doc, to)
    heads = arr[:, 4].astype("int64") + numpy.arange(len(arr))
    attributed = numpy.zeros(len(arr), dtype=bool)
    attributed[heads[according]] = True
    source_side = (dep == strings["pobj"]) & to[heads]
    for name in _SOURCE_DEPS:
        source_side |= dep == strings[name]
    quoted = numpy.zeros(len(arr), dtype=bool)
    bounds = numpy.searchsorted(arr[:, 0], [(seg.start, seg.end) for seg in segments])
    for lo, hi in bounds.tolist():
        quoted[lo:hi] = True
    nouns = (pos == strings["NOUN"]) | (pos == strings["PROPN"])
    verbs = (pos == strings["VERB"]) | (pos == strings["AUX"])
    kinds = numpy.select([nouns, verbs, pos == strings["PUNCT"], pos == strings["SPACE"]],
                         ["noun", "verb", "punct", "space"], "").tolist()
    sent_starts = numpy.flatnonzero(arr[:, 2] == 1).tolist()
    if not sent_starts or sent_starts[0] != 0:
        sent_starts.insert(0, 0)
    return ParseIndex(text, arr[:, 0].tolist(), heads.tolist(), quoted.tolist(), cue.tolist(),
                      kinds, numpy.flatnonzero(cue & ~quoted).tolist(), source_side.tolist(),
                      (attributed & ~according).tolist(), according.tolist(), sent_starts)

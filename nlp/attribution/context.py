"""Who said a quote whose sentence gives no cue with a source: the context rules.

`CONTEXT_RULES`, in order:
  * `line_label` and `signature` (`nlp/attribution/labels.py`): a label opening the quote's line
    (`Paul Berg, The Daily Ledger:`, `HOST:`, `A:`), a signature after it (`— Bernie Sanders`);
  * `lead_in_sentence`: the sentence before, in the quote's paragraph or, when it ends with a
    colon, the paragraph before one the quote opens (`adjacent_sentence`), when it holds no quote
    of its own (a lead-in may);
  * `speech_just_before`: for a quote opening its paragraph, the speech verb's source in the
    quote-free sentence ending the paragraph before (`…, Mr Howard said.`): the nearer explicit
    attribution, over the speaker of a quote further back;
  * `previous_speaker`: the speaker of the paragraph's previous quote, or of the previous
    paragraph's when the quote opens its own (`paragraph_speaker`);
  * `introducing_sentence`: the sentence before, quote-free: its speech verb's source, or (for
    a quote that is its whole paragraph) its main subject, just introduced.
A sentence introduces its speaker by `SENTENCE_RULES` (`nlp/attribution/introductions.py`).
And `lead_in_colon` corrects a cue's unnamed source: `Pollsters agree - Carl Bialik: "…"` is
Bialik's, not the pollsters'. The sentence before, in `speech_just_before`, may be the one before
it in its paragraph when it names no one (`X told the BBC there are two parts. The first is …`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Span

from nlp.attribution.attribution import CONFIDENCE, Attribution
from nlp.attribution.introductions import from_sentence, introduced
from nlp.attribution.labels import line_label, signature
from nlp.cues.nearby import before_party_tag
from nlp.quotes.segments import QuoteSegment
from nlp.rules import NOTHING, Nothing, first

if TYPE_CHECKING:
    from nlp.attribution.attributor import Attributor

_SENTENCE_ENDS = (".", "!", "?", ":")


@dataclass
class QuoteContext:
    """One quote (by index) and the context around it."""

    attributor: Attributor
    qi: int

    @property
    def quote(self) -> QuoteSegment:
        return self.attributor.quotes[self.qi]

    @cached_property
    def lo(self) -> int:
        return self.attributor.layout.token_range(self.quote.start, self.quote.end)[0]

    @cached_property
    def paragraph(self) -> int:
        return self.attributor.layout.paragraph(self.quote.start)

    @cached_property
    def opens_paragraph(self) -> bool:
        layout = self.attributor.layout
        return not layout.text[layout.para_starts[self.paragraph]:self.quote.start].strip(
            " \"'“‘")

    @cached_property
    def prev(self) -> Span | None:
        return preceding(self.attributor, self.lo)


def from_context(attributor: Attributor, qi: int) -> Attribution | None:
    """The quote's speaker from its context, its rule the context rule's (and the sentence
    rule's, for a sentence that introduced the speaker)."""
    context = QuoteContext(attributor, qi)
    if context.lo >= len(attributor.doc):
        return None
    att, rule = first(CONTEXT_RULES, context, "context")
    if att is None:
        return None
    return att.with_rule(f"{rule}/{att.rule}" if att.rule else rule)


def lead_in_sentence(c: QuoteContext) -> Attribution | None:
    prev = c.prev
    if prev is None:
        return None
    layout = c.attributor.layout
    # from its first word: the parser may start it with the last paragraph's mark
    words = [t for t in prev if not (t.is_punct or t.is_space)]
    prev_para = layout.paragraph_of(words[0] if words else prev[0])
    lead_in = prev.text.rstrip().endswith(":")
    if prev_para == c.paragraph or (lead_in and prev_para == c.paragraph - 1
                                    and c.opens_paragraph):
        att = from_sentence(c.attributor, prev, need_cue=not lead_in and prev_para != c.paragraph)
        if att is not None and (lead_in or not has_quote(c.attributor, prev)):
            return att
    return None


def speech_just_before(c: QuoteContext) -> Attribution | None:
    """`"…," Kemp said. Mr Howard paid tribute …, Mr Howard said. | "We watched …"`: the
    sentence just before names who speaks next; the paragraph's earlier quote is further. When
    that sentence names no one, the one before it in its paragraph may (`Steve Ash told the BBC
    there are two parts. The first is …`). Not a pronoun source: that is for `previous_speaker`."""
    prev = c.prev
    if prev is None or not c.opens_paragraph or has_quote(c.attributor, prev):
        return None
    layout = c.attributor.layout
    words = [t for t in prev if not (t.is_punct or t.is_space)]
    if not words or layout.paragraph_of(words[-1]) != c.paragraph - 1:
        return None
    att = from_sentence(c.attributor, prev, need_cue=True)
    si = layout.sent_of[words[0].i]
    if att is None and si > 0:
        before = layout.sents[si - 1]  # `X told the BBC there are two parts. The first is …`
        if layout.paragraph_of(before[-1]) == c.paragraph - 1 \
                and not has_quote(c.attributor, before):
            att = from_sentence(c.attributor, before, need_cue=True)
    return None if att is None or _by_pronoun(att) else att


def _by_pronoun(att: Attribution) -> bool:
    """`Rather, he said, …`: a pronoun most often carries the story's speaker on, which
    `previous_speaker` gives without guessing whom the pronoun stands for."""
    return att.mention_kind == "pronoun"


def previous_speaker(c: QuoteContext) -> Attribution | None:
    """The last speech quote's speaker, in this paragraph or (if the quote opens one) in the
    one before."""
    attributor = c.attributor
    for pj in range(c.qi - 1, -1, -1):
        prev_q, prev_att = attributor.quotes[pj], attributor.results[pj]
        if not prev_q.is_speech:
            continue
        prev_para = attributor.layout.paragraph(prev_q.start)
        if prev_att.entity is None or not (
                prev_para == c.paragraph or c.opens_paragraph and prev_para == c.paragraph - 1):
            return None
        return Attribution(prev_att.entity, prev_att.mention, None, "paragraph_speaker",
                           CONFIDENCE["paragraph_speaker"])
    return None


def introducing_sentence(c: QuoteContext) -> Attribution | Nothing | None:
    """A quote that is its whole paragraph follows the one who was just introduced."""
    if c.prev is None or has_quote(c.attributor, c.prev):
        return None
    layout = c.attributor.layout
    starts = layout.para_starts
    end = starts[c.paragraph + 1] if c.paragraph + 1 < len(starts) else len(layout.text)
    alone = c.opens_paragraph and not layout.text[c.quote.end:end].strip(" \n\"'”’.,")
    return from_sentence(c.attributor, c.prev, need_cue=not alone) or NOTHING


CONTEXT_RULES: tuple[Callable[[QuoteContext], Attribution | Nothing | None], ...] = (
    line_label, signature, lead_in_sentence, speech_just_before, previous_speaker,
    introducing_sentence,
)


def lead_in_colon(attributor: Attributor, qi: int) -> Attribution | None:
    """`Pollsters agree - Carl Bialik: "…"`: a name right before the colon that opens the quote
    is its speaker, over a common noun a speech verb earlier in the line has for its source."""
    doc = attributor.doc
    quote = attributor.quotes[qi]
    i = attributor.layout.token_range(quote.start, quote.end)[0] - 1
    while i > 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text != ":":
        return None
    name = doc[before_party_tag(doc, i - 1)]
    if not introduced(name):
        return None
    att = attributor.from_source(name, None, "adjacent_sentence")
    return att.with_rule("lead_in_colon") if att is not None and att.entity is not None else None


def preceding(attributor: Attributor, lo: int) -> Span | None:
    """The sentence before the quote's. When the parser glued a finished sentence or a
    lead-in (`X wrote:`, even across a paragraph break) onto the quote's sentence, that
    stretch before the quote stands in for it."""
    layout, doc = attributor.layout, attributor.doc
    si = layout.sent_of[lo]
    sent = layout.sents[si]
    i = lo - 1
    while i >= sent.start and (doc[i].is_space or doc[i].is_quote):
        i -= 1
    if i >= sent.start and doc[i].text in _SENTENCE_ENDS and not layout.quoted(doc[i]):
        first_word = sent.start  # from the lead-in's own paragraph: `…" | Jane Doe added: | "…`
        end_para = layout.paragraph_of(doc[i])
        while first_word < i and (layout.paragraph_of(doc[first_word]) != end_para
                                  or doc[first_word].is_space):
            first_word += 1
        return doc[first_word:i + 1]
    return layout.sents[si - 1] if si > 0 else None


def has_quote(attributor: Attributor, sent: Span) -> bool:
    return any(attributor.layout.quoted(t) for t in sent)

"""One quote's attribution as the attribution stage decides it, and how it enters the quote's
record on the Doc.

Confidences are the share of right speakers each method had on the 840 PolNeAR training
articles (quotes whose gold speaker has a name, pronouns included), rounded down; `signature`,
`layout_label` (`Name, role:` lines, transcript labels), `multi_paragraph`, `same_words_later`
(a headline quote the article later attributes) and `headline_claim` (one the lede gives a
source) are too rare there to measure and are set below `explicit_cue` by hand.
A quote whose cue was found but whose source was not gets `cue_only` (0.1).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from nlp.records.doc import QuoteRecord

CONFIDENCE = {
    "explicit_cue": 0.91,
    "paragraph_speaker": 0.89,
    "signature": 0.85,
    "layout_label": 0.85,
    "governing_verb": 0.83,
    "multi_paragraph": 0.8,
    "same_words_later": 0.8,
    "headline_claim": 0.75,
    "adjacent_sentence": 0.74,
    "coreference": 0.73,
}


@dataclass
class Attribution:
    """Who said one quote segment."""

    entity: str | None
    """Key of a speaker entity, or None when no speaker was found."""
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None
    method: str
    confidence: float
    rule: str = ""
    """The rules that produced it: `cue rule/source rule` for a cue's source (`governing_speech_verb
    /subject`), `context rule[/sentence rule]` without one (`lead_in_sentence/name_before_colon`,
    `previous_speaker`), `multi_paragraph` for a piece that follows its quote's first."""
    mention_kind: str = ""
    """`name`, `pronoun` or `nominal` for a mention this attribution read itself (a cue's or a
    sentence's source); empty for one carried over from another quote or a layout label."""

    def with_cue(self, cue: tuple[int, int]) -> Attribution:
        return replace(self, cue=cue)

    def with_rule(self, rule: str) -> Attribution:
        return replace(self, rule=rule)

    def record_on(self, record: QuoteRecord) -> None:
        """Write the attribution into the quote's record."""
        record.update(speaker=self.entity, mention=self.mention, cue=self.cue,
                      method=self.method, confidence=self.confidence, rule=self.rule)


NONE = Attribution(None, None, None, "none", 0.0)
"""A segment that is not speech, or whose cue and speaker were not found."""

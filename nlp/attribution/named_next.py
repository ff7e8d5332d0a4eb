"""A lede quote whose source the lede only describes is the person the next paragraph names.

BBC ledes describe, the next paragraph names: `A senior Tory MP has criticised the department's
"lackadaisical" approach`, then `Committee chairman Tom Rees was giving his reaction to the
report` (bench/annotations/decisions.md: such a quote is that person's). Asked only of quotes in
the first `LEDE_PARAGRAPHS` paragraphs whose cue's source is an indefinite description (`a`,
`an`) other than the ones news keeps for sources it does not name (`a senior official`), and
only when the next paragraph opens with a person's name as its main subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.attribution.attribution import CONFIDENCE, Attribution
from nlp.cues.cue_rules import find_cue
from nlp.cues.sources import SUBJECT_DEPS
from nlp.lexicon import active

if TYPE_CHECKING:
    from nlp.attribution.attributor import Attributor

LEDE_PARAGRAPHS = 3
"""The paragraphs a headline, standfirst and lede take at the top of an article."""


def credit_named_next(a: Attributor) -> None:
    """Give lede quotes of an indefinite description to the person the next paragraph opens
    with (module docstring)."""
    for qi, quote in enumerate(a.quotes):
        if quote.paragraph >= LEDE_PARAGRAPHS:
            break
        if not quote.is_speech or a.named(qi):
            continue
        cue = find_cue(a.layout, qi)
        if cue is None or cue.source is None or not _indefinite(a.doc[cue.source]):
            continue
        person = _opening_person(a, quote.paragraph + 1)
        att = None if person is None else a.from_source(person, None, "coreference")
        if att is not None and att.entity is not None and a.speakers.by_key(
                att.entity)[1].kind == "person":
            a.results[qi] = Attribution(att.entity, att.mention, (cue.start, cue.end),
                                        "coreference", CONFIDENCE["coreference"], "named_next")


def _indefinite(source: Token) -> bool:
    """`a senior Tory MP`, not `a senior official`, whom news leaves unnamed on purpose."""
    return source.pos_ in ("NOUN", "PROPN") \
        and source.lemma_.lower() not in active().anonymous_source_nouns and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in source.children)


def _opening_person(a: Attributor, para: int) -> Token | None:
    """The main subject of the paragraph's first sentence, when a person's name."""
    layout = a.layout
    if para >= len(layout.para_starts):
        return None
    lo, hi = layout.paragraph_tokens(para)
    while lo < hi and a.doc[lo].is_space:
        lo += 1
    if lo >= hi:
        return None
    root = layout.sents[layout.sent_of[lo]].root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS
                 and c.ent_type_ == "PERSON" and not layout.quoted(c)), None)

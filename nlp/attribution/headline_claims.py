"""A headline quote that the lede reports as a source's claim is that source's
(`nlp/quotes/headline_claims.py`): `Small firms 'hit by rising costs'` over `Rising costs are
hitting small firms, the CBI says` is the CBI's. Asked only of headline quotes that no later
quote with the same words gave a named speaker.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.attribution.attribution import CONFIDENCE, Attribution
from nlp.cues.cue import make_cue
from nlp.quotes.headline_claims import claim_cue, claim_sentence
from nlp.quotes.wording import on_title_line

if TYPE_CHECKING:
    from nlp.attribution.attributor import Attributor


def credit_headline_claims(a: Attributor, limit: int) -> None:
    """Give the first `limit` headline quotes without a named speaker to the source of the
    lede's cue that states their words."""
    text = a.layout.text
    heads = [qi for qi, q in enumerate(a.quotes)
             if q.is_speech and not a.named(qi) and on_title_line(text, q)][:limit]
    for qi in heads:
        quote = a.quotes[qi]
        span = claim_sentence(text, quote.start, quote.end)
        cue_word = None if span is None else claim_cue(a.doc, span, text[quote.start:quote.end])
        if cue_word is None or a.layout.quoted(cue_word):
            continue
        att = _lede_quote(a, span) or _cue_source(a, cue_word)
        if att is not None and att.entity is not None:
            a.results[qi] = replace(att, method="headline_claim",
                                    confidence=CONFIDENCE["headline_claim"],
                                    rule="headline_claim")


def _lede_quote(a: Attributor, span: tuple[int, int]) -> Attribution | None:
    """The attribution of a named quote in the claim sentence (`has told pupils it is fine to
    get drunk "now and then"`): the lede's cue already found its speaker."""
    return next((a.results[qj] for qj, q in enumerate(a.quotes)
                 if span[0] <= q.start < span[1] and a.named(qj)), None)


def _cue_source(a: Attributor, cue_word: Token) -> Attribution | None:
    cue = make_cue(cue_word, a.layout, "nearest")
    return None if cue.source is None else a.from_source(
        a.doc[cue.source], cue, "headline_claim", "headline_claim")

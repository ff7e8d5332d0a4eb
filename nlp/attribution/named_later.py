"""An unnamed source the article later shows to be a named person (CONVENTIONS, "Speaker").

`A spokesperson for the SDF said … "soon"`, then `"… over soon," Mustafa Bali, a spokesman for
the SDF, said`: the unnamed source's words that a named person says again later, described
there by the same job (`spokesperson`, `spokesman`: `nlp/lexicon/jobs.py`), are that person's.
Only the first `ECHO_QUOTES` unnamed quotes are looked up, so the cost stays linear.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.attribution.attribution import CONFIDENCE, Attribution
from nlp.lexicon import active
from nlp.lexicon.jobs import job_key
from nlp.text.folding import fold_words, shares_words

if TYPE_CHECKING:
    from nlp.attribution.attributor import Attributor

ROLE_REACH = 8
"""Tokens either side of a name in which its role word is looked for."""



def credit_named_later(a: Attributor, limit: int) -> None:
    """Give the first `limit` unnamed sources' quotes to the named person who says the same
    words later under the same role (module docstring)."""
    text = a.layout.text
    unnamed = [qi for qi, att in enumerate(a.results)
               if att.entity is not None and att.mention is not None and not a.named(qi)][:limit]
    for qi in unnamed:
        roles = _role_stems(a, *a.results[qi].mention)
        words = text[a.quotes[qi].start:a.quotes[qi].end]
        if not roles or not fold_words(words):
            continue
        later = next((a.results[qj] for qj in range(qi + 1, len(a.quotes))
                      if a.named(qj) and a.results[qj].mention is not None
                      and shares_words(words, text[a.quotes[qj].start:a.quotes[qj].end])
                      and roles & _role_stems(a, *_around(a, a.results[qj].mention))),
                     None)
        if later is not None:
            a.results[qi] = Attribution(later.entity, later.mention, a.results[qi].cue,
                                        "same_words_later", CONFIDENCE["same_words_later"],
                                        "named_later")


def _around(a: Attributor, mention: tuple[int, int]) -> tuple[int, int]:
    """Characters of a name's sentence neighbourhood where its role is given (`SDF
    spokesperson Mustafa Bali`, `Mustafa Bali, a spokesman for the SDF`)."""
    lo, hi = a.layout.token_range(*mention)
    doc = a.doc
    lo, hi = max(0, lo - ROLE_REACH), min(len(doc), hi + ROLE_REACH)
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])


def _role_stems(a: Attributor, start: int, end: int) -> set[str]:
    """The jobs of the role words between two characters (`spokeswoman` -> `spokesperson`)."""
    lo, hi = a.layout.token_range(start, end)
    roles = active().role_words
    return {job_key(t.lemma_) for t in a.doc[lo:hi]
            if t.lemma_.lower() in roles and not a.layout.quoted(t)}

"""An unnamed source the article later shows to be a named person (CONVENTIONS, "Speaker").

`A spokesperson for the SDF said … "soon"`, then `"… over soon," Mustafa Bali, a spokesman for
the SDF, said`: the unnamed source's words that a named person says again later, described
there by the same job (`spokesperson`, `spokesman`: `nlp/lexicon/jobs.py`), are that person's.
And a lede's indefinite description of a person (`A senior Tory MP has criticised Defra's "…"
approach`) is the named person the next paragraph opens with as its subject (`Committee chairman
Jo Hart was giving his reaction …`): a lede states the news before naming who made it; not a job
an article keeps unnamed (`a spokesman`). Only the first `ECHO_QUOTES` unnamed quotes are looked
up, so the cost stays linear.
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
LEDE_PARAGRAPHS = 2
"""Paragraphs a headline and lede take: a description there may be named in the next one."""
_INDEFINITE = ("a", "an")


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



def credit_lede_descriptions(a: Attributor, limit: int) -> None:
    """Give the first `limit` quotes of a lede's indefinite person description (`A senior Tory
    MP`, which the model may take for a name) to the person the next paragraph opens with."""
    for qi, att in enumerate(a.results[:limit]):
        if att.entity is not None and att.mention is not None \
                and a.quotes[qi].paragraph < LEDE_PARAGRAPHS:
            a.results[qi] = _named_after_lede(a, qi) or att


def _named_after_lede(a: Attributor, qi: int) -> Attribution | None:
    """The person the paragraph after a lede opens with, for the lede's indefinite description
    of a person (module docstring)."""
    lex = active()
    para = a.quotes[qi].paragraph
    lo, hi = a.layout.token_range(*a.results[qi].mention)
    head = a.doc[hi - 1] if hi > lo else None
    if head is None or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.lefts) \
            or head.lemma_.lower() not in lex.role_nouns \
            or head.lemma_.lower() in lex.anonymous_source_nouns \
            or para + 1 >= len(a.layout.para_starts):
        return None
    first, _ = a.layout.paragraph_tokens(para + 1)
    if first >= len(a.doc):
        return None
    sent = a.layout.sents[a.layout.sent_of[first]]
    subject = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "PERSON" or a.layout.quoted(subject):
        return None
    att = a.from_source(subject, None, "coreference", "named_after_lede")
    return att if att is not None and att.entity is not None and a.entity(att).kind == "person" \
        else None


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

"""The body a spokesperson speaks for, from the sentences around them (CONVENTIONS.md: `The
Finance Ministry said ... a spokeswoman said` -> Finance Ministry for the spokeswoman).

Newswire names the body and then quotes its voice without repeating the name: `Downing Street
said the talks were over. "We have moved on," a spokesman said.` A speaker whose role is a body's
voice (`spokesman`, `official`) and whom no mention ties to a body takes the organisation that is
the subject of a speech verb just before their first mention, in that sentence or the two
before. Only organisations count: a place (`Britain said`) or a person is nobody's employer here.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.descriptors.window import window_start
from nlp.lexicon import active

_BODY_LABELS = frozenset(["FAC", "ORG"])


def voices_a_body(role: str) -> bool:
    """Whether a role speaks for a body (`deputy spokeswoman`, `senior official`)."""
    words = role.split(" of ")[0].split()
    return bool(words) and words[-1] in active().voice_roles


def speaking_body(first: Token) -> Span | None:
    """The organisation that is the subject of a speech verb last before `first` (the speaker's
    first mention), in its sentence or the two before."""
    doc = first.doc
    start = window_start(first)
    speech = active().speech_verbs
    for i in range(first.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech and tok.head.i > tok.i:
            body = _body_named(tok)
            if body is not None:
                return body
    return None


def _body_named(subject: Token) -> Span | None:
    """The organisation a subject names: its entity, or a proper name of two words or more the
    small tagger left untagged (`Downing Street`, `Scottish Executive`)."""
    if subject.ent_type_ in _BODY_LABELS:
        return next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if subject.ent_type_ or subject.pos_ != "PROPN":
        return None
    lefts = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.ent_type_ in ("", "NORP")]
    return subject.doc[lefts[0].i:subject.i + 1] if lefts else None

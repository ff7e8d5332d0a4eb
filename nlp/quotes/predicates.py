"""A quoted verb that is its clause's predicate: the subject's own word (BBC: `The Acme League
"welcomed" the plan`, `Unions "regretted" the move`; bench/annotations/decisions.md).

Marks around the main verb of a narrated clause, with a subject outside them that can speak
(a name, a pronoun, a source noun), give that verb as the subject's wording: the segment is
speech and the subject its source, whatever name stands after it (`"congratulated" Mr Roe` is
not Mr Roe's word), unless a speech verb or noun reports the clause (`Doe said the party
"betrayed" voters` is Doe's). Only short segments (a verb with a particle or adverb) are read so.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.cues.clauses import may_speak
from nlp.cues.words import is_cue
from nlp.quotes.segments import QuoteSegment

PREDICATE_WORDS = 3
_FINITE = ("VBD", "VBZ", "VBP")


def predicate_subject(doc: Doc, start: int, end: int) -> tuple[Token, Token] | None:
    """The quoted finite verb in `doc` characters [start, end) and its subject outside the
    marks that can speak, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if t.is_alpha]) > PREDICATE_WORDS:
        return None
    for verb in span:
        if verb.tag_ not in _FINITE or verb.pos_ != "VERB" or not _narrated(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not start <= c.idx < end
                    and may_speak(c)]  # names first: `group the Acme Trust "welcomed"`
        if subjects:
            return verb, max(subjects, key=lambda c: c.pos_ == "PROPN")
    return None


def _narrated(verb: Token) -> bool:
    """A main clause's verb that no speech verb reports (`Doe said the party "betrayed"
    voters`, `the mayor "looked ashen," Doe said`: Doe's), nor a speech noun (`Roe's claim
    that Doe "lied"`)."""
    return verb.dep_ in ("ROOT", "conj") and not any(map(is_cue, verb.ancestors)) and not any(
        is_cue(c) and c.dep_ in _REPORTING for c in verb.children)


_REPORTING = ("advcl", "ccomp", "parataxis")


def mark_quoted_predicates(doc: Doc, segments: list[QuoteSegment]) -> None:
    """Make speech of the segments read as scare quotes that are a speaker's quoted verb."""
    for seg in segments:
        if seg.is_speech or seg.rule != "scare_quote" \
                or predicate_subject(doc, seg.start, seg.end) is None:
            continue
        seg.is_speech, seg.reason, seg.rule = True, "quoted_predicate", "quoted_predicate"
        if seg.trace is not None:
            seg.trace.append(["speech", "quoted_predicate", "fired"])

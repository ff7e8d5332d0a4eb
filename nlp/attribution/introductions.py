"""How a sentence introduces the speaker of the quote after it: `SENTENCE_RULES`.

In order: `name_before_colon` (`Stated Stone:`, `Donald Trump:`, `From Bush's Facebook post:`),
`speech_verb_in_sentence` (its speech verb's source; not a verb in an embedded question: `who they
say they are`), `main_subject` (when no cue is needed). Used by the context rules
(`nlp/attribution/context.py`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from nlp.attribution.attribution import Attribution
from nlp.cues.nearby import before_party_tag
from nlp.cues.sources import source_of
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.rules import first

if TYPE_CHECKING:
    from nlp.attribution.attributor import Attributor


@dataclass
class _Sentence:
    attributor: Attributor
    sent: Span
    need_cue: bool


def from_sentence(attributor: Attributor, sent: Span, need_cue: bool) -> Attribution | None:
    """The speaker a sentence introduces (`SENTENCE_RULES`), its rule the sentence rule's."""
    att, rule = first(SENTENCE_RULES, _Sentence(attributor, sent, need_cue), "sentence")
    return None if att is None else att.with_rule(rule)


def name_before_colon(s: _Sentence) -> Attribution | None:
    doc, sent = s.attributor.doc, s.sent
    last = sent[-1]
    while last.i > sent.start and last.is_space:
        last = doc[last.i - 1]
    if last.text != ":" or last.i <= sent.start:
        return None
    named = doc[before_party_tag(doc, last.i - 1)]
    if named.i < sent.start or not (introduced(named) or _medium(named)):
        return None
    return _named_speaker(s.attributor, s.attributor.from_source(named, None,
                                                                  "adjacent_sentence"))


def speech_verb_in_sentence(s: _Sentence) -> Attribution | None:
    """The source of the sentence's main speech verb first: `X had been saying …, the
    spokesman said.` introduces the spokesman, not X."""
    layout = s.attributor.layout
    cues = [t for t in s.sent if not layout.quoted(t) and is_cue(t) and not _in_question(t)]
    for tok in sorted(cues, key=_depth):
        src = source_of(tok, layout)
        if src is not None:
            att = s.attributor.from_source(src, None, "adjacent_sentence")
            if att is not None and att.entity is not None:
                return att
    return None


def _depth(token: Token) -> int:
    """Links up to the sentence's root (0 for the main verb)."""
    steps = 0
    while token.head.i != token.i and steps < 20:
        token, steps = token.head, steps + 1
    return steps


_QUESTION_WORDS = ("how", "what", "whether", "who")


def _in_question(cue: Token) -> bool:
    """`… whether a customer is who they say they are`: a speech verb inside an embedded
    question introduces no speaker (its `they` is anyone); a relative clause's `who` is no
    question (`the editors, who aimed their editorial at …`)."""
    tok, steps = cue, 0
    while steps < 20:
        if tok.dep_ != "relcl" and any(c.lower_ in _QUESTION_WORDS and c.i < tok.i
                                       for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok, steps = tok.head, steps + 1
    return False


def main_subject(s: _Sentence) -> Attribution | None:
    if s.need_cue:
        return None
    layout = s.attributor.layout
    for child in s.sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not layout.quoted(child):
            att = _named_speaker(s.attributor, s.attributor.from_source(
                child, None, "adjacent_sentence"))
            if att is not None:
                return att
    return None


SENTENCE_RULES: tuple[Callable[[_Sentence], Attribution | None], ...] = (
    name_before_colon, speech_verb_in_sentence, main_subject,
)


def _named_speaker(attributor: Attributor, att: Attribution | None) -> Attribution | None:
    """`att` when it names a speaker who is not an unnamed one."""
    if att is None or att.entity is None or attributor.entity(att).kind == "unnamed":
        return None
    return att


def introduced(token: Token) -> bool:
    """A name before a lead-in's colon that introduces the speaker (`Stated Stone:`), not the
    place, day or listener a clause ends on (`… on Tuesday:`, `… to the newspaper NRC:`)."""
    lex = active()
    if token.pos_ != "PROPN" or token.ent_type_ in lex.numeric_or_place_labels:
        return False
    first_word = token.i
    while first_word > 0 and token.doc[first_word - 1].pos_ == "PROPN":
        first_word -= 1
    if first_word > 0 and token.doc[first_word - 1].text in lex.dashes:
        return True  # a digest's `Pollsters under fire - Jane Doe:`
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        return True  # `More from Jane Doe:`
    return token.dep_ not in ("pobj", "dative")


def _medium(token: Token) -> bool:
    """`From Bush's Facebook post:`: a lead-in ending on what someone speaks through, whose
    author (`_author` in nlp/speakers/mentions.py) introduces the quote."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in active().medium_nouns

"""A sentence after a quote that points back at it and names who said it (issue 16): `"…." That
was how Jane Doe put it`, `That is how Doe summed up the season`, `Those were the words of Doe`,
`That quote from Doe made the front page`.

Read only when the quote ends its sentence and the next sentence of the paragraph opens with a
demonstrative (`that`, `this`, `those`, `these`): the demonstrative stands for the quote, so the
sentence is about its words, and its speaker is either the subject of the verb that `how`
modifies or the owner (`of`, `from`) of a wording noun near the start. `That was the message on
the poster` names no one: `message` is not a wording noun and no `how` clause follows.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.cues.cue import Cue, QuoteCues
from nlp.cues.sources import SUBJECT_DEPS
from nlp.lexicon import active
from nlp.speakers.mentions import mention_for

_OPENING = 6
"""Tokens of the next sentence in which its wording noun (`the words of`) is looked for."""


def cataphoric_sentence(q: QuoteCues) -> Cue | None:
    """The cue of a next sentence naming the quote's speaker (see the module docstring)."""
    nxt = _next_sentence(q)
    if nxt is None:
        return None
    found = _how_clause(nxt) or _wording_owner(nxt)
    if found is None:
        return None
    cue, source = found
    return Cue(cue.i, cue.idx, cue.idx + len(cue), source.i, "trailing", "cataphora")


def _next_sentence(q: QuoteCues) -> Span | None:
    """The sentence right after a quote that ends its own, when it opens with a demonstrative in
    the quote's paragraph."""
    layout, doc = q.layout, q.layout.doc
    hi, s_hi = q.tokens[1], q.sentence[1]
    if s_hi >= len(doc) or any(not (t.is_punct or t.is_space) for t in doc[hi:s_hi]):
        return None
    nxt = layout.sents[layout.sent_of[s_hi]]
    words = [t for t in nxt if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ not in active().cataphoric_openers \
            or layout.quoted(words[0]) or layout.paragraph_of(words[0]) != q.paragraph:
        return None
    return nxt


def _how_clause(sent: Span) -> tuple[Token, Token] | None:
    """`That was how Doe put it`: the verb `how` modifies and its named or pronoun subject."""
    for tok in sent:
        if tok.lower_ != "how" or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and _names_someone(subj):
            return verb, subj
    return None


def _wording_owner(sent: Span) -> tuple[Token, Token] | None:
    """`Those were the words of Doe`, `That quote from Doe`: a wording noun near the start and
    the name its `of` or `from` phrase gives."""
    nouns = active().cataphoric_nouns
    for tok in sent[:_OPENING]:
        if tok.pos_ in ("VERB", "AUX") or tok.lemma_.lower() not in nouns:  # `quote` may be INTJ
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if owner is not None and owner.pos_ == "PROPN" and _names_someone(owner):
                    return tok, owner
    return None


def _names_someone(tok: Token) -> bool:
    mention = mention_for(tok)
    return mention is not None and mention.kind in ("name", "pronoun")

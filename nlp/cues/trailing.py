"""`trailing_sentence`: the cue of a quote in the sentence after it (`"…?" Smith, a nurse,
said.`), unless that sentence says something of its own: `Doe agreed winning …`, `Describing
Roe as …`, `The Financial Times also reported a third bid` (a verb with a thing for its object
reports news of its own; a listener verb's object is who was told).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.cues.clauses import introduces_next
from nlp.cues.cue import Cue, QuoteCues, make_cue
from nlp.cues.words import is_cue
from nlp.lexicon import active


def trailing_sentence(q: QuoteCues) -> Cue | None:
    """`"…?" Smith, a retired nurse, said.`: a quote that ends its sentence, and a next sentence
    that opens with its source and a speech verb before quoting anything else or saying
    something of its own."""
    layout = q.layout
    doc = layout.doc
    hi, s_hi = q.tokens[1], q.sentence[1]
    if any(not (t.is_punct or t.is_space) for t in doc[hi:s_hi]) or s_hi >= len(doc):
        return None
    nxt = layout.sents[layout.sent_of[s_hi]]
    for tok in nxt[:15]:
        if layout.quoted(tok) or layout.paragraph_of(tok) != q.paragraph:
            return None  # the parser's next sentence may start with this paragraph's mark
        if is_cue(tok) or len(nxt) <= 4 and tok.pos_ == "VERB":
            if introduces_next(tok, layout) or _says_more(tok):
                return None
            cue = make_cue(tok, layout, "trailing")
            opens = all(t.is_punct or t.is_space for t in doc[nxt.start:tok.i])
            return cue if cue.source is not None and (
                cue.source < tok.i or opens or doc[cue.token].lower_ == "according") else None
    return None


def _says_more(verb: Token) -> bool:
    """`Kasich said he would have fired him`, `Doe agreed winning …`, `Describing Roe as`,
    `The FT also reported a third bid` (a common noun: `posted Jane Doe` names the poster;
    not `told reporters`: a listener)."""
    return verb.tag_ == "VBG" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
        or verb.lemma_.lower() not in active().listener_verbs and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)

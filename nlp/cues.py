"""The cue of a quote (`said`, `told`, `according to`) and the token its source hangs from.

Read from the dependency parse, in the order a reader would: a speech verb that governs the
quote (`Smith said that … "…"`, `"…," Smith said`, `X said: "…"`) wins; otherwise the speech
verb nearest the quote in its sentence; otherwise a short clause right after a quote that ends
its sentence (`"…." Smith said.` when the parser split it off). Only words outside quotes count,
so a `said` inside someone's words never becomes a cue.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from nlp.layout import Layout
from nlp.lexicon import LISTENER_VERBS, PERSONAL_PRONOUNS, SPEECH_VERBS

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_INHERITS_SUBJECT = ("advcl", "conj", "xcomp")
_INVERTED = ("attr", "dep", "dobj", "npadvmod", "nsubj", "oprd")
_MAX_CLIMB = 4
_NOT_SOURCES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


@dataclass(frozen=True)
class Cue:
    """A cue word, its character span and the head token of its source (None if not found)."""

    token: int
    start: int
    end: int
    source: int | None
    how: str
    """`governs` (a speech verb the quote hangs from), `nearest` (speech verb in the sentence),
    `governing_verb` (any verb the quote hangs from) or `trailing` (a short next sentence)."""


def is_cue(token: Token) -> bool:
    """A speech verb (by lemma) or the `according` of `according to`."""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_VERBS


def source_of(verb: Token, layout: Layout, depth: int = 0) -> Token | None:
    """The token the cue's source hangs from: its subject, or the object of `according to`.

    Inverted order (`"…," said John Smith`) is checked first: the small parser often makes
    something to the left the subject there. A verb without a subject of its own takes the one
    of the verb it depends on (`Smith said …, adding`, `Smith ended by saying`). A name or
    pronoun right before the verb is the last resort (`Trump described …` misparsed).
    """
    if verb.lower_ == "according":
        to = verb.doc[verb.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    inverted = _inverted_source(verb, layout)
    if inverted is not None:
        return inverted
    for child in verb.children:
        if child.dep_ in _SUBJECTS and not layout.quoted(child):
            return child
    if verb.dep_ == "relcl" and not layout.quoted(verb.head):
        return verb.head
    head = verb.head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head
    if depth < 2 and head.i != verb.i and head.pos_ in ("VERB", "AUX") and (
            verb.dep_ in _INHERITS_SUBJECT or verb.dep_ == "pcomp"):
        found = source_of(head, layout, depth + 1)
        if found is not None:
            return found
    return _before(verb, layout)


def _inverted_source(verb: Token, layout: Layout) -> Token | None:
    """`"…," said Smith`: a verb right after a quote, with its source right after it."""
    doc = verb.doc
    if not any(layout.quoted(t) or t.is_quote for t in doc[max(0, verb.i - 2):verb.i]):
        return None
    lemma = verb.lemma_.lower()
    for child in verb.rights:
        if child.i - verb.i > 4 or layout.quoted(child) or child.ent_type_ in _NOT_SOURCES:
            continue
        if child.dep_ == "dobj" and lemma in LISTENER_VERBS:
            continue
        if child.dep_ in _INVERTED and (child.pos_ in ("PROPN", "NOUN") or
                                         child.lower_ in PERSONAL_PRONOUNS):
            return child
    return None


def _before(verb: Token, layout: Layout) -> Token | None:
    """A name or pronoun directly before the verb, skipping adverbs and auxiliaries."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and verb.i - i <= 3:
        i -= 1
    if i < 0 or layout.quoted(doc[i]) or not (
            doc[i].pos_ == "PROPN" or doc[i].lower_ in PERSONAL_PRONOUNS):
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "flat") and tok.i < tok.head.i < verb.i:
        tok = tok.head
    return tok


def _cue(token: Token, layout: Layout, how: str) -> Cue:
    end_tok = token.doc[token.i + 1] if token.lower_ == "according" else token
    source = source_of(token, layout)
    return Cue(token.i, token.idx, end_tok.idx + len(end_tok),
               None if source is None else source.i, how)


def _chain(layout: Layout, lo: int, hi: int, para: int) -> list[Token]:
    """Words outside the quote the quote hangs from, nearest first, then speech verbs hanging
    from the quote (`"…," he added` parsed as parataxis)."""
    doc = layout.doc
    out: list[Token] = []
    for i in range(lo, hi):
        head = doc[i].head
        steps = 0
        while not lo <= head.i < hi and not layout.quoted(head) and steps <= _MAX_CLIMB:
            if layout.paragraph_of(head) != para:
                break
            if head not in out:
                out.append(head)
            if head.head.i == head.i:
                break
            head, steps = head.head, steps + 1
    for i in range(lo, hi):
        for child in doc[i].children:
            if not lo <= child.i < hi and not layout.quoted(child) and is_cue(child) \
                    and layout.paragraph_of(child) == para and child not in out:
                out.append(child)
    return out


def find_cue(layout: Layout, qi: int) -> Cue | None:
    """The cue of quote segment `qi`, from its own sentence or a short trailing one."""
    q = layout.quotes[qi]
    lo, hi = layout.token_range(q.start, q.end)
    if lo >= hi:
        return None
    doc = layout.doc
    para = layout.paragraph(q.start)
    chain = _chain(layout, lo, hi, para)
    sourceless = None
    for tok in chain:
        if is_cue(tok):
            cue = _cue(tok, layout, "governs")
            if cue.source is not None:
                return cue
            sourceless = sourceless or cue
    s_lo, s_hi = layout.sentence_range(lo, hi - 1)
    near = [t for t in doc[s_lo:s_hi] if not lo <= t.i < hi and not layout.quoted(t)
            and is_cue(t) and layout.paragraph_of(t) == para and t not in chain]
    near.sort(key=lambda t: t.i - hi if t.i >= hi else lo - t.i)
    for tok in near:
        cue = _cue(tok, layout, "nearest")
        if cue.source is not None:
            return cue
        sourceless = sourceless or cue
    for tok in chain:
        if tok.pos_ in ("VERB", "AUX") and not is_cue(tok):
            cue = _cue(tok, layout, "governing_verb")
            if cue.source is not None:
                return cue
    return _trailing(layout, hi, s_hi, para) or sourceless


def _trailing(layout: Layout, hi: int, s_hi: int, para: int) -> Cue | None:
    """`"…." Smith said.`: a quote-free clause of a few words after a quote that ends a sentence."""
    doc = layout.doc
    if any(not (t.is_punct or t.is_space) for t in doc[hi:s_hi]) or s_hi >= len(doc):
        return None
    nxt = layout.sents[layout.sent_of[s_hi]]
    if layout.paragraph(nxt.start_char) != para or len(nxt) > 12 \
            or any(layout.quoted(t) for t in nxt):
        return None
    for tok in nxt:
        if is_cue(tok):
            cue = _cue(tok, layout, "trailing")
            return cue if cue.source is not None else None
    return None

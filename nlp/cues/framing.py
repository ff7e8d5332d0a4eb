"""Cue rules whose cue is no speech verb (`nlp/cues/cue_rules.py` orders them among the rest):
a verb framing the quote as someone's words (`framing_verb`), `as X put it` (`as_put_it`), and
any verb the quote hangs from whose subject can speak (`verb_with_a_speaker`), yielding to a verb
of thinking above it (`Doe believes Roe could be "…"` is Doe's)."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.cues.clauses import may_speak
from nlp.cues.cue import Cue, QuoteCues, make_cue
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.speakers.mentions import mention_for

_MAX_APPOSITION = 25
"""Words between `As Jane Doe` and the `put it` of a long apposition."""
_VERB_QUOTE_TOKENS = 6
"""Tokens of the longest quote `quoted_verb` reads (`"warmly welcomed,"`)."""


def framing_verb(q: QuoteCues) -> Cue | None:
    """A verb that frames the quote as someone's words (`accuses X of an "…"`, `praised it as
    "…"`) and governs it: its subject said them, rather than the source of a speech verb the
    quote does not hang from elsewhere in the sentence. Not when a speech verb reports the
    framing (`Doe said the agency deemed them "…"`, `CNN, Doe said, called it "…"`): the corpus
    credits the reporter."""
    layout = q.layout
    quoting = active().quoting_verbs
    for tok in q.chain:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in quoting and not any(
                is_cue(t) and not layout.quoted(t) for t in [*tok.ancestors, *tok.children]):
            cue = make_cue(tok, layout, "governing_verb")
            if cue.source is not None and may_speak(layout.doc[cue.source]):
                return cue
    return None


def as_put_it(q: QuoteCues) -> Cue | None:
    """`As Jane Doe put it, "…"`, `as Doe puts it, the plan would "…"`: the words are the
    wording of whoever the sentence says put it so, whatever the main clause's subject."""
    doc = q.layout.doc
    s_lo, s_hi = q.near
    for tok in [*q.chain, *doc[s_lo:s_hi]]:
        if not _puts_it(tok, q):
            continue
        cue = make_cue(tok, q.layout, "nearest")
        if any(c.lower_ == "as" and c.i < tok.i for c in tok.children) \
                and cue.source is not None and mention_for(doc[cue.source]) is not None:
            return cue
        name = _name_on_as(tok, q)
        if name is not None:
            return cue.with_source(name, "name_on_as")
    return None


def _puts_it(tok: Token, q: QuoteCues) -> bool:
    return tok.lemma_.lower() == "put" and not q.layout.quoted(tok) \
        and q.layout.paragraph_of(tok) == q.paragraph \
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def _name_on_as(put: Token, q: QuoteCues) -> Token | None:
    """`As Jane Doe, a professor at Yale, put it`: the parse hangs the name on `as`."""
    doc, layout = q.layout.doc, q.layout
    as_ = next((t for t in doc[max(0, put.i - _MAX_APPOSITION):put.i]
                if t.lower_ == "as" and t.i + 1 < put.i and doc[t.i + 1].pos_ == "PROPN"
                and not layout.quoted(t) and layout.paragraph_of(t) == q.paragraph), None)
    return None if as_ is None else next(
        (c for c in as_.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)


def verb_with_a_speaker(q: QuoteCues) -> Cue | None:
    layout = q.layout
    doc = layout.doc
    lo = q.tokens[0]
    left = [t for t in doc[max(q.sentence[0], lo - 8):lo] if t.pos_ == "VERB"
            and not layout.quoted(t) and layout.paragraph_of(t) == q.paragraph]
    # (not the last paragraph's verbs, which the parse may glue on)
    for tok in q.chain + left[::-1]:
        if tok.pos_ in ("VERB", "AUX") and not is_cue(tok):
            cue = make_cue(tok, layout, "governing_verb")
            if cue.source is not None and may_speak(doc[cue.source]):
                return _holder_of_view(q, tok) or cue
    return None


def _holder_of_view(q: QuoteCues, verb: Token) -> Cue | None:
    """`Doe believes Roe could be "the next big thing"`: a verb of thinking above the quote's
    verb holds the view the quote words, so its subject's are the words, not the subject of the
    clause it reports."""
    lex = active()
    if verb.lemma_.lower() in lex.weak_speech_verbs:
        return None
    for tok in q.chain[q.chain.index(verb) + 1:] if verb in q.chain else ():
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.view_verbs and tok in verb.ancestors:
            cue = make_cue(tok, q.layout, "governing_verb")
            if cue.source is not None and may_speak(q.layout.doc[cue.source]):
                return cue
    return None


def quoted_verb(q: QuoteCues) -> Cue | None:
    """`The Life League "congratulated" Mr Hart`, `"warmly welcomed"`: a quote that is only the
    sentence's verb (and its adverbs) is the words of that verb's subject outside it (a subject
    that can speak); not a longer quote holding a verb (`Clinton "offers support for …," Doe
    asked`), which is someone else's words about the subject."""
    layout = q.layout
    doc = layout.doc
    lo, hi = q.tokens
    if hi - lo > _VERB_QUOTE_TOKENS:
        return None  # read no long quote word by word
    words = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]
    if not words or any(t.pos_ not in ("VERB", "ADV") for t in words):
        return None
    for tok in words:
        if tok.pos_ != "VERB" or lo <= tok.head.i < hi and tok.head.i != tok.i:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and not lo <= c.i < hi
                    and not layout.quoted(c)]  # a name first: `group the Pro-Life Alliance`
        subject = max(subjects, key=lambda c: c.pos_ == "PROPN", default=None)
        if subject is not None and may_speak(subject):
            return Cue(tok.i, tok.idx, tok.idx + len(tok), subject.i, "governing_verb", "subject")
    return None

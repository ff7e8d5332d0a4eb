"""The clauses around a quote that the cue rules read: the words it hangs from, clauses with an
actor of their own, outlets relaying a sentence, and who can speak at all."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from nlp.cues.sources import SUBJECT_DEPS, author
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.speakers.mentions import mention_for

_MAX_CLIMB = 4
_OWN_CLAUSE = ("advcl", "conj")
"""Links by which a speech verb with its own subject does not report what the verb above it
reports (`After Scalia said "…", Trump said`), unlike `ccomp`."""
_OUTLET_DEPS = ("dobj", "npadvmod", "nsubj")
"""How the parse links the outlet to the `reports` of `"…," said Doe, reports USA Today`."""


def chain(layout: Layout, lo: int, hi: int, para: int) -> list[Token]:
    """Words outside the quote (tokens lo..hi) the quote hangs from, nearest first, then speech
    verbs hanging from the quote (`"…," he added` parsed as parataxis).

    Once the words stop at a speaker's own clause, a closing mark the parser hung on a verb
    before it (`Doe said …, to which Hill interjected: "…."`) says nothing."""
    doc = layout.doc
    out: list[Token] = []
    own_clause = -1
    for i in range(lo, hi):
        if not (doc[i].is_punct and doc[i].head.i < own_clause):
            own_clause = max(own_clause, _climb(layout, doc[i].head, lo, hi, para, out))
    for i in range(lo, hi):
        out.extend(c for c in doc[i].children if _speech_child(layout, c, lo, hi, para, out))
    return out


def _climb(layout: Layout, head: Token, lo: int, hi: int, para: int, out: list[Token]) -> int:
    """Add the heads above a quoted token to `out`, up to a few steps, the paragraph's end, or
    a clause with its own actor; the index of a speech verb with its own subject met on the way
    (`Cruz said …, and Trump vowed to "…"`: Trump's, not Cruz's), else -1."""
    steps = 0
    while not lo <= head.i < hi and not layout.quoted(head) and steps <= _MAX_CLIMB:
        if layout.paragraph_of(head) != para:
            break
        if head not in out:
            out.append(head)
        if head.head.i == head.i:
            break
        if head.dep_ in _OWN_CLAUSE and is_cue(head) and any(
                c.dep_ in SUBJECT_DEPS for c in head.children):
            return head.i
        if joined_actor(head, layout):
            break
        head, steps = head.head, steps + 1
    return -1


def _speech_child(layout: Layout, child: Token, lo: int, hi: int, para: int,
                  out: list[Token]) -> bool:
    """A speech verb (or a weak one: `, he thinks`) hanging from a quoted word."""
    if lo <= child.i < hi or layout.quoted(child) or layout.paragraph_of(child) != para \
            or child in out:
        return False
    return is_cue(child) or child.pos_ == "VERB" and child.lemma_ in active().weak_speech_verbs


def joined_actor(verb: Token, layout: Layout) -> bool:
    """A verb with a named or pronoun subject of its own in a clause joined beside a speech
    verb (`Ryan said …, and Trump calling it a "…"`) or set off by `with` outside reported
    words (`…, with McCain calling it a "…"`): the words are that subject's, not the speech
    verb's. One inside a reported clause (`Doe said that with Obama pushing a "…" plan`) is not.
    A naming verb in a clause of its own names its subject's words (`under what Hedge called
    "the old model," the club charged …`), unless a speech verb reports the clause.
    """
    if verb.pos_ != "VERB" or not any(_actor(c, layout) for c in verb.children):
        return False
    if verb.lemma_.lower() in active().naming_verbs and verb.dep_ in ("advcl", "pcomp", "relcl"):
        return not any(t.dep_ == "ccomp" and is_cue(t.head) and not layout.quoted(t.head)
                       for t in verb.ancestors)  # `Doe said Roe was upset because he called …`
    if verb.dep_ == "conj":  # a modal marks reported words: `Reid said …, and Democrats would`
        return is_cue(verb.head) and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children) \
            and not any(c.tag_ == "MD" for c in verb.children)
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return False
    return not any(t.dep_ == "ccomp" and not layout.quoted(t.head) for t in verb.head.ancestors)


def _actor(child: Token, layout: Layout) -> bool:
    """A subject outside quotes that names someone (a name, an actor's entity, a pronoun)."""
    lex = active()
    return child.dep_ in SUBJECT_DEPS and not layout.quoted(child) and (
        child.pos_ == "PROPN" or child.ent_type_ in lex.actor_labels
        or child.lower_ in lex.personal_pronouns)


def other_clause(verb: Token, word: Token) -> bool:
    """Whether a speech verb sits in a joined clause with its own subject beside the quote's
    (`Cruz accuses Obama of "…" and Trump says …`), whose source said something else."""
    above = {word.i, *(t.i for t in word.ancestors)}
    tok = verb
    while tok.i not in above and tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return True
        tok = tok.head
    return False


def introduces_next(verb: Token, layout: Layout) -> bool:
    """`… Mr. Zahed said: "…"`: a verb after the quote that opens the next one is not its cue;
    one whose sentence ends first does not (`"…?" Smith said. "Okay."`)."""
    for tok in verb.doc[verb.i + 1:verb.i + 4]:
        if tok.text in (".", "!", "?"):
            return False
        if tok.text == ":" or layout.quoted(tok):
            return True
    return False


def may_speak(source: Token) -> bool:
    """Whether the subject of a verb that is no speech verb can be a quote's source: a name,
    pronoun or source noun, not a thing (`the safety net was becoming "a hammock"`, whose
    words belong to whoever `worried that` it was)."""
    mention = mention_for(source)
    return mention is not None and (mention.kind != "nominal" or source.lemma_.lower()
                                    in active().source_nouns)


def reported_by(verb: Token, layout: Layout) -> Token | None:
    """The `according` of `X said …, according to CNN`: the named outlet or person relaying the
    words is the source the corpus credits (`according to a transcript` leaves X the source).
    The parse hangs the phrase on any verb of the sentence (`X made clear …, saying …,
    according to Reuters`), so any one outside quotes counts; so does an outlet after the verb
    (`X noted that …, reported the Washington Examiner`). The sentence is read once."""
    according, outlets = _relays(verb, layout)
    later = outlets[bisect_right(outlets, verb.i)] if outlets and outlets[-1] > verb.i else None
    first = min((i for i in (according[0] if according else None, later) if i is not None),
                default=None)
    return None if first is None else verb.doc[first]


def _relays(verb: Token, layout: Layout) -> tuple[list[int], list[int]]:
    """The `according` tokens and outlet verbs of `verb`'s sentence, in order, within its
    paragraph: a headline line the parse glued to the next paragraph's `…, according to the
    AP` is not relayed by it."""
    para = layout.paragraph_of(verb)
    key = ("relays", layout.sent_of[verb.i], para)
    if key not in layout.per_sentence:
        sent = layout.sents[key[1]]
        lo, hi = layout.paragraph_tokens(para)
        words = verb.doc[max(sent.start, lo):min(sent.end, hi)]
        layout.per_sentence[key] = (
            [t.i for t in words if _according_to_a_name(t, layout)],
            [t.i for t in words if outlet(t, layout) is not None])
    return layout.per_sentence[key]


def _according_to_a_name(tok: Token, layout: Layout) -> bool:
    doc = tok.doc
    if tok.lower_ != "according" or tok.dep_ != "prep" or tok.i + 1 >= len(doc) \
            or layout.quoted(tok):
        return False
    to = doc[tok.i + 1]
    numeric = active().numeric_labels
    return to.lower_ == "to" and any(c.dep_ == "pobj" and author(c).pos_ == "PROPN"
                                     and c.ent_type_ not in numeric for c in to.children)


def outlet(verb: Token, layout: Layout) -> Token | None:
    """The outlet of a `, reported the Washington Examiner` relaying the sentence's words (the
    parse may make `USA Today` an adverb or the verb's object)."""
    doc = verb.doc
    if verb.lemma_.lower() != "report" or verb.pos_ != "VERB" or verb.i == 0 \
            or doc[verb.i - 1].text != "," or layout.quoted(verb):
        return None
    return next((c for c in verb.children if c.ent_type_ == "ORG" and c.dep_ in _OUTLET_DEPS),
                None)

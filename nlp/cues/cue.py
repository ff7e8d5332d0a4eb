"""The cue of a quote (`said`, `told`, `according to`) and the token its source hangs from.

Read from the dependency parse, in the order a reader would, and only from words outside
quotes (a `said` inside someone's words is never a cue):
0. a clause with its own named subject the quote sits in, set off by `with` or a naming verb's
   (`…, with McCain calling it "…"`, `under what Hedge called "…"`); a speech verb and name
   right after a quote cut off by a comma (`Comey cannot say that "…," Lewandowski added`);
1. a speech verb the quote hangs from, the outermost one when several do (`Obama said the
   voters will say "no"` is Obama's) short of one with its own subject in a joined or adverbial
   clause (`Cruz said …, and Trump vowed to "…"`): `Smith said that … "…"`, `X said: "…"`;
   then a speech-act noun the quote hangs from, whose owner said it (`Obama's "…" promise`,
   `Doe's claim is that it was a "…"`);
   then a verb framing the quote as someone's words that it hangs from (`Clinton accuses
   Sanders of an "…"`, not reported by a speech verb), or `as X put it` in its sentence;
2. the speech verb nearest the quote in its sentence, unless it opens the next quote
   (`… Saleh said: "…"`);
   then a clause joined to a speech verb with a subject of its own (`Ryan said …, and Trump
   calling it "…"`);
3. any verb the quote hangs from, or just before it (`Smith called it "a disaster"`), whose
   subject can speak (not `the net was becoming "…"`);
4. a next sentence that opens with a source and a speech verb (`"…?" Smith, a nurse, said.`).
A cue whose source the parse lost takes the name right after the quote (`"…," Nate Silver,
the pollster who founded the site, tweeted`). Words relayed through a named outlet anywhere in
the sentence (`…, according to Reuters`, `"…," the Times reported`, `…, reports USA Today`,
`according to audio provided by WXYZ`) are the outlet's, as the corpus credits them.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from nlp.cues.sources import (
    SUBJECT_DEPS,
    author,
    name_after_quote,
    source_of,
)
from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.speakers.mentions import mention_for

_MAX_CLIMB = 4
_MAX_APPOSITION = 25
"""Words between `As Jane Doe` and the `put it` of a long apposition."""
_OWN_CLAUSE = ("advcl", "conj")
"""Links by which a speech verb with its own subject does not report what the verb above it
reports (`After Scalia said "…", Trump said`), unlike `ccomp`."""
_OUTLET_DEPS = ("dobj", "npadvmod", "nsubj")
"""How the parse links the outlet to the `reports` of `"…," said Doe, reports USA Today`."""


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
    """A speech verb (by lemma, or with its particle: `went on`), a verb issuing a statement
    (`released a statement`), or the `according` of `according to`."""
    lex = active()
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in lex.speech_verbs:
        return True
    if lemma in lex.phrasal_speech_verbs:  # `he went on`, `Rubio fired back`
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == lex.phrasal_speech_verbs[lemma]
                   for c in token.children)  # the parser often makes `back` an adverb
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.medium_nouns for c in token.children)


def _reported_by(verb: Token, layout: Layout) -> Token | None:
    """The `according` of `X said …, according to CNN`: the named outlet or person relaying the
    words is the source the corpus credits (`according to a transcript` leaves X the source).
    The parse hangs the phrase on any verb of the sentence (`X made clear …, saying …,
    according to Reuters`), so any one outside quotes counts."""
    lex = active()
    doc = verb.doc
    for tok in verb.sent:
        if tok.lower_ == "according" and tok.dep_ == "prep" and tok.i + 1 < len(doc) \
                and not layout.quoted(tok):
            to = doc[tok.i + 1]
            if to.lower_ == "to" and any(c.dep_ == "pobj" and author(c).pos_ == "PROPN"
                                         and c.ent_type_ not in lex.numeric_labels
                                         for c in to.children):
                return tok
        if tok.i > verb.i and _outlet(tok, layout) is not None:
            return tok  # `X noted that …, reported the Washington Examiner`
    return None


def _outlet(verb: Token, layout: Layout) -> Token | None:
    """The outlet of a `, reported the Washington Examiner` relaying the sentence's words (the
    parse may make `USA Today` an adverb or the verb's object)."""
    doc = verb.doc
    if verb.lemma_.lower() != "report" or verb.pos_ != "VERB" or verb.i == 0 \
            or doc[verb.i - 1].text != "," or layout.quoted(verb):
        return None
    return next((c for c in verb.children if c.ent_type_ == "ORG" and c.dep_ in _OUTLET_DEPS),
                None)


def _cue(token: Token, layout: Layout, how: str) -> Cue:
    if token.lower_ != "according":
        token = _reported_by(token, layout) or token
    end_tok = token.doc[token.i + 1] if token.lower_ == "according" else token
    source = _outlet(token, layout) or source_of(token, layout)
    return Cue(token.i, token.idx, end_tok.idx + len(end_tok),
               None if source is None else source.i, how)


def _chain(layout: Layout, lo: int, hi: int, para: int) -> list[Token]:
    """Words outside the quote the quote hangs from, nearest first, then speech verbs hanging
    from the quote (`"…," he added` parsed as parataxis)."""
    lex = active()
    doc = layout.doc
    out: list[Token] = []
    own_clause = -1
    # once the words stop at a speaker's own clause, a closing mark the parser hung on a verb
    # before it (`Doe said …, to which Hill interjected: "…."`) says nothing
    for i in range(lo, hi):
        if doc[i].is_punct and doc[i].head.i < own_clause:
            continue
        head = doc[i].head
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
                own_clause = max(own_clause, head.i)
                break  # `Cruz said …, and Trump vowed to "…"`: Trump's, not Cruz's
            if _joined_actor(head, layout):
                break
            head, steps = head.head, steps + 1
    for i in range(lo, hi):
        for child in doc[i].children:
            if not lo <= child.i < hi and not layout.quoted(child) and layout.paragraph_of(
                    child) == para and child not in out and (
                        is_cue(child) or child.pos_ == "VERB"
                        and child.lemma_ in lex.weak_speech_verbs):
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
    joined = next((t for t in chain if _joined_actor(t, layout)), None)
    if joined is not None and joined.dep_ != "conj":  # `…, with McCain calling it "…"`
        return _cue(joined, layout, "governing_verb")
    governing = [c for c in (_cue(t, layout, "governs") for t in chain if is_cue(t))]
    if governing:
        after = _cue_right_after(layout, qi, hi)
        if after is not None:  # `Comey cannot say that "…," Lewandowski added`
            return after
    for cue in governing[::-1]:
        if cue.source is not None:
            return cue
    sourceless = governing[0] if governing else None
    owned = _owned_speech_noun(chain, layout)
    if owned is not None:
        return owned
    if joined is not None:  # `Ryan said …, and Trump calling it "…"`
        return _cue(joined, layout, "governing_verb")
    s_lo, s_hi = layout.sentence_range(lo, hi - 1)
    framing = _framing_verb(chain, layout) or _as_put(layout, chain, s_lo, s_hi, para)
    if framing is not None:  # `Clinton accuses Sanders of an "…" while Sanders suggests …`
        return framing
    actor = any(t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS and not layout.quoted(c) for c in t.children) for t in chain)
    near = [t for t in doc[s_lo:s_hi] if not lo <= t.i < hi and not layout.quoted(t)
            and is_cue(t) and layout.paragraph_of(t) == para and t not in chain
            and not (t.i >= hi and _introduces_next(t, layout))
            and not (actor and _other_clause(t, doc[lo]))]
    near.sort(key=lambda t: t.i - hi if t.i >= hi else lo - t.i)
    for tok in near:
        cue = _cue(tok, layout, "nearest")
        if cue.source is not None:
            return cue
        sourceless = sourceless or cue
    left = [t for t in doc[max(s_lo, lo - 8):lo] if t.pos_ == "VERB" and not layout.quoted(t)
            and layout.paragraph_of(t) == para]  # not the last paragraph's, glued on by the parse
    for tok in chain + left[::-1]:
        if tok.pos_ in ("VERB", "AUX") and not is_cue(tok):
            cue = _cue(tok, layout, "governing_verb")
            if cue.source is not None and _may_speak(doc[cue.source]):
                return cue
    trailing = _trailing(layout, hi, s_hi, para)
    if trailing is not None:
        return trailing
    if sourceless is not None:
        named = name_after_quote(layout, hi)
        if named is not None:
            return Cue(sourceless.token, sourceless.start, sourceless.end, named.i, "nearest")
    return sourceless


def _cue_right_after(layout: Layout, qi: int, hi: int) -> Cue | None:
    """`"…," Lewandowski added` or `"…?" asked Dunn`: a quote cut off by a comma or question
    mark and followed at once by a speech verb and its name or pronoun is that source's, even
    when a speech verb before it governs the words."""
    lex = active()
    q = layout.quotes[qi]
    if layout.text[q.start:q.end].rstrip()[-1:] not in (",", "?"):
        return None
    doc = layout.doc
    j = hi
    while j < len(doc) and j - hi <= 2 and not layout.quoted(doc[j]) and (
            doc[j].is_quote or doc[j].is_space and "\n" not in doc[j].text):
        j += 1
    verb = next((t for t in doc[j:j + 4] if is_cue(t) and not layout.quoted(t)), None)
    if verb is None or layout.paragraph_of(verb) != layout.paragraph(q.start) or any(
            t.pos_ != "PROPN" and t.lower_ not in lex.personal_pronouns
            and not (t.lower_ == "the" and t.i == j) for t in doc[j:verb.i]):  # `the Times said`
        return None
    cue = _cue(verb, layout, "nearest")
    if cue.source is None:
        return None
    if j <= cue.source < verb.i:  # `"…," Lewandowski added`
        return cue
    inverted = verb.i == j and verb.tag_ != "VBG" and j < cue.source <= verb.i + 3
    return cue if inverted else None  # `"…?" asked Dunn`, not `"…," suggesting Kasich …`


def _joined_actor(verb: Token, layout: Layout) -> bool:
    """A verb with a named or pronoun subject of its own in a clause joined beside a speech
    verb (`Ryan said …, and Trump calling it a "…"`) or set off by `with` outside reported
    words (`…, with McCain calling it a "…"`): the words are that subject's, not the speech
    verb's. One inside a reported clause (`Doe said that with Obama pushing a "…" plan`) is not.
    A naming verb in a clause of its own names its subject's words (`under what Hedge called
    "the old model," the club charged …`), unless a speech verb reports the clause.
    """
    lex = active()
    if verb.pos_ != "VERB" or not any(
            c.dep_ in SUBJECT_DEPS and not layout.quoted(c)
            and (c.pos_ == "PROPN" or c.ent_type_ in lex.actor_labels
                 or c.lower_ in lex.personal_pronouns) for c in verb.children):
        return False
    if verb.lemma_.lower() in lex.naming_verbs and verb.dep_ in ("advcl", "pcomp", "relcl"):
        return not any(t.dep_ == "ccomp" and is_cue(t.head) and not layout.quoted(t.head)
                       for t in verb.ancestors)  # `Doe said Roe was upset because he called …`
    if verb.dep_ == "conj":  # a modal marks reported words: `Reid said …, and Democrats would`
        return is_cue(verb.head) and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children) \
            and not any(c.tag_ == "MD" for c in verb.children)
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return False
    return not any(t.dep_ == "ccomp" and not layout.quoted(t.head) for t in verb.head.ancestors)


def _framing_verb(chain: list[Token], layout: Layout) -> Cue | None:
    """A verb that frames the quote as someone's words (`accuses X of an "…"`, `praised it as
    "…"`) and governs it: its subject said them, rather than the source of a speech verb the
    quote does not hang from elsewhere in the sentence. Not when a speech verb reports the
    framing (`Doe said the agency deemed them "…"`, `CNN, Doe said, called it "…"`): the corpus
    credits the reporter."""
    lex = active()
    for tok in chain:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.quoting_verbs and not any(
                is_cue(t) and not layout.quoted(t) for t in [*tok.ancestors, *tok.children]):
            cue = _cue(tok, layout, "governing_verb")
            if cue.source is not None and _may_speak(layout.doc[cue.source]):
                return cue
    return None


def _as_put(layout: Layout, chain: list[Token], s_lo: int, s_hi: int, para: int) -> Cue | None:
    """`As Jane Doe put it, "…"`, `as Doe puts it, the plan would "…"`: the words are the
    wording of whoever the sentence says put it so, whatever the main clause's subject."""
    doc = layout.doc
    for tok in [*chain, *doc[s_lo:s_hi]]:
        if tok.lemma_.lower() != "put" or layout.quoted(tok) or layout.paragraph_of(tok) != para \
                or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            continue
        cue = _cue(tok, layout, "nearest")
        if any(c.lower_ == "as" and c.i < tok.i for c in tok.children) \
                and cue.source is not None and mention_for(doc[cue.source]) is not None:
            return cue
        # `As Jane Doe, a professor at Yale, put it`: the parse hangs the name on `as`
        as_ = next((t for t in doc[max(0, tok.i - _MAX_APPOSITION):tok.i]
                    if t.lower_ == "as" and t.i + 1 < tok.i and doc[t.i + 1].pos_ == "PROPN"
                    and not layout.quoted(t) and layout.paragraph_of(t) == para), None)
        name = None if as_ is None else next(
            (c for c in as_.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is not None:
            return Cue(cue.token, cue.start, cue.end, name.i, "nearest")
    return None


def _may_speak(source: Token) -> bool:
    """Whether the subject of a verb that is no speech verb can be a quote's source: a name,
    pronoun or source noun, not a thing (`the safety net was becoming "a hammock"`, whose
    words belong to whoever `worried that` it was)."""
    lex = active()
    mention = mention_for(source)
    return mention is not None and (mention.kind != "nominal" or source.lemma_.lower()
                                    in lex.source_nouns)


def _other_clause(verb: Token, word: Token) -> bool:
    """Whether a speech verb sits in a joined clause with its own subject beside the quote's
    (`Cruz accuses Obama of "…" and Trump says …`), whose source said something else."""
    above = {word.i, *(t.i for t in word.ancestors)}
    tok = verb
    while tok.i not in above and tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(
                c.dep_ in SUBJECT_DEPS for c in tok.children):
            return True
        tok = tok.head
    return False


def _owned_speech_noun(chain: list[Token], layout: Layout) -> Cue | None:
    """`Obama's "if you like your plan, you can keep it" promise`, `his call for a
    "revolution"`: a speech-act noun the quote hangs from, whose owner is a name or pronoun; or
    the subject of the `be` it hangs from (`Doe's claim is that it was a "witch hunt"`, `Doe's
    response was: "…"`)."""
    lex = active()
    for tok in chain:
        if tok.lemma_ == "be":
            tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speech_nouns or (
                tok.dep_ in ("dobj", "oprd") and tok.head.lemma_.lower() in lex.naming_verbs) or (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.quoting_verbs
                and any(t.lower_ == "as" and t.head.i == tok.i for t in chain)):
            continue  # `Ryan called Trump's remarks "racist"`, `denounced his remarks as "…"`
        owner = next((c for c in tok.children if c.dep_ == "poss" and not layout.quoted(c) and (
            c.pos_ == "PROPN" or c.lower_ in lex.possessive_pronouns)), None)
        if owner is not None:
            return Cue(tok.i, tok.idx, tok.idx + len(tok), owner.i, "governs")
    return None


def _introduces_next(verb: Token, layout: Layout) -> bool:
    """`… Mr. Zahed said: "…"`: a verb after the quote that opens the next one is not its cue;
    one whose sentence ends first does not (`"…?" Smith said. "Okay."`)."""
    for tok in verb.doc[verb.i + 1:verb.i + 4]:
        if tok.text in (".", "!", "?"):
            return False
        if tok.text == ":" or layout.quoted(tok):
            return True
    return False


def _trailing(layout: Layout, hi: int, s_hi: int, para: int) -> Cue | None:
    """`"…?" Smith, a retired nurse, said.`: a quote that ends its sentence, and a next sentence
    that opens with its source and a speech verb before quoting anything else or saying
    something of its own."""
    doc = layout.doc
    if any(not (t.is_punct or t.is_space) for t in doc[hi:s_hi]) or s_hi >= len(doc):
        return None
    nxt = layout.sents[layout.sent_of[s_hi]]
    for tok in nxt[:15]:
        if layout.quoted(tok) or layout.paragraph_of(tok) != para:
            return None  # the parser's next sentence may start with this paragraph's mark
        if is_cue(tok) or len(nxt) <= 4 and tok.pos_ == "VERB":
            if _introduces_next(tok, layout) or any(c.dep_ == "ccomp" for c in tok.children):
                return None  # `Kasich said he would have fired him` says something new
            cue = _cue(tok, layout, "trailing")
            opens = all(t.is_punct or t.is_space for t in doc[nxt.start:tok.i])
            return cue if cue.source is not None and (
                cue.source < tok.i or opens or doc[cue.token].lower_ == "according") else None
    return None

"""The cue of a quote (`said`, `told`, `according to`) and the token its source hangs from.

Read from the dependency parse, in the order a reader would, and only from words outside
quotes (a `said` inside someone's words is never a cue):
1. a speech verb the quote hangs from, the outermost one when several do (`Obama said the
   voters will say "no"` is Obama's) short of one with its own subject in a joined or adverbial
   clause (`Cruz said …, and Trump vowed to "…"`): `Smith said that … "…"`, `X said: "…"`;
   then a speech-act noun the quote hangs from, whose owner said it (`Obama's "…" promise`);
2. the speech verb nearest the quote in its sentence, unless it opens the next quote
   (`… Saleh said: "…"`);
3. any verb the quote hangs from, or just before it (`Smith called it "a disaster"`);
4. a next sentence that opens with a source and a speech verb (`"…?" Smith, a nurse, said.`).
A cue whose source the parse lost takes the name right after the quote (`"…," Nate Silver,
the pollster who founded the site, tweeted`).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from nlp.layout import Layout
from nlp.lexicon import (
    LISTENER_VERBS,
    MEDIUM_NOUNS,
    PERSON_BODIES,
    PERSONAL_PRONOUNS,
    PHRASAL_SPEECH_VERBS,
    POSSESSIVE_PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    WEAK_SPEECH_VERBS,
)

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_INHERITS_SUBJECT = ("advcl", "conj", "xcomp")
_INVERTED = ("attr", "dep", "dobj", "npadvmod", "nsubj", "oprd")
_MAX_CLIMB = 4
_OWN_CLAUSE = ("advcl", "conj")
"""Links by which a speech verb with its own subject does not report what the verb above it
reports (`After Scalia said "…", Trump said`), unlike `ccomp`."""
_NAMING_VERBS = ("brand", "call", "consider", "deem", "describe", "dub", "label", "term")
"""Verbs that put a label on their object (`called his remarks "racist"`)."""
_MAX_CLAUSE = 25
_CLAUSE_OPENERS = ("a", "an", "the", "who", "whose")
"""First words of a clause or apposition set off by commas after a name."""
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
    """A speech verb (by lemma, or with its particle: `went on`), a verb issuing a statement
    (`released a statement`), or the `according` of `according to`."""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    if lemma in PHRASAL_SPEECH_VERBS:  # `he went on`, `Rubio fired back`
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == PHRASAL_SPEECH_VERBS[lemma]
                   for c in token.children)  # the parser often makes `back` an adverb
    return any(c.dep_ == "dobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in token.children)


def source_of(verb: Token, layout: Layout, depth: int = 0) -> Token | None:
    """The token the cue's source hangs from: its subject, or the object of `according to`.

    Inverted order (`"…," said John Smith`) is checked first: the small parser often makes
    something to the left the subject there. A passive cue's agent is its source (`as described
    by X`). A verb without a subject of its own takes the object of an object-control verb
    (`prompted X to state`) or the subject of the verb it depends on (`Smith said …, adding`,
    `Smith ended by saying`). A name right before a verb, or after a speech verb, is the last
    resort.
    """
    if verb.lower_ == "according":
        to = verb.doc[verb.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    inverted = _inverted_source(verb, layout)
    if inverted is not None:
        return inverted
    for child in verb.children:
        if child.dep_ == "agent" and depth == 0:  # `X was joined by Y and joked` is X's
            objs = [c for c in child.children if c.dep_ == "pobj" and not layout.quoted(c)]
            if objs:
                return objs[0]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not layout.quoted(c)
                and c.ent_type_ not in _NOT_SOURCES]
    if subjects:  # a misparse may give two (`His assessment: "…," he said`, a dateline's
        # `LONDON (Reuters) - Jane Doe said`); names win, then the one nearest the verb
        return max(subjects, key=lambda c: (
            c.pos_ in ("PROPN", "PRON") or bool(c.ent_type_), c.i < verb.i, c.i * (c.i < verb.i)))
    if verb.dep_ == "relcl" and not layout.quoted(verb.head):
        return verb.head
    head = verb.head
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objs and not layout.quoted(objs[0]):
            return objs[0]
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head
    if depth < 2 and head.i != verb.i and head.pos_ in ("VERB", "AUX") and (
            verb.dep_ in _INHERITS_SUBJECT or verb.dep_ == "pcomp"):
        found = source_of(head, layout, depth + 1)
        if found is not None:
            return found
    found = _before(verb, layout)
    if found is None and verb.lemma_.lower() in SPEECH_VERBS and verb.i > 0 \
            and (verb.doc[verb.i - 1].text == "," or verb.doc[verb.i - 1].is_quote):
        found = _name_after(verb, layout)  # `"…" but to act, says Jane Doe, a consultant`
    return found


def name_after_quote(layout: Layout, hi: int) -> Token | None:
    """`"…," Nate Silver, the pollster who founded the site, tweeted`: the name right after a
    quote's closing mark and comma, when the parse lost the link between the name and the verb."""
    doc = layout.doc
    j = hi
    while j < len(doc) and j - hi <= 3 and (doc[j].is_punct or doc[j].is_space) \
            and not layout.quoted(doc[j]):
        j += 1
    if j >= len(doc) or j == hi or layout.quoted(doc[j]):
        return None
    return _name_after(doc[j - 1], layout) if doc[j].pos_ == "PROPN" else None


def _inverted_source(verb: Token, layout: Layout) -> Token | None:
    """`"…," said Smith`: a verb with no subject before it, right after a quote that opens its
    sentence; the source is the name right after the verb, whatever the parse made of it."""
    doc = verb.doc
    if any(c.dep_ in _SUBJECTS and c.i < verb.i and not layout.quoted(c) for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 3 and not layout.quoted(doc[i]) and (
            doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or not layout.quoted(doc[i]):
        return None
    quote = layout.quotes[layout.quote_of[i]]
    j = layout.token_range(quote.start, quote.end)[0] - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space) and not layout.quoted(doc[j]):
        j -= 1
    if j >= 0 and not doc[j].is_space and doc[j].text not in (".", "!", "?", ":", ";") \
            and layout.paragraph_of(doc[j]) == layout.paragraph(quote.start) \
            and not layout.quoted(doc[j]):
        return None
    found = _name_after(verb, layout)
    if found is not None:
        return found
    for child in verb.rights:
        if child.i - verb.i > 4 or layout.quoted(child) or child.ent_type_ in _NOT_SOURCES:
            continue
        if child.dep_ in _INVERTED and (child.pos_ == "PROPN" or child.lower_ in PERSONAL_PRONOUNS
                                         or child.lemma_.lower() in SOURCE_NOUNS):
            return child
    return None


def _name_after(verb: Token, layout: Layout) -> Token | None:
    """The name, source noun or pronoun right after a verb, whatever the parse made of it."""
    doc = verb.doc
    j = verb.i + 1
    if verb.lemma_.lower() in LISTENER_VERBS or j >= len(doc):
        return None
    if doc[j].lower_ in PERSONAL_PRONOUNS:
        return doc[j]
    found = None
    while j < len(doc) and j - verb.i <= 8 and not layout.quoted(doc[j]):
        tok = doc[j]
        if tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_SOURCES:
            found = tok  # the last proper noun of `ACLU executive director Anthony Romero`
        elif tok.tag_ == "POS" or tok.text in ("'", "\u2019") and found is not None:
            found = None  # an owner: `Florida's Rick Wilson`
        elif tok.pos_ == "NOUN" and found is None and tok.lemma_.lower() in SOURCE_NOUNS and (
                j + 1 == len(doc) or doc[j + 1].pos_ not in ("PROPN", "NOUN")):
            return tok
        elif tok.pos_ == "NOUN" and tok.lower_ not in PERSON_BODIES or _glued_modifier(tok):
            found = None  # a modifier: `Twitter user`, `Los Angeles-based attorney`
        elif tok.text == "," and found is None and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" \
                and doc[j - 1].pos_ == "NOUN":
            pass  # a name in apposition to a noun: `another Twitter user, Jane Doe`
        elif tok.pos_ not in ("DET", "ADJ", "NOUN", "PUNCT") or tok.is_punct and tok.text != "-" \
                and (found is not None or tok.text == ","):
            break
        j += 1
    return found


def _glued_modifier(tok: Token) -> bool:
    """The `based` of `Los Angeles-based`: a word glued to the one before by a hyphen."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_


def _before(verb: Token, layout: Layout) -> Token | None:
    """A name or pronoun directly before the verb, skipping adverbs and auxiliaries."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and verb.i - i <= 3:
        i -= 1
    if i > 0 and doc[i].text == ")":  # a party tag: `Sen. Jane Doe (D-Mass.) said`
        opening = next((j for j in range(i - 1, max(i - 8, 0), -1) if doc[j].text == "("), None)
        i = opening - 1 if opening is not None else i
    if i > 0 and doc[i].text == "," and doc[i].head.i < i and doc[i].head.pos_ == "PROPN":
        i = doc[i].head.i  # `Smith, a local activist, called …`
    elif i > 0 and doc[i].text == "," and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "appos":
        i -= 1  # `her senior adviser, Jake Sullivan, said`
    elif i > 0 and doc[i].text == ",":
        i = _before_clause(doc, i)
    if i < 0 or layout.quoted(doc[i]) or doc[i].ent_type_ in _NOT_SOURCES or not (
            doc[i].pos_ == "PROPN" or doc[i].lower_ in PERSONAL_PRONOUNS):
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "flat") and tok.i < tok.head.i < verb.i:
        tok = tok.head
    return tok


def _before_clause(doc: Doc, comma: int) -> int:
    """`Smith, who served as an aide in 2012, called …`: the word before the comma that opens
    a relative clause or apposition closed by `comma` (the parse often loses the link)."""
    j = comma - 1
    while j > 0 and comma - j <= _MAX_CLAUSE and doc[j].text != "," and not doc[j].is_sent_start:
        j -= 1
    if j > 0 and doc[j].text == "," and (doc[j + 1].lower_ in _CLAUSE_OPENERS
                                         or doc[j + 1].pos_ == "ADP"):
        return j - 1  # also a place or time set off by commas: `Trump, in Kentucky, said`
    return comma


def _reported_by(verb: Token) -> Token | None:
    """The `according` of `X said …, according to CNN`: the named outlet or person relaying the
    words is the source the corpus credits (`according to a transcript` leaves X the source)."""
    for child in verb.children:
        if child.lower_ == "according" and child.dep_ == "prep" and child.i + 1 < len(verb.doc):
            to = verb.doc[child.i + 1]
            if to.lower_ == "to" and any(c.dep_ == "pobj" and c.pos_ == "PROPN"
                                         and c.ent_type_ not in _NOT_SOURCES
                                         for c in to.children):
                return child
    return None


def _cue(token: Token, layout: Layout, how: str) -> Cue:
    if token.lower_ != "according":
        token = _reported_by(token) or token
    end_tok = token.doc[token.i + 1] if token.lower_ == "according" else token
    source = source_of(token, layout)
    return Cue(token.i, token.idx, end_tok.idx + len(end_tok),
               None if source is None else source.i, how)


def _chain(layout: Layout, lo: int, hi: int, para: int) -> list[Token]:
    """Words outside the quote the quote hangs from, nearest first, then speech verbs hanging
    from the quote (`"…," he added` parsed as parataxis)."""
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
                    c.dep_ in _SUBJECTS for c in head.children):
                own_clause = max(own_clause, head.i)
                break  # `Cruz said …, and Trump vowed to "…"`: Trump's, not Cruz's
            head, steps = head.head, steps + 1
    for i in range(lo, hi):
        for child in doc[i].children:
            if not lo <= child.i < hi and not layout.quoted(child) and layout.paragraph_of(
                    child) == para and child not in out and (is_cue(child) or child.pos_ == "VERB"
                                                             and child.lemma_ in WEAK_SPEECH_VERBS):
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
    governing = [c for c in (_cue(t, layout, "governs") for t in chain if is_cue(t))]
    for cue in governing[::-1]:
        if cue.source is not None:
            return cue
    sourceless = governing[0] if governing else None
    owned = _owned_speech_noun(chain, layout)
    if owned is not None:
        return owned
    s_lo, s_hi = layout.sentence_range(lo, hi - 1)
    actor = any(t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _SUBJECTS and not layout.quoted(c) for c in t.children) for t in chain)
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
    left = [t for t in doc[max(s_lo, lo - 8):lo] if t.pos_ == "VERB" and not layout.quoted(t)]
    for tok in chain + left[::-1]:
        if tok.pos_ in ("VERB", "AUX") and not is_cue(tok):
            cue = _cue(tok, layout, "governing_verb")
            if cue.source is not None:
                return cue
    trailing = _trailing(layout, hi, s_hi, para)
    if trailing is not None:
        return trailing
    if sourceless is not None:
        named = name_after_quote(layout, hi)
        if named is not None:
            return Cue(sourceless.token, sourceless.start, sourceless.end, named.i, "nearest")
    return sourceless


def _other_clause(verb: Token, word: Token) -> bool:
    """Whether a speech verb sits in a joined clause with its own subject beside the quote's
    (`Cruz accuses Obama of "…" and Trump says …`), whose source said something else."""
    above = {word.i, *(t.i for t in word.ancestors)}
    tok = verb
    while tok.i not in above and tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(
                c.dep_ in _SUBJECTS for c in tok.children):
            return True
        tok = tok.head
    return False


def _owned_speech_noun(chain: list[Token], layout: Layout) -> Cue | None:
    """`Obama's "if you like your plan, you can keep it" promise`, `his call for a
    "revolution"`: a speech-act noun the quote hangs from, whose owner is a name or pronoun."""
    for tok in chain:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS or (
                tok.dep_ in ("dobj", "oprd") and tok.head.lemma_.lower() in _NAMING_VERBS):
            continue  # `Ryan called Trump's remarks "racist"` judges them
        owner = next((c for c in tok.children if c.dep_ == "poss" and not layout.quoted(c) and (
            c.pos_ == "PROPN" or c.lower_ in POSSESSIVE_PRONOUNS)), None)
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
            return cue if cue.source is not None and (cue.source < tok.i or opens) else None
    return None

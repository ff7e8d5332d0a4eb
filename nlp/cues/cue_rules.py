"""The cue of a quote (`said`, `told`, `according to`) and the token its source hangs from.

Read from the dependency parse, in the order a reader would, and only from words outside
quotes (a `said` inside someone's words is never a cue). The rules of `CUE_RULES`, in order
(the first that finds a cue decides; a speech cue found without a source is kept as the
fallback):
  * `own_clause_actor`: a clause with its own named subject the quote sits in, set off by
    `with` or a naming verb's (`…, with McCain calling it "…"`, `under what Hedge called "…"`);
  * `speech_verb_right_after`: a speech verb and name right after a quote cut off by a comma,
    though a speech verb before governs it (`Comey cannot say that "…," Lewandowski added`);
  * `governing_speech_verb`: a speech verb the quote hangs from, the outermost one when several
    do (`Obama said the voters will say "no"` is Obama's), short of one with its own subject in
    a joined or adverbial clause (`Cruz said …, and Trump vowed to "…"`): `Smith said that …
    "…"`, `X said: "…"`; but when the outermost's source is a body relaying a person's words
    (`Fox News reported that Pompeo told reporters that "…"`), the person's verb;
  * `owned_speech_noun`: a speech-act noun the quote hangs from, whose owner said it (`Obama's
    "…" promise`, `Doe's claim is that it was a "…"`);
  * `joined_clause_actor`: a clause joined to a speech verb with a subject of its own (`Ryan
    said …, and Trump calling it "…"`);
  * `framing_verb`: a verb framing the quote as someone's words that it hangs from (`Clinton
    accuses Sanders of an "…"`), not reported by a speech verb; `as_put_it`: `as X put it` in
    its sentence;
  * `nearest_speech_verb`: the speech verb nearest the quote in its sentence, unless it opens
    the next quote (`… Saleh said: "…"`) or sits in another clause with its own subject;
  * `verb_with_a_speaker`: any verb the quote hangs from, or just before it (`Smith called it
    "a disaster"`), whose subject can speak (not `the net was becoming "…"`);
  * `quoted_verb`: a quote that is only its sentence's verb is that verb's subject's (`the group
    "congratulated" Mr Hart`; `nlp/cues/framing.py`);
  * `trailing_sentence`: a next sentence that opens with a source and a speech verb (`"…?"
    Smith, a nurse, said.`), not one saying more (`Doe agreed winning …`, `Describing Roe`,
    `The FT also reported a third bid`; `nlp/cues/trailing.py`);
  * `cataphoric_sentence`: a next sentence standing for the quote that names who said it
    (`That was how Doe put it`, `Those were the words of Doe`; `nlp/cues/cataphora.py`);
  * `name_after_quote`: a cue whose source the parse lost takes the name right after the quote
    (`"…," Nate Silver, the pollster who founded the site, tweeted`);
  * `sourceless_cue`: else the first speech cue found, without a source.
Words relayed through a named outlet (`…, according to CNN`) are the outlet's only when the cue
word has no source of its own (`make_cue`): in a reporting chain the innermost speaker said them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Token

from nlp.cues import nearby
from nlp.cues.cataphora import cataphoric_sentence
from nlp.cues.clauses import introduces_next, other_clause
from nlp.cues.cue import Cue, QuoteCues, make_cue
from nlp.cues.framing import as_put_it, framing_verb, quoted_verb, verb_with_a_speaker
from nlp.cues.sources import SUBJECT_DEPS
from nlp.cues.trailing import trailing_sentence
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.rules import first

_CLOSING = (",", ".", "?", "!")


def find_cue(layout: Layout, qi: int) -> Cue | None:
    """The cue of quote segment `qi`, from its own sentence or a short trailing one."""
    q = QuoteCues(layout, qi)
    lo, hi = q.tokens
    if lo >= hi:
        return None
    cue, rule = first(CUE_RULES, q, "cue")
    return None if cue is None else replace(cue, rule=rule)


def own_clause_actor(q: QuoteCues) -> Cue | None:
    if q.joined is not None and q.joined.dep_ != "conj":
        return make_cue(q.joined, q.layout, "governing_verb")
    return None


def speech_verb_right_after(q: QuoteCues) -> Cue | None:
    """`"…," Lewandowski added` or `"…?" asked Dunn`: a quote cut off by a comma or question
    mark and followed at once by a speech verb and its name or pronoun is that source's, even
    when a speech verb before it governs the words."""
    layout = q.layout
    quote = layout.quotes[q.qi]
    if not q.governing or layout.text[quote.start:quote.end].rstrip()[-1:] not in (",", "?"):
        return None
    doc, hi = layout.doc, q.tokens[1]
    j = hi
    while j < len(doc) and j - hi <= 2 and not layout.quoted(doc[j]) and (
            doc[j].is_quote or doc[j].is_space and "\n" not in doc[j].text):
        j += 1
    verb = next((t for t in doc[j:j + 4] if is_cue(t) and not layout.quoted(t)), None)
    if verb is None or layout.paragraph_of(verb) != q.paragraph \
            or not _names_only(doc[j:verb.i], j):
        return None
    cue = make_cue(verb, layout, "nearest")
    if cue.source is None:
        return None
    if j <= cue.source < verb.i:  # `"…," Lewandowski added`
        return cue
    inverted = verb.i == j and verb.tag_ != "VBG" and j < cue.source <= verb.i + 3
    return cue if inverted else None  # `"…?" asked Dunn`, not `"…," suggesting Kasich …`


def _names_only(words: Iterable[Token], j: int) -> bool:
    """Only names and pronouns before the verb (and a first `the`: `the Times said`)."""
    pronouns = active().personal_pronouns
    return all(t.pos_ == "PROPN" or t.lower_ in pronouns or t.lower_ == "the" and t.i == j
               for t in words)


def governing_speech_verb(q: QuoteCues) -> Cue | None:
    q.fallback = q.governing[0] if q.governing else None
    sourced = [cue for cue in q.governing if cue.source is not None]
    if not sourced:
        return None
    outer = sourced[-1]
    if not _relaying_body(q, outer):
        return outer
    return next((cue for cue in sourced[:-1] if _named_person(q, cue)), outer)


def _relaying_body(q: QuoteCues, cue: Cue) -> bool:
    """`Fox News reported that Pompeo told reporters that "…"`: a body reporting what a person
    said relays the words; they are the person's (a reporting chain's innermost speaker)."""
    return q.layout.doc[cue.source].ent_type_ == "ORG"


def _named_person(q: QuoteCues, cue: Cue) -> bool:
    return q.layout.doc[cue.source].ent_type_ == "PERSON"


def owned_speech_noun(q: QuoteCues) -> Cue | None:
    """`Obama's "if you like your plan, you can keep it" promise`, `his call for a
    "revolution"`: a speech-act noun the quote hangs from, whose owner is a name or pronoun; or
    the subject of the `be` it hangs from (`Doe's claim is that it was a "witch hunt"`, `Doe's
    response was: "…"`)."""
    lex = active()
    for tok in q.chain:
        if tok.lemma_ == "be":
            tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speech_nouns \
                or _labelled(tok, q.chain):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and not q.layout.quoted(c) and (
            c.pos_ == "PROPN" or c.lower_ in lex.possessive_pronouns)), None)
        if owner is not None:
            return Cue(tok.i, tok.idx, tok.idx + len(tok), owner.i, "governs", "owner")
    return None


def _labelled(noun: Token, chain: list[Token]) -> bool:
    """`Ryan called Trump's remarks "racist"`, `denounced his remarks as "…"`: the speech noun
    is what the quote labels, not who said it."""
    lex = active()
    head = noun.head.lemma_.lower()
    return noun.dep_ in ("dobj", "oprd") and head in lex.naming_verbs or (
        noun.dep_ == "dobj" and head in lex.quoting_verbs
        and any(t.lower_ == "as" and t.head.i == noun.i for t in chain))


def joined_clause_actor(q: QuoteCues) -> Cue | None:
    return None if q.joined is None else make_cue(q.joined, q.layout, "governing_verb")


def nearest_speech_verb(q: QuoteCues) -> Cue | None:
    layout = q.layout
    doc = layout.doc
    lo, hi = q.tokens
    s_lo, s_hi = q.near
    actor = any(t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS and not layout.quoted(c) for c in t.children) for t in q.chain)
    near = [t for t in doc[s_lo:s_hi] if _near_cue(t, q)
            and not (actor and other_clause(t, doc[lo]))]
    near.sort(key=lambda t: t.i - hi if t.i >= hi else lo - t.i)
    for tok in near:
        cue = make_cue(tok, layout, "nearest")
        if cue.source is not None:
            return cue
        q.fallback = q.fallback or cue
    return None


def _near_cue(tok: Token, q: QuoteCues) -> bool:
    """A speech cue outside quotes in the quote's paragraph, not one it hangs from and not one
    after it that opens the next quote."""
    layout = q.layout
    lo, hi = q.tokens
    return not lo <= tok.i < hi and not layout.quoted(tok) and is_cue(tok) \
        and layout.paragraph_of(tok) == q.paragraph and tok not in q.chain \
        and not (tok.i >= hi and introduces_next(tok, layout))


def name_after_quote(q: QuoteCues) -> Cue | None:
    if q.fallback is None or not _set_off(q):
        return None
    named = nearby.name_after_quote(q.layout, q.tokens[1])
    return None if named is None else Cue(q.fallback.token, q.fallback.start, q.fallback.end,
                                          named.i, "nearest", "name_after")


def _set_off(q: QuoteCues) -> bool:
    """A quote closing its clause (`"…," Nate Silver … tweeted`, `"…" - Jane Doe`), not one
    word the sentence runs on through (`the group "congratulated" Mr Hart`: Hart is its
    object)."""
    text, end = q.layout.text, q.layout.quotes[q.qi].end
    after = text[end:end + 4].lstrip(" \"'”’")
    return text[:end].rstrip()[-1:] in _CLOSING or after[:1] in (",", "-", "–", "—", "\n")


def sourceless_cue(q: QuoteCues) -> Cue | None:
    return q.fallback


CUE_RULES: tuple[Callable[[QuoteCues], Cue | None], ...] = (
    own_clause_actor, speech_verb_right_after, governing_speech_verb, owned_speech_noun,
    joined_clause_actor, framing_verb, as_put_it, nearest_speech_verb, verb_with_a_speaker,
    quoted_verb, trailing_sentence, cataphoric_sentence, name_after_quote, sourceless_cue,
)

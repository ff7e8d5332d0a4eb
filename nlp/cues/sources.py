"""The token a speech cue's source hangs from (`Smith` of `Smith said`, `"…," said Smith`,
`according to Smith`), read from the parse and, where the small parser loses the link, from the
words around the verb (`nlp/cues/nearby.py`).

The rules of `SOURCE_RULES`, in order (the first that applies decides):
  * `according_to`: the object of `according to`, or the named author of the document it names
    (`a court filing by Jane Doe`);
  * `inverted_order`: `"…," said John Smith`, a verb with no subject before it right after a
    quote that opens its sentence: the name right after the verb, whatever the parse made of it
    (the small parser often makes something to the left the subject there); never a participle
    (`Describing Doe as "…"`: Doe is its object);
  * `passive_agent`: a passive cue's agent (`as described by X`); its subject is not the source
    (`the aide was charged`) unless a verb under it inherits that subject;
  * `subject`: the subject, names first, then the one nearest before the verb (a misparse may
    give two: `His assessment: "…," he said`), not a relative pronoun standing for quoted words;
    a proper noun the parser hung on the verb as a compound counts (`Doe joked`); a common noun
    with a name set beside it by commas is that name (`The editor, Jane Doe, said`);
  * `relative_clause`: the noun a relative clause's verb hangs on (`Smith, who said`);
  * `object_control`: the object of an object-control verb (`prompted X to state`);
  * `quoted_as_saying`: the object of the relaying verb of `quoted X as saying` (`The network
    quoted prosecutor Jane Doe as saying`): the outlet relays, the object said it;
  * `inherited_subject`: the source of the verb it depends on (`Smith said …, adding`, `Smith
    ended by saying`); a participle after a subordinate clause goes with the main verb (`Doe
    said after Roe won, adding`);
  * `name_before`: a name right before the verb (`nearby.name_before`);
  * `name_after_speech_verb`: the name right after a speech verb set off by a comma or mark
    (`"…" but to act, says Jane Doe, a consultant`), not a participle's object.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from nlp.cues import nearby
from nlp.cues.nearby import name_after
from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.rules import NOTHING, Nothing, first
from nlp.speakers.mentions import made_by

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_INHERITS_SUBJECT = ("advcl", "conj", "xcomp")
_INVERTED = ("attr", "dep", "dobj", "npadvmod", "nsubj", "oprd")
_MAX_APPOSED = 8
"""Words between a common-noun subject and the comma before its name (`The editor I was
talking to, Jane Doe,`)."""


@dataclass
class _Verb:
    """A cue verb whose source is sought; `depth` counts verbs it inherited a subject through."""

    verb: Token
    layout: Layout
    depth: int = 0


def source_of(verb: Token, layout: Layout) -> Token | None:
    """The token the cue's source hangs from, or None."""
    return find_source(verb, layout)[0]


def find_source(verb: Token, layout: Layout, depth: int = 0) -> tuple[Token | None, str]:
    """The source token and the name of the rule that found it (`""` when none did)."""
    return first(SOURCE_RULES, _Verb(verb, layout, depth), "source")


def according_to(v: _Verb) -> Token | Nothing | None:
    if v.verb.lower_ != "according":
        return None
    to = v.verb.doc[v.verb.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    return author(objs[0]) if objs else NOTHING


def inverted_order(v: _Verb) -> Token | None:
    lex = active()
    verb, layout = v.verb, v.layout
    if verb.tag_ == "VBG" or not _opens_with_quote(verb, layout):
        return None  # `"…" Describing Doe as …`: a participle's object is not its subject
    found = name_after(verb, layout)
    if found is not None:
        return found
    for child in verb.rights:
        if child.i - verb.i > 4 or layout.quoted(child) or child.ent_type_ in lex.numeric_labels:
            continue
        if child.dep_ in _INVERTED and (
                child.pos_ == "PROPN" or child.lower_ in lex.personal_pronouns
                or child.lemma_.lower() in lex.source_nouns):
            return child
    return None


def passive_agent(v: _Verb) -> Token | None:
    if v.depth:
        return None  # `X was joined by Y and joked` is X's
    for child in v.verb.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj" and not v.layout.quoted(c)]
            if objs:
                return objs[0]
    return None


def subject(v: _Verb) -> Token | None:
    verb = v.verb
    subjects = [c for c in verb.children if _may_be_subject(c, v)]
    if not subjects:
        return None
    return _named_apposition(max(subjects, key=lambda c: (
        c.pos_ in ("PROPN", "PRON") or bool(c.ent_type_), c.i < verb.i, c.i * (c.i < verb.i))),
        verb)


def _may_be_subject(child: Token, v: _Verb) -> bool:
    """A subject (or a proper noun hung on the verb as a compound) outside quotes, in the
    verb's paragraph (misparses cross), not a passive's subject, a number or a pronoun standing
    for quoted words."""
    layout = v.layout
    if not (child.dep_ in SUBJECT_DEPS or child.dep_ == "compound" and child.pos_ == "PROPN"):
        return False
    return not layout.quoted(child) and (child.dep_ != "nsubjpass" or v.depth > 0) \
        and child.ent_type_ not in active().numeric_labels \
        and not _stands_for_quote(child, v.verb, layout) \
        and layout.paragraph_of(child) == layout.paragraph_of(v.verb)


def relative_clause(v: _Verb) -> Token | None:
    verb = v.verb
    if verb.dep_ == "relcl" and not v.layout.quoted(verb.head):
        return _named_apposition(verb.head, verb)
    return None


def object_control(v: _Verb) -> Token | None:
    if v.verb.dep_ != "xcomp":
        return None
    objs = [c for c in v.verb.head.children if c.dep_ == "dobj" and c.i < v.verb.i]
    return objs[0] if objs and not v.layout.quoted(objs[0]) else None


def quoted_as_saying(v: _Verb) -> Token | None:
    verb, head = v.verb, v.verb.head
    if verb.dep_ != "pcomp" or head.lower_ != "as" or head.head.lemma_.lower() \
            not in active().quoted_as_verbs:
        return None
    objs = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
    return objs[0] if objs and not v.layout.quoted(objs[0]) else None


def inherited_subject(v: _Verb) -> Token | None:
    """A verb inside someone's words lends no subject: `"Roe had a plan," adding` is not Roe's."""
    verb, head = v.verb, v.verb.head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "advcl" and any(
            c.dep_ == "mark" for c in head.children):
        head = head.head  # `Doe said after Roe won, adding`: the participle goes with `said`
    if v.depth < 2 and head.i != verb.i and head.pos_ in ("VERB", "AUX") and (
            verb.dep_ in _INHERITS_SUBJECT or verb.dep_ == "pcomp") and not v.layout.quoted(head):
        return find_source(head, v.layout, v.depth + 1)[0]
    return None


def name_before(v: _Verb) -> Token | None:
    return nearby.name_before(v.verb, v.layout)


def name_after_speech_verb(v: _Verb) -> Token | None:
    verb = v.verb
    lex = active()
    if verb.lemma_.lower() not in lex.speech_verbs or verb.i == 0 or not (
            verb.doc[verb.i - 1].text == "," or verb.doc[verb.i - 1].is_quote):
        return None
    found = name_after(verb, v.layout)
    if found is not None and verb.tag_ == "VBG" and found.lower_ not in lex.personal_pronouns:
        return None  # `"…," promising the Friends of X …`: the participle's object
    return found


SOURCE_RULES: tuple[Callable[[_Verb], Token | Nothing | None], ...] = (
    according_to, inverted_order, passive_agent, subject, relative_clause, object_control,
    quoted_as_saying, inherited_subject, name_before, name_after_speech_verb,
)


def _opens_with_quote(verb: Token, layout: Layout) -> bool:
    """Whether the verb has no subject before it and follows a quote that opens its sentence
    (`"…," said Smith`)."""
    doc = verb.doc
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and not layout.quoted(c) for c in verb.children):
        return False
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 3 and not layout.quoted(doc[i]) and (
            doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or not layout.quoted(doc[i]):
        return False
    quote = layout.quotes[layout.quote_of[i]]
    j = layout.token_range(quote.start, quote.end)[0] - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space) and not layout.quoted(doc[j]):
        j -= 1
    return not _continues_sentence(doc[j], layout, layout.paragraph(quote.start)) if j >= 0 \
        else True


def _continues_sentence(tok: Token, layout: Layout, paragraph: int) -> bool:
    """A word before a quote's opening mark that the quote continues (not a sentence end, a
    colon or another paragraph)."""
    return not tok.is_space and tok.text not in (".", "!", "?", ":", ";") \
        and layout.paragraph_of(tok) == paragraph and not layout.quoted(tok)


def _named_apposition(noun: Token, verb: Token) -> Token:
    """`The editor I was talking to, Jane Doe, said`, `Doe, a native who writes`: the name set
    off by commas beside a common-noun subject is the source the noun describes (the small
    parser often loses the apposition)."""
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    doc = noun.doc
    comma = next((t.i for t in doc[noun.i + 1:min(verb.i, noun.i + _MAX_APPOSED)]
                  if t.text == ","), None)
    if comma is None or verb.i <= noun.i:
        return noun
    name = None
    for tok in doc[comma + 1:verb.i]:
        if tok.text == ",":
            return name or noun
        if tok.ent_type_ != "PERSON" and tok.lower_ != "and":
            return noun
        name = tok if tok.pos_ == "PROPN" else name
    return noun


def author(obj: Token) -> Token:
    """`according to a court document filed by Jane Doe`, `according to calculations by Doe`:
    the named author of the common noun the words are credited to, else the noun."""
    if obj.pos_ != "NOUN":
        return obj
    return next((t for t in made_by(obj) if t.pos_ == "PROPN"), obj)


def _stands_for_quote(subject: Token, verb: Token, layout: Layout) -> bool:
    """The `that` of `calling it a "paperwork error" that was reported`: a relative pronoun
    standing for quoted words is what was said, not who said it."""
    return subject.lower_ in active().relative_pronouns and verb.dep_ == "relcl" \
        and layout.quoted(verb.head)

"""Speaker mentions: the span of text a cue's source token stands for, and what kind it is.

The parser hands attribution one token (the subject of `said`, the object of `according to`);
the speaker is the whole name (`Senator John Smith`), the noun phrase (`a senior official`) or
the pronoun around it. Relative pronouns (`who said`) stand for the noun they modify, and a
nominal with a name in apposition (`the spokesman, John Smith,`) is that name.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from nlp.lexicon import active
from nlp.rules import NOTHING, Nothing, first
from nlp.speakers.name_spans import entity_span
from nlp.speakers.post_nominals import name_holder
from nlp.text.first_names import is_first_name


@dataclass(frozen=True)
class Mention:
    """A speaker mention: character span, head token index and kind (name|pronoun|nominal)."""

    start: int
    end: int
    head: int
    kind: str
    label: str = ""
    """The entity label for names (PERSON, ORG, ...), else empty."""
    text: str = ""


def _named(head: Token) -> Mention | None:
    token = name_holder(head) or head  # `said Alan Reid MSP`: the name, not the letters
    found = entity_span(token)
    if found is None:
        return None
    start, end, label = found
    doc = token.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, head.i, "name", label, span.text)


def nominal(token: Token) -> Mention:
    """The noun phrase up to its head, plus a short `of`/`for`/`at` complement
    (`a spokesman for X`)."""
    lex = active()
    doc = token.doc
    start = min([c.left_edge.i for c in token.lefts if c.dep_ in lex.descriptor_deps] + [token.i])
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("at", "for", "of", "with") and \
                child.right_edge.i - token.i <= 8:
            end = child.right_edge.i + 1
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, token.i, "nominal", "", span.text)


def mention_for(token: Token) -> Mention | None:
    """The speaker mention a source token stands for: the answer of the first of
    `MENTION_RULES` that applies. A relative pronoun (`who said`) stands for the noun it
    modifies."""
    if token.lower_ in active().relative_pronouns and token.head.dep_ == "relcl":
        token = token.head.head
    return first(MENTION_RULES, token, "mention")[0]


def pronoun(token: Token) -> Mention | Nothing | None:
    """A personal pronoun, or a possessive one standing for its owner (`his call for`); other
    pronouns (`it`, `this`) are no one."""
    lex = active()
    if token.pos_ != "PRON" and token.lower_ not in lex.personal_pronouns:
        return None
    if token.lower_ not in lex.personal_pronouns and not (
            token.dep_ == "poss" and token.lower_ in lex.possessive_pronouns):
        return NOTHING
    return Mention(token.idx, token.idx + len(token), token.i, "pronoun", "", token.text)


def dateline_person(token: Token) -> Mention | Nothing | None:
    """`LONDON (Reuters) - Jane Doe said`, `DENVER (AP)—Jane Doe said`: the person the parse
    hung on the dateline's place (which the tagger may take for a person: `DENVER`)."""
    if token.ent_type_ != "GPE" and not _dateline_place(token):
        return None
    person = next((c for c in token.rights if c.dep_ == "appos" and _is_person(c)
                   and c.ent_type_ != "ORG"), None)  # `(AP)` is the agency, not `Ap` a name
    return None if person is None else _named(person) or NOTHING


def _dateline_place(token: Token) -> bool:
    """An upper-case word opening its line and followed by a bracket or a dash: a dateline."""
    doc = token.doc
    opens = token.i == 0 or "\n" in doc[token.i - 1].text
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return opens and token.is_upper and len(token) > 1 and (
        after == "(" or after in active().dashes)


def party_member_nominal(token: Token) -> Mention | None:
    return nominal(token) if party_member(token) else None


def name(token: Token) -> Mention | None:
    """The name the token is part of (a bare title's conjunct name: `Vice President for news
    Jane Doe called`); a job in lower case is none, though the tagger read a headline's `says
    minister` as a proper noun, and so is a person description after `the` (`the Scot`)."""
    lex = active()
    if token.is_lower and token.lower_ in lex.role_words or token.lower_ in \
            lex.person_descriptions and any(c.dep_ == "det" and c.lower_ == "the"
                                            for c in token.children):
        return None  # `said the Scot`: the tagger's proper noun describes the person named
    return _named(_person_after_title(token) or token)


def not_a_noun(token: Token) -> Nothing | None:
    return NOTHING if token.pos_ not in ("NOUN", "PROPN") else None


def apposed_name(token: Token) -> Mention | None:
    """`the spokesman, John Smith,`: a name in apposition to the noun."""
    return next((m for m in (_named(c) for c in token.rights if c.dep_ == "appos")
                 if m is not None), None)


def name_apposed_to(token: Token) -> Mention | None:
    """`Doe, a Texas native who writes`: the name, not the noun."""
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
        return _named(token.head)
    return None


def person_beside(token: Token) -> Mention | Nothing | None:
    """A person the parser set beside the noun elsewhere (`_person_after_complement`,
    `_person_before`)."""
    person = _person_after_complement(token) or _person_before(token)
    return None if person is None else _named(person) or NOTHING


def medium_author(token: Token) -> Mention | Nothing | None:
    """`a statement by X`, `X's email`: the author of what the source speaks through."""
    if token.lemma_.lower() not in active().medium_nouns:
        return None
    author = _author(token)
    return None if author is None else mention_for(author) or NOTHING


MENTION_RULES: tuple[Callable[[Token], Mention | Nothing | None], ...] = (
    pronoun, dateline_person, party_member_nominal, name, not_a_noun, apposed_name,
    name_apposed_to, person_beside, medium_author, nominal,
)


def party_member(token: Token) -> bool:
    """`a New Hampshire Democrat`, `one Republican`: an unnamed person described by party,
    though the tagger labels the noun a group or an organisation."""
    lex = active()
    return token.lower_ in lex.party_members and token.tag_ in ("NN", "NNP") and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
        for c in token.children)


def _person_after_title(token: Token) -> Token | None:
    """`Vice President for news Jane Doe called`: the parser made the title the subject and
    hung the name on it as a conjunct; a bare title is no one's name."""
    lex = active()
    if token.pos_ != "PROPN" or token.lower_ not in lex.titles_and_roles:
        return None
    return next((c for c in token.rights if c.dep_ in ("appos", "conj")
                 and (c.ent_type_ == "PERSON" or name_holder(c) is not None)), None)


def _person_after_complement(noun: Token) -> Token | None:
    """`a spokeswoman for the company, Jane Doe,`: the parser hangs the name in apposition on
    the complement's object; a person's name there (by label or known first name) is the
    noun's."""
    for prep in noun.rights:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.ent_type_ == "PERSON":
                continue
            for appos in pobj.rights:
                if appos.dep_ == "appos" and _is_person(appos):
                    return appos
    return None


def _person_before(noun: Token) -> Token | None:
    """`Jane Doe, the chairwoman of the county party, recalled`: the parser made the role the
    subject and lost the name it stands in apposition to."""
    left = noun.left_edge.i
    doc = noun.doc
    if left >= 2 and doc[left - 1].text == "," and doc[left].lower_ == "the" \
            and _is_person(doc[left - 2]):
        return doc[left - 2]
    return None


def _is_person(token: Token) -> bool:
    """A proper noun labelled a person, or whose name opens with a known first name."""
    first = token.left_edge
    return token.pos_ == "PROPN" and (token.ent_type_ == "PERSON" or first.pos_ == "PROPN"
                                      and is_first_name(first.lower_))


def made_by(noun: Token, preps: tuple[str, ...] = ("by",)) -> Iterator[Token]:
    """Who a noun is by, in the order the words give them: the object of `by` (`a statement by
    X`) or of a participle's agent (`a document filed by X`)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                yield from (c for c in agent.children if c.dep_ == "pobj")


_RECALL = 60
"""Tokens back in which `the statement` looks for the statement someone issued."""


def _author(medium: Token) -> Token | None:
    """Who wrote a statement or email: `X's statement`, `a statement by/from X`, `sent by X`,
    `X released a video that said`, or a name before it (`the Cato Institute website`)."""
    lex = active()
    owner = next((c for c in medium.lefts if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")),
                 None)
    if owner is not None and owner.pos_ == "PROPN":  # `Bush's Facebook post`: not the platform
        return owner
    named = [c for c in medium.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
             and c.ent_type_ not in lex.numeric_or_place_labels]
    if named:
        return named[-1]
    by = next(made_by(medium, ("by", "from")), None)
    if by is not None:  # `The court's ruling, written by Judge Doe`: the judge wrote it
        return by
    if owner is not None:
        return owner
    recalled = _recalled_author(medium)
    if recalled is not None:
        return recalled
    if medium.dep_ == "dobj":
        subjects = [c for c in medium.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("PROPN", "PRON"):
            return subjects[0]
    return None


def _recalled_author(medium: Token) -> Token | None:
    """`Doe released a statement on Friday. "…," the statement said`: `the` medium recalls the
    one a name issued just before (the object of a verb with that name as subject), within
    `_RECALL` tokens."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in medium.lefts):
        return None
    doc = medium.doc
    for tok in reversed(doc[max(0, medium.i - _RECALL):medium.i]):
        if tok.dep_ == "dobj" and tok.lemma_ == medium.lemma_:
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            return subject if subject is not None and subject.pos_ == "PROPN" else None
    return None

"""Speaker mentions: the span of text a cue's source token stands for, and what kind it is.

The parser hands attribution one token (the subject of `said`, the object of `according to`);
the speaker is the whole name (`Senator John Smith`), the noun phrase (`a senior official`) or
the pronoun around it. Relative pronouns (`who said`) stand for the noun they modify, and a
nominal with a name in apposition (`the spokesman, John Smith,`) is that name.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from nlp.lexicon import active
from nlp.speakers.names import name_start
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


def entity_span(token: Token) -> tuple[int, int, str] | None:
    """Token range and label of the named entity holding `token`, or of its proper-noun chain."""
    lex = active()
    if token.ent_type_ in lex.name_labels:
        start = token.i
        while start > 0 and token.doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        for i in range(start, end):  # `Lehigh, Bruce Turry`: two names run together
            if token.doc[i].text == ",":
                if i < token.i:
                    start = i + 1
                else:
                    end = i
                    break
        if token.ent_type_ == "PERSON":
            start = name_start(token.doc, start, end)
        else:
            start = _body_start(token.doc, start, end)
        return start, end, token.ent_type_
    if token.pos_ == "PROPN" or _looks_like_surname(token):
        doc = token.doc
        start = token.i
        while start > 0 and (doc[start - 1].head.i in (token.i, start) and (
                doc[start - 1].pos_ == "PROPN" or _capitalised_modifier(doc[start - 1]))
                or not doc[start - 1].whitespace_ and doc[start - 1].text == "-"):
            start -= 1
        prev = doc[start - 1] if start else None
        if prev is not None and doc[start].ent_iob_ == "I" and prev.is_title \
                and is_first_name(prev.lower_):
            start -= 1  # `Will Estrada`, one entity though the tagger read `Will` as a verb
        return _body_of(doc, start, token)
    return None


def _capitalised_modifier(tok: Token) -> bool:
    """A capitalised common word inside a body's name (`Black Lives Matter`, `Purple PAC`)."""
    lex = active()
    return tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("amod", "compound") and tok.is_title \
        and not tok.ent_type_ and tok.lower_ not in lex.titles_and_roles


def _body_of(doc: Doc, start: int, token: Token) -> tuple[int, int, str]:
    """A proper-noun chain, taking in a `for`/`of` complement that names a body with it (`Club
    for Growth`), unless it opens with a first name (`Smith of Texas` stays a person)."""
    for prep in token.rights:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.i == token.i + 1 and prep.lower_ in ("for", "of") and objs \
                and objs[0].i == prep.i + 1 and objs[0].pos_ == "PROPN" and objs[0].is_title \
                and not objs[0].ent_type_ and not is_first_name(doc[start].lower_):
            return start, objs[0].i + 1, "ORG"
    return start, token.i + 1, ""


def _body_start(doc: Doc, start: int, end: int) -> int:
    """Where the name of a body or group starts: proper nouns the parser hung on it belong to
    it (`[POLITICO] Florida reported`, `a [New Hampshire] Democrat`), titles and roles do
    not."""
    lex = active()
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end \
            and doc[start - 1].lower_.rstrip(".") not in lex.titles_and_roles:
        start -= 1
    return start


def _looks_like_surname(token: Token) -> bool:
    """A capitalised singular noun the tagger missed as a name (`Swers said`), not `Police`;
    a plural one only after a first name (`M. Dane Waters`)."""
    lex = active()
    if token.tag_ == "NNS":  # not `House Democrats`
        first = token.left_edge
        initial = len(first.text) == 2 and first.text[1] == "."
        return token.is_title and first.pos_ == "PROPN" and first.i < token.i and (
            initial or is_first_name(first.lower_))
    return token.tag_ == "NN" and token.is_title and token.lower_ not in lex.source_nouns \
        and token.lower_ not in lex.group_nouns and not any(c.dep_ == "det" for c in token.children)


def _named(token: Token) -> Mention | None:
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
    return Mention(span.start_char, span.end_char, token.i, "name", label, span.text)


def _nominal(token: Token) -> Mention:
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
    """The speaker mention a source token stands for."""
    lex = active()
    if token.lower_ in lex.relative_pronouns and token.head.dep_ == "relcl":
        token = token.head.head
    if token.pos_ == "PRON" or token.lower_ in lex.personal_pronouns:
        if token.lower_ not in lex.personal_pronouns and not (
                token.dep_ == "poss" and token.lower_ in lex.possessive_pronouns):
            return None
        return Mention(token.idx, token.idx + len(token), token.i, "pronoun", "", token.text)
    if token.ent_type_ == "GPE":  # a dateline: `LONDON (Reuters) - Jane Doe said`
        person = next((c for c in token.rights if c.dep_ == "appos" and _is_person(c)), None)
        if person is not None:
            return _named(person)
    if party_member(token):
        return _nominal(token)
    person = _person_after_title(token)
    named = _named(person or token)
    if named is not None:
        return named
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in token.rights:
        if child.dep_ == "appos":
            named = _named(child)
            if named is not None:
                return named
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
        named = _named(token.head)  # `Doe, a Texas native who writes`: the name, not the noun
        if named is not None:
            return named
    person = _person_after_complement(token) or _person_before(token)
    if person is not None:
        return _named(person)
    if token.lemma_.lower() in lex.medium_nouns:
        author = _author(token)
        if author is not None:
            return mention_for(author)
    return _nominal(token)


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
                 and c.ent_type_ == "PERSON"), None)


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


def _author(medium: Token) -> Token | None:
    """Who wrote a statement or email: `X's statement`, `a statement by/from X`, `sent by X`,
    `X released a video that said`, or a name before it (`the Cato Institute website`)."""
    lex = active()
    owner = next((c for c in medium.lefts if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")),
                 None)
    if owner is not None:  # `Bush's Facebook post`: the owner, not the platform
        return owner
    named = [c for c in medium.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
             and c.ent_type_ not in lex.numeric_or_place_labels]
    if named:
        return named[-1]
    by = next(made_by(medium, ("by", "from")), None)
    if by is not None:
        return by
    if medium.dep_ == "dobj":
        subjects = [c for c in medium.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("PROPN", "PRON"):
            return subjects[0]
    return None

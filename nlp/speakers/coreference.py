"""Resolve a pronoun source (`he`, `his`) to an article speaker, and keep the salience that nominal
sources (`the spokesman`, `the group`: `nlp/speakers/nominals.py`) are resolved through too.

No coreference model runs (it would cost more than the parse): the article's salience is tracked
as it is read. Every name occurrence is an event, stronger when it is a subject and strongest
when that entity was just quoted. A pronoun takes the nearest sentence back (within a few
paragraphs) holding a compatible candidate, and there the strongest, then leftmost, candidate:
recency, then syntactic role, as in the Hobbs and Lappin–Leass tradition. Gender rules a
candidate out when the article shows it (`Mr.`, `Ms.`, `actress`, an earlier resolved
`he`/`she`: `nlp/speakers/gender.py`) or the first name is clearly male or female in census name
lists (`gender-guesser`); ambiguous first names decide nothing. `he` and `she` stand for people:
an unnamed speaker described as one (`a spokesman for …`) counts, a name never shown to be a
person's (`Plaid Cymru`) yields to a person a sentence before it, and a name in a subjectless
clause of the pronoun's own verb (`Speaking with Frost, he said`) is never it.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable

from spacy.tokens import Token

from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.speakers.entity_ids import first_word
from nlp.speakers.gender import noun_gender, noun_of_gender, title_gender
from nlp.text.first_names import first_name_gender

SPEAKER, SUBJECT, OTHER = 2, 1, 0
_PARAGRAPHS_BACK = 3
_GENDER = {"he": "m", "she": "f"}
_CHAIN = 2
"""Pronouns followed back, one sentence at a time, before the last candidate found stands."""


class Salience:
    """Mentions of the article's entities in reading order, for resolving later references."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.events: list[tuple[int, int, str]] = []
        """(token index, role, entity id), sorted by token index."""
        self.kinds: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.roles: dict[str, set[str]] = {}
        """Role words seen next to each entity's names (`senator`, `spokesman`)."""
        self.namesakes: dict[int, tuple[str, ...]] = {}
        """Token of a lone surname -> other people of that surname in the article."""
        self.anonymous: dict[str, str] = {}
        """Unnamed speakers who are one person whose name the article withholds, and the noun
        it gives them by (`a spokesman for …`: `spokesman`)."""
        self.doubtful: set[str] = set()
        """Names the article never shows to be a person's (`Plaid Cymru`: no PERSON label, no
        first name, no title): a pronoun takes one only when no shown person is within a sentence
        before it."""

    def add_name(self, first: int, last: int, entity: str, kind: str,
                 namesakes: tuple[str, ...] = ()) -> None:
        """A name occurrence spanning tokens first..last (inclusive); `namesakes` are the other
        people a lone surname there may stand for."""
        doc = self.layout.doc
        if self.layout.quoted(doc[last]) or _hyphen_compound(doc[last]):
            return
        head = doc[last]
        role = SUBJECT if self._subject(first, head) else OTHER
        self.kinds[entity] = kind
        self.events.append((last, role, entity))
        gender = title_gender(doc[first])
        if gender is None and first_name_gender(first_word(entity)) is None:
            gender = noun_gender(doc[first], head)
        if gender is not None:
            self.genders.setdefault(entity, gender)
        elif namesakes:
            self.namesakes[last] = namesakes
            for other in namesakes:
                self.kinds.setdefault(other, "person")
        words = self.roles.setdefault(entity, set())
        for tok in doc[max(0, first - 3):first]:
            words.add(tok.lemma_.lower().rstrip("."))
        words.update(p.lower_ for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
        if head.dep_ == "appos":
            words.add(head.head.lemma_.lower())
        words.update(c.lemma_.lower() for c in head.children if c.dep_ == "appos")

    def _subject(self, first: int, head: Token) -> bool:
        """Whether a name (tokens `first`..`head`) is its clause's subject."""
        return head.dep_ in ("nsubj", "nsubjpass") or _misparsed_subject(head) \
            or self._opens_glued_paragraph(first, head)

    def _opens_glued_paragraph(self, first: int, head: Token) -> bool:
        """`Win for United | Manchester United boss Alex Ferguson praised …`: a headline without
        a full stop is parsed as one sentence with the lede, the lede's subject hung on the
        headline; a name opening its paragraph (no verb before it there) whose head lies in an
        earlier paragraph is the paragraph's subject all the same."""
        layout = self.layout
        para = layout.paragraph_of(head)
        if layout.paragraph_of(head.head) >= para:
            return False
        start = layout.paragraph_tokens(para)[0]
        return not any(t.pos_ in ("VERB", "AUX") for t in layout.doc[start:first])

    def finish(self) -> None:
        """Sort name events once they are all in."""
        self.events.sort()

    def add_speaker(self, token: int, entity: str, kind: str) -> None:
        """An attributed quote: its speaker becomes the most salient entity at that point."""
        self.kinds.setdefault(entity, kind)
        insort(self.events, (token, SPEAKER, entity))

    def learn_gender(self, entity: str, pronoun: str) -> None:
        lex = active()
        pronoun = lex.possessive_pronouns.get(pronoun, pronoun)
        if pronoun in _GENDER:
            self.genders.setdefault(entity, _GENDER[pronoun])

    def gender(self, entity: str) -> str | None:
        """`m` or `f` when the article (a title, a resolved pronoun) or the first name shows it."""
        if entity in self.anonymous:  # `a spokeswoman for …`
            return self.genders.get(entity) or noun_of_gender(self.anonymous[entity])
        return self.genders.get(entity) or first_name_gender(first_word(entity))

    def agrees(self, entity: str, pronoun: str) -> bool:
        """Whether a personal pronoun may stand for the entity: `he` or `she` for no body and
        no one known to be of the other gender."""
        pron = active().possessive_pronouns.get(pronoun, pronoun)
        if pron not in _GENDER:
            return True
        return self.kinds.get(entity) != "organization" \
            and self.gender(entity) in (None, _GENDER[pron])

    def resolve_pronoun(self, token: Token, chained: int = 0) -> str | None:
        """The entity a personal (or possessive: `his`) pronoun most likely stands for, or
        None. When the sentence that decides holds the same pronoun as a subject above the
        candidate (`But he suggested that Reyes had …`), that pronoun is resolved instead: the
        story is still about whoever it stands for (Hobbs' search, one pronoun back at a time)."""
        lex = active()
        pron = lex.possessive_pronouns.get(token.lower_, token.lower_)
        gender = _GENDER.get(pron)
        want = "person" if pron in ("he", "she", "i") else "organization"

        def fit(entity: str) -> int:
            """2 for a known match, 1 for unknown gender, 0 for no fit."""
            if self.kinds.get(entity) != want and not (
                    want == "person" and entity in self.anonymous):
                return 0
            if gender is None:
                return 2
            known = self.gender(entity)
            return 2 if known == gender else 1 if known is None else 0

        found = self.nearest(token, fit)
        if found is None:
            return None
        if want == "person" and not self._shown_person(found[1]):
            shown = self.nearest(token, lambda e: fit(e) if self._shown_person(e) else 0)
            sent_of = self.layout.sent_of
            if shown is not None and sent_of[found[0]] - sent_of[shown[0]] <= 1:
                found = shown  # `Plaid Cymru wants …` just after Tom Reyes spoke: he is Reyes
        if gender is not None and chained < _CHAIN:
            above = self._pronoun_above(found[0], token, pron)
            if above is not None:
                return self.resolve_pronoun(above, chained + 1) or found[1]
        return found[1]

    def _shown_person(self, entity: str) -> bool:
        return entity not in self.doubtful or entity in self.genders

    def _pronoun_above(self, cand: int, token: Token, pron: str) -> Token | None:
        """A subject `pron` of the candidate's sentence, before it and no deeper than it,
        when that sentence is not the pronoun's own."""
        layout = self.layout
        doc = layout.doc
        sent = layout.sent_of[cand]
        if sent == layout.sent_of[token.i]:
            return None
        depth = _depth(doc[cand])
        return next((t for t in layout.sents[sent] if t.i < cand and t.lower_ == pron
                     and t.dep_ == "nsubj" and not layout.quoted(t) and _depth(t) <= depth), None)

    def nearest(self, token: Token, fit: Callable[[str], int]) -> tuple[int, str] | None:
        """The strongest fitting candidate (`fit` above 0) of the nearest sentence that has one;
        when that one is only mentioned in passing (`… met Jones`), a subject or speaker of the
        sentence before it wins over it. A lone surname shared by several people stands for the
        one that fits for sure (`fit` 2: `Clinton … she` is Hillary). (Ranking a sure fit over an
        unsure one within a sentence was tried: it cost the held part of train three pronouns.)
        Returns the candidate's token and entity."""
        layout = self.layout
        para = layout.paragraph_of(token)
        gendered = active().possessive_pronouns.get(token.lower_, token.lower_) in _GENDER
        pos = bisect_left(self.events, (token.i, -1, ""))
        found: list[tuple[int, int, str]] = []
        sent = -1
        for idx in range(pos - 1, -1, -1):
            tok_i, role, entity = self.events[idx]
            if para - layout.paragraph_of(layout.doc[tok_i]) > _PARAGRAPHS_BACK:
                break
            cand = layout.doc[tok_i]
            if cand.head.i == token.i or _bound(cand, token) or gendered and _modifier(cand):
                continue
            if tok_i in self.namesakes:
                best = max(self.namesakes[tok_i], key=fit)
                entity = best if fit(best) == 2 > fit(entity) else entity
            if not fit(entity):
                continue
            if layout.sent_of[tok_i] != sent:
                if len(found) == 2:
                    break
                found.append((tok_i, role, entity))
                sent = layout.sent_of[tok_i]
            elif (role, -_depth(layout.doc[tok_i])) >= (found[-1][1],
                                                         -_depth(layout.doc[found[-1][0]])):
                found[-1] = (tok_i, role, entity)
        if not found:
            return None
        if found[0][1] == OTHER and len(found) > 1 and found[1][1] > OTHER \
                and layout.sent_of[found[0][0]] - layout.sent_of[found[1][0]] == 1 \
                and not (layout.sent_of[found[0][0]] == layout.sent_of[token.i]
                         and layout.doc[found[0][0]].ent_type_ == "PERSON"):
            return found[1][0], found[1][2]
        return found[0][0], found[0][2]


def _misparsed_subject(head: Token) -> bool:
    """`Jane Doe, chairman of X, called on …` parsed with the name as the root and its verb
    hanging off it as a modifier: the name is the sentence's subject all the same."""
    return head.dep_ == "ROOT" and head.pos_ == "PROPN" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBD" for c in head.children)


def _bound(cand: Token, ref: Token) -> bool:
    """`Speaking with Frost, he said`: a name in a subjectless clause hanging off the
    reference's own verb is someone that clause's understood subject, the reference itself,
    deals with; it would take `himself` to be the same person."""
    verb = ref.head
    if ref.dep_ not in ("nsubj", "nsubjpass") or cand.sent.start != ref.sent.start:
        return False
    tok, steps = cand, 0
    while tok.head.i != tok.i and tok.head.i != verb.i and steps < 20:
        tok, steps = tok.head, steps + 1
    return tok.head.i == verb.i and tok.dep_ == "advcl" and tok.i != cand.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _modifier(last: Token) -> bool:
    """`the Lightpointe laser bridges`, `a Paul Berg supporter`: a name modifying a common noun
    is not who `he` or `she` is."""
    return last.dep_ == "compound" and last.head.pos_ == "NOUN"


def _hyphen_compound(last: Token) -> bool:
    """`Glass-Steagall` with only `Glass` taken for a name: a name glued by a hyphen to a proper
    noun outside it is part of a compound (a law, a pair), no one a pronoun can stand for."""
    doc = last.doc
    return not last.whitespace_ and last.i + 2 < len(doc) and doc[last.i + 1].text == "-" \
        and not doc[last.i + 1].whitespace_ and doc[last.i + 2].pos_ == "PROPN"


def _depth(token: Token) -> int:
    """Links from a token up to its sentence's root: a main clause's subject outranks a
    subordinate one's (`While Jones spoke, Smith insisted …`), as Hobbs' search finds it first."""
    steps = 0
    while token.head.i != token.i and steps < 20:
        token, steps = token.head, steps + 1
    return steps

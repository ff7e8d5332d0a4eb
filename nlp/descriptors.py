"""Roles and affiliations of the article's speakers, read around every mention of each.

A newswire article describes a person where it introduces them, which is rarely beside the quote:
`SDF spokesman Mustafa Bali` (a title before the name), `Mustafa Bali, a spokesman for the SDF`
(an apposition), `Bali of the SDF` (an of-phrase), `the SDF's spokesman, Mustafa Bali` (the name
in apposition to a role), `Bali, who heads the SDF's media office` (a relative clause),
`Bali is a spokesman for the SDF` (a copula), `Sen. Ted Cruz (R-Texas)` (a party tag), or a
nominal mention resolved to the speaker (`the spokesman`). Each mention is read from its own
tokens and their dependency neighbourhood, so the cost grows with the mentions, not the article.

Role and affiliation are kept apart: in `SDF spokesman` the organisation words go to the
affiliation and the rest to the role (`spokesman`). A role needs a head noun that names a job
(`nlp.lexicon.ROLE_NOUNS`, or an agent noun such as `pediatrician`), so `Khan, the father of a
soldier` gives none. Organisation speakers get no descriptor: their affiliation is themselves.

Order is salience: roles from the most direct constructions (titles, appositions, copulas)
first, then relative clauses, then nominal mentions, ties by first occurrence. Affiliations put
organisations before parties before places (`Ohio` in `Ohio Gov.`), because a place is the
weakest answer to "who does this person speak for".
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.affiliations import Organizations, party, state
from nlp.annotations import Descriptor, SpeakerEntity
from nlp.roles import Phrase, classify, is_role_head, role_text
from nlp.lexicon import (
    AFFILIATION_PREPOSITIONS, PARTY_LETTERS, RELATIVE_ROLE_VERBS, ROLE_OF_COMPLEMENTS,
)

TITLE, APPOSITION, RELATIVE, NOMINAL = 3, 3, 2, 1
"""Weights of the constructions, most direct first."""
ORGANIZATION, PARTY, PLACE = 0, 1, 2
"""Ranks of affiliation kinds, strongest first."""

_NAME_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "poss"])
_LEFT_DEPS = frozenset(["amod", "compound", "det", "nmod", "npadvmod", "poss"])
_MAX_TITLE = 10


@dataclass
class _Found:
    value: str
    short: str | None
    offsets: tuple[int, int]
    weight: int
    rank: int = 0


def _offsets(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


class _Reader:
    """Collects the roles and affiliations one entity's mentions give."""

    def __init__(self, doc: Doc, orgs: Organizations) -> None:
        self.doc = doc
        self.orgs = orgs
        self.roles: list[_Found] = []
        self.affiliations: list[_Found] = []

    # --- recording -----------------------------------------------------------------------------

    def _role(self, tokens: list[Token], weight: int, text: str | None = None) -> None:
        value = text or role_text(tokens)
        if value:
            self.roles.append(_Found(value, None, _offsets(tokens), weight))

    def _affiliation(self, tokens: list[Token], weight: int) -> None:
        if not tokens:
            return
        span = self.doc[tokens[0].i:tokens[-1].i + 1]
        found = self.orgs.affiliation(span)
        if found is None:
            return
        words = [t for t in span if not t.is_punct and t.lower_ != "the"]
        if all(party(t.text) for t in words):
            rank = PARTY
        elif all(t.ent_type_ in ("GPE", "NORP") or state(t.text) for t in words):
            rank = PLACE
        else:
            rank = ORGANIZATION
        self.affiliations.append(_Found(found[0], found[1], _offsets(list(span)), weight, rank))

    def _phrase(self, phrase: Phrase, weight: int) -> None:
        if phrase.role:
            self._role(phrase.role, weight)
        for tokens in phrase.organizations:
            self._affiliation(tokens, weight)

    # --- mentions ------------------------------------------------------------------------------

    def read(self, start: int, end: int) -> None:
        """Everything one mention's neighbourhood says about the entity."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return
        root = span.root
        if root.pos_ == "PRON":
            return
        if root.dep_ in _NAME_MODIFIER_DEPS and not (span.start <= root.head.i < span.end):
            return
        if root.pos_ == "PROPN" or root.ent_type_:
            self._title(span)
            self._party_tag(span)
            self._around_name(root, span)
        else:
            self._noun_phrase(root, NOMINAL)

    def _title(self, span: Span) -> None:
        """`White House Press Secretary Josh Earnest`: the words before the name."""
        doc = self.doc
        j = span.start - 1
        while j >= 0 and span.start - j <= _MAX_TITLE:
            tok = doc[j]
            nxt = doc[j + 1]
            if tok.is_sent_end or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY"):
                break
            if tok.lower_ == "of" and j > 0 and is_role_head(doc[j - 1]) and \
                    nxt.lower_ in ROLE_OF_COMPLEMENTS:
                j -= 1
                continue
            if tok.text in ("-", "–") or tok.tag_ == "POS":
                j -= 1
                continue
            if tok.is_punct or tok.pos_ in ("DET", "ADP", "CCONJ", "PRON", "AUX", "PART",
                                            "SCONJ", "ADV"):
                break
            if tok.pos_ == "VERB" and tok.dep_ not in _LEFT_DEPS:
                break
            j -= 1
        tokens = list(doc[j + 1:span.start])
        if tokens:
            self._phrase(classify(tokens, None), TITLE)

    def _party_tag(self, span: Span) -> None:
        """`Sen. Jack Reed (D-R.I.)`, `Rep. Tom Cole, R-Okla.,`, `Rick Scott (R)`."""
        doc = self.doc
        i = span.end
        if i + 1 >= len(doc) or doc[i].text not in ("(", ","):
            return
        letter = doc[i + 1].lower_
        if letter not in PARTY_LETTERS and not (len(doc[i + 1]) == 3 and doc[i + 1].text[1] == "-"):
            return
        if letter in PARTY_LETTERS:
            tokens = list(doc[i + 1:min(i + 6, len(doc))])
        else:
            return
        closing = next((k for k, t in enumerate(tokens) if t.text in (")", ",")), None)
        if closing is None:
            return
        tag = tokens[:closing]
        found = party(PARTY_LETTERS[letter])
        if found is not None:
            self.affiliations.append(_Found(found[0], found[1], _offsets(tag[:1]), RELATIVE, PARTY))
        rest = [t for t in tag[1:] if t.text not in ("-", "–")]
        if rest:
            place = state("".join(t.text for t in rest)) or state(" ".join(t.text for t in rest))
            if place:
                self.affiliations.append(_Found(place, None, _offsets(rest), RELATIVE, PLACE))

    def _around_name(self, root: Token, span: Span) -> None:
        """Appositions, of-phrases, relative clauses and copulas attached to a name."""
        apposed = False
        for child in root.rights:
            if child.i < span.end:
                continue
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                apposed = True
                self._noun_phrase(child, APPOSITION)
            elif child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "with"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        self._object(pobj, RELATIVE, 0)
            elif child.dep_ == "relcl":
                self._relative(child)
        head = root.head
        if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start:
            self._noun_phrase(head, APPOSITION)
        elif root.dep_ == "nsubj" and head.lemma_ == "be":
            for child in head.rights:
                if child.dep_ == "attr":
                    self._noun_phrase(child, APPOSITION, strict=True)
        if not apposed:
            self._loose_apposition(span)

    def _loose_apposition(self, span: Span) -> None:
        """`Jane Doe, 32, a retired teacher,` when the parser attached the role elsewhere."""
        doc = self.doc
        i = span.end
        if i >= len(doc) or doc[i].text != ",":
            return
        i += 1
        if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].text == ",":
            i += 2
        if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the"):
            return
        k = i + 1
        while k < len(doc) and k - i <= 6 and not doc[k].is_punct and \
                doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "NUM"):
            k += 1
        if k > i + 1 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].dep_ != "appos":
            self._noun_phrase(doc[k - 1], APPOSITION)

    def _noun_phrase(self, head: Token, weight: int, strict: bool = False) -> None:
        """A descriptive noun phrase: its role, the bodies before it and after its preposition."""
        if head.ent_type_ == "PERSON" or not is_role_head(head, strict):
            return
        lefts = [c.left_edge.i for c in head.lefts if c.dep_ in _LEFT_DEPS]
        tokens = list(self.doc[min(lefts + [head.i]):head.i + 1])
        phrase = classify(tokens, head)
        complement = None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ in ROLE_OF_COMPLEMENTS:
                    complement = pobj
                    continue
            if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        self._object(pobj, weight, 0)
            elif child.dep_ == "conj" and child.pos_ == "NOUN":
                self._noun_phrase(child, weight, strict)
        if phrase.role and complement is not None:
            self._role(phrase.role, weight, f"{role_text(phrase.role)} of {complement.lower_}")
            phrase.role = []
        self._phrase(phrase, weight)

    def _object(self, pobj: Token, weight: int, depth: int) -> None:
        """The organisation a preposition's object names (`for the Kurdish-led SDF`)."""
        if pobj.ent_type_ == "PERSON":
            return
        if pobj.ent_type_:
            start, end = pobj.i, pobj.i + 1
            while start > 0 and self.doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
                end += 1
            self._affiliation(list(self.doc[start:end]), weight)
        elif pobj.pos_ in ("NOUN", "PROPN"):
            lefts = [c.left_edge.i for c in pobj.lefts if c.dep_ in _LEFT_DEPS]
            phrase = classify(list(self.doc[min(lefts + [pobj.i]):pobj.i + 1]), None)
            for tokens in phrase.organizations:
                self._affiliation(tokens, weight)
        if depth < 2:
            for child in pobj.rights:
                if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS and \
                        not (pobj.ent_type_ and child.ent_iob_ == "I"):
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            self._object(grand, weight, depth + 1)

    def _relative(self, verb: Token) -> None:
        """`who heads the Cato Institute`, `who is a senior fellow at ...`, `who works for ...`."""
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            return
        lemma = verb.lemma_.lower()
        for child in verb.rights:
            if lemma == "be" and child.dep_ == "attr":
                self._noun_phrase(child, RELATIVE, strict=True)
            elif lemma in RELATIVE_ROLE_VERBS and child.dep_ == "dobj":
                self._role([verb], RELATIVE, RELATIVE_ROLE_VERBS[lemma])
                self._object(child, RELATIVE, 1)
            elif lemma in ("represent", "work", "serve") and child.dep_ == "dobj":
                self._object(child, RELATIVE, 1)
            elif lemma in ("work", "serve") and child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if child.lower_ == "as":
                        self._noun_phrase(pobj, RELATIVE)
                    else:
                        self._object(pobj, RELATIVE, 1)

    # --- result --------------------------------------------------------------------------------

    def descriptor(self) -> Descriptor:
        roles: dict[str, _Found] = {}
        for f in sorted(self.roles, key=lambda f: (-f.weight, f.offsets)):
            roles.setdefault(f.value, f)
        affs: dict[str, _Found] = {}
        for f in sorted(self.affiliations, key=lambda f: (f.rank, -f.weight, f.offsets)):
            key = f.value.lower()
            twin = next((k for k, g in affs.items() if g.short and g.short == f.short), None)
            if twin is None:
                affs.setdefault(key, f)
            elif f.value != affs[twin].value and len(f.value) > len(affs[twin].value):
                affs[twin] = _Found(f.value, f.short, affs[twin].offsets, affs[twin].weight,
                                    affs[twin].rank)
        return Descriptor(
            roles=[(f.value, f.offsets) for f in roles.values()],
            affiliations=[(f.value, f.short, f.offsets) for f in affs.values()],
        )


def describe(doc: Doc, entities: list[SpeakerEntity]) -> dict[str, Descriptor]:
    """A descriptor per entity key, read from all of the entity's mentions."""
    orgs = Organizations(doc)
    out = {}
    for entity in entities:
        reader = _Reader(doc, orgs)
        if entity.kind != "organization":
            for start, end in entity.mentions:
                reader.read(start, end)
        out[entity.key] = reader.descriptor()
    return out

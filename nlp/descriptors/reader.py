"""Reading what one mention of a speaker says about them: its role and the bodies it serves.

A newswire article describes a person where it introduces them, which is rarely beside the quote.
Each mention is read from its own tokens and their dependency neighbourhood, so the cost grows
with the mentions, not the article. A name is read by every construction that applies, each
named after its rule, which what it gives records:
  * `title`: the words before the name (`SDF spokesman Mustafa Bali`); `owned_title` for an
    owner before it (`the Washington Post's Ishaan Tharoor`), read as an apposition;
  * `party_tag`: `Sen. Ted Cruz (R-Texas)`, `Rep. Tom Cole, R-Okla.,`; `party_word`: `Peter
    King, Republican of New York,`, `Jane Doe, a Democrat,`;
  * `apposition`: `Mustafa Bali, a spokesman for the SDF`; `of_phrase`: `Bali of the SDF`;
    `relative_clause`: `Bali, who heads the SDF's media office`; `apposed_to`: `the SDF's
    spokesman, Mustafa Bali` (the name in apposition to a role); `copula`: `Bali is a spokesman
    for the SDF`; `as_phrase`: `Bali was named as spokesman`; `loose_apposition`: `Jane Doe,
    32, a retired teacher,` where the parser attached the role elsewhere;
  * `membership`: `candidates like Marco Rubio`, `Republicans, including Jeb Bush`;
and a nominal mention resolved to the speaker (`the spokesman`) by `nominal_mention`, or by
`definite_description` when it was linked as one (`nlp/speakers/descriptions.py`), and the
indefinite nominal subject of the sentence before the first mention by `previous_sentence`
(`Another spokesman for the SDF warns ... said Kino Gabriel`). Negated copulas and relative
clauses (`is not a member of`) give nothing.

Places count only for office holders (`Gov. Branstad of Iowa`, not `Hartley of Madison,
Alabama`), and a person's name only for their staff (`Clinton spokesman` -> Clinton campaign).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.descriptors.affiliations import party, state
from nlp.descriptors.findings import (
    APPOSITION,
    NOMINAL,
    PARTY,
    RELATIVE,
    TITLE,
    Found,
    offsets_of,
)
from nlp.descriptors.phrases import LEFT_DEPS, PhraseReader
from nlp.descriptors.roles import classify, is_role_head, plural_role
from nlp.lexicon import active
from nlp.speakers.mentions import party_member

_NAME_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "poss"])
_MAX_TITLE = 10
_MAX_CONJUNCTS = 12
"""How far back a listed name looks for the list's first member (`like A, B and C`): a list
is short, and a walk per name along a list of thousands would cost its square."""
_GLUED = re.compile(r"Images[A-Z]|\d:\d")
"""Words a scrape glued together (`Getty ImagesRepublican`): a caption ends there, not a title."""
_PLACE = r"([A-Z][\w.-]*(?: [A-Z][\w.]*)?)"
_PARTY_WORD = re.compile(r"\s*,\s*(?:an? )?(Democrat|Republican)(?:\s*[,.]| of " + _PLACE + ")")
_PARTY_TAG = re.compile(r"\s*[(,]\s*([RDI])(?:\s*[-–]\s*" + _PLACE + r")?\s*[),]")
_INDEFINITE = ("a", "an", "another")
"""Determiners of a nominal that introduces someone not yet named."""
_TITLE_STOPS = ("DET", "ADP", "CCONJ", "PRON", "AUX", "PART", "SCONJ", "ADV")
"""Parts of speech a title before a name never holds."""


def _listed(root: Token) -> bool:
    """Whether a name is one of a list (`nuclear experts A and B`), which a plural title before
    it describes member by member; before a lone name a plural names a group it is in."""
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.rights)


def _joins_a_role(tok: Token) -> bool:
    """`the IRC's Iraq and northeast Syria country director`: the parser made the first place
    the apposition (or a conjunct of the name) and the role its conjunct."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and is_role_head(c) for c in tok.rights)


class MentionReader(PhraseReader):
    """Collects the roles and affiliations one entity's mentions give."""

    def read(self, start: int, end: int, description: bool = False) -> None:
        """Everything one mention's neighbourhood says about the entity (`description`: the
        mention is a definite description linked to it)."""
        lex = active()
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return
        root = span.root
        if root.pos_ == "PRON":
            return
        if root.dep_ in _NAME_MODIFIER_DEPS and not (span.start <= root.head.i < span.end):
            return
        if (root.pos_ == "PROPN" or root.ent_type_) and not party_member(root):
            titled = [t.i for t in span[:-1] if is_role_head(t, strict=True)
                      or t.lower_.rstrip(".") in lex.honorifics]
            if titled:
                span = self.doc[titled[-1] + 1:span.end]
            self._title(span)
            self._party_tag(span)
            self._around_name(root, span)
        else:
            self.rule = "definite_description" if description else "nominal_mention"
            self._noun_phrase(root, NOMINAL, plural=not description)

    def read_introduction(self, start: int) -> None:
        """`Another spokesman for the SDF warns ... "...," said Kino Gabriel`: an indefinite
        nominal subject of the sentence before the speaker's first mention introduces them,
        unless it names someone itself or is negated."""
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None or token.start == 0 or token[0].sent.start == 0:
            return
        before = self.doc[token[0].sent.start - 1].sent
        verb = before.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or \
                any(c.dep_ == "neg" for c in verb.children) or \
                not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subject.lefts) or \
                any(t.ent_type_ == "PERSON" for t in subject.subtree):
            return
        self.rule = "previous_sentence"
        self._noun_phrase(subject, NOMINAL)

    def _title(self, span: Span) -> None:
        """`White House Press Secretary Josh Earnest`: the words before the name. An owner before
        the name (`the Washington Post's Ishaan Tharoor`) reads as an apposition: it marks a
        person even where the tagger labelled the name an organisation."""
        self._construction("title")
        j = span.start - 1
        while j >= 0 and span.start - j <= _MAX_TITLE:
            step = self._title_step(j)
            if step == "stop":
                break
            j -= 1
        tokens = list(self.doc[j + 1:span.start])
        if tokens:
            owned = tokens[-1].lower_ in ("'s", "’s")
            if owned:
                self.rule = "owned_title"
            phrase = classify(tokens, None)
            if phrase.role and plural_role(phrase.role[-1]) and not _listed(span.root):
                phrase.role = []
            self._phrase(phrase, APPOSITION if owned else TITLE)

    def _title_step(self, j: int) -> str:
        """Whether the title before a name goes on to word `j` (`go`) or ends after it."""
        lex = active()
        doc = self.doc
        tok, nxt = doc[j], doc[j + 1]
        if tok.is_sent_end or tok.is_space or _GLUED.search(tok.text) or \
                tok.ent_type_ in lex.numeric_labels:
            return "stop"
        if tok.lower_ == "of" and j > 0 and (
                is_role_head(doc[j - 1]) and nxt.lower_ in lex.role_of_complements
                or tok.ent_iob_ == "I" and nxt.ent_iob_ == "I"):
            return "go"
        glued = tok.text in ("-", "–") and j > 0 and not tok.whitespace_ and \
            not doc[j - 1].whitespace_
        if glued or tok.tag_ == "POS":
            return "go"
        if tok.is_punct or tok.pos_ in _TITLE_STOPS or tok.pos_ == "VERB" \
                and tok.dep_ not in LEFT_DEPS:
            return "stop"
        return "go"

    def _party_tag(self, span: Span) -> None:
        """`Sen. Jack Reed (D-R.I.)`, `Rep. Tom Cole, R-Okla.,`, `Rick Scott (R)`, `Sen. Bernie
        Sanders (I-Vt.)` (no party), `Peter King, Republican of New York,`, `Jane Doe,
        a Democrat,`. The state is the legislator's constituency, never an affiliation.
        """
        self._construction("party_tag")
        found = _PARTY_TAG.match(self.orgs.text, span.end_char)
        if found is None:
            self._party_word(span)
            return
        self.office = True
        side = party(active().party_letters.get(found.group(1).lower(), ""))
        if side is not None:
            self._add(Found(side[0], side[1], found.span(1), RELATIVE, PARTY))

    def _party_word(self, span: Span) -> None:
        found = _PARTY_WORD.match(self.orgs.text, span.end_char)
        if found is None:
            return
        self.rule = "party_word"
        side = party(found.group(1))
        if side is not None:
            self._add(Found(side[0], side[1], found.span(1), APPOSITION, PARTY))
        if found.group(2) and state(found.group(2)):
            self.office = True

    def _around_name(self, root: Token, span: Span) -> None:
        """Appositions, of-phrases, relative clauses and copulas attached to a name."""
        apposed = False
        for child in root.rights:
            if child.dep_ == "appos" and (child.pos_ == "NOUN" or is_role_head(child)
                                          or party_member(child) or _joins_a_role(child)) \
                    or child.dep_ == "conj" and child.ent_type_ != "PERSON" and \
                    _joins_a_role(child):
                apposed = True
                self.rule = "apposition"
                self._noun_phrase(child, APPOSITION)
            elif child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "with"):
                self._construction("of_phrase")
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        self._object(pobj, RELATIVE, 0)
            elif child.dep_ == "relcl":
                self._relative(child)
        self._on_the_head(root, span)
        if not apposed:
            self._loose_apposition(span)
        self._membership(root)

    def _on_the_head(self, root: Token, span: Span) -> None:
        """What the name's head says of it: a role it is in apposition to, a copula's
        complement, an `as` phrase on its verb."""
        head = root.head
        if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start:
            self.rule = "apposed_to"
            self._noun_phrase(head, APPOSITION)
        elif root.dep_ == "nsubj" and head.lemma_ == "be" and \
                not any(c.dep_ == "neg" for c in head.children):
            self.rule = "copula"
            for child in head.rights:
                if child.dep_ == "attr" and not self._quoted_phrase(child):
                    self._noun_phrase(child, APPOSITION, strict=True)
        elif root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            self.rule = "as_phrase"
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ == "as":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            self._noun_phrase(pobj, RELATIVE)

    def _quoted_phrase(self, head: Token) -> bool:
        """`Trump is also a "change agent"`: a label quoted from someone is no role."""
        return any(self.doc[i].is_quote for i in range(max(head.left_edge.i - 1, 0), head.i))

    def _membership(self, root: Token) -> None:
        """`candidates like Marco Rubio`, `Republicans, including Jeb Bush`, `a number of
        candidates, including Trump`: the group's role (singular) or party is the member's."""
        lex = active()
        self._construction("membership")
        group = self._group_of(root)
        if group is None:
            return
        side = party(group.text)
        if side is not None:
            self._add(Found(side[0], side[1], offsets_of([group]), NOMINAL, PARTY))
            return
        head = group.lemma_.lower()
        if head not in lex.role_nouns:
            return
        lefts = [c.left_edge.i for c in group.lefts if c.dep_ in LEFT_DEPS]
        modifiers = list(self.doc[min(lefts + [group.i]):group.i])
        words = [t.lower_ for t in modifiers if t.is_lower and t.pos_ in ("ADJ", "NOUN")]
        self._role([group], NOMINAL, " ".join(words + [head]))
        for tok in modifiers:
            side = party(tok.text)
            if side is not None:
                self._add(Found(side[0], side[1], offsets_of([tok]), NOMINAL, PARTY))

    def _group_of(self, root: Token) -> Token | None:
        """The group a name is listed in (`like`, `including`, `such as`), or its `of` object
        when the group noun is no role (`a number of candidates`)."""
        first = root
        for _ in range(_MAX_CONJUNCTS):
            if first.dep_ != "conj" or first.head.i >= first.i:
                break
            first = first.head
        link = first.head
        if first.dep_ not in ("pobj", "dobj") or not (
                link.lower_ in ("including", "like") or link.lower_ == "as" and link.i > 0
                and self.doc[link.i - 1].lower_ == "such"):
            return None
        group = link.head
        if group.pos_ not in ("NOUN", "PROPN") or group.i > link.i:
            return None
        of = next((c for c in group.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and group.lemma_.lower() not in active().role_nouns:
            group = next((c for c in of.children if c.dep_ == "pobj"), group)
        return group

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
            self.rule = "loose_apposition"
            self._noun_phrase(doc[k - 1], APPOSITION)

"""Reading what one mention of a speaker says about them: its role and the bodies it serves.

A newswire article describes a person where it introduces them, which is rarely beside the quote.
Each mention is read from its own tokens and their dependency neighbourhood, so the cost grows
with the mentions, not the article. A name is read by every construction that applies, each
named after its rule, which what it gives records:
  * `title`: the words before the name (`SDF spokesman Mustafa Bali`, a plural one shared by
    the names listed after it: `Sens. A and B`); `owned_title` for an owner before it (`the
    Washington Post's Ishaan Tharoor`), read as an apposition (`nlp/descriptors/titles.py`);
  * `party_tag`: `Sen. Ted Cruz (R-Texas)`, `Rep. Tom Cole, R-Okla.,`; `party_word`: `Peter
    King, Republican of New York,`, `Jane Doe, a Democrat,`;
  * `apposition`: `Mustafa Bali, a spokesman for the SDF`; `of_phrase`: `Bali of the SDF`
    (shared by the names listed before: `experts Ana Ruiz and Tom Reyes of the Institute`);
    `relative_clause`: `Bali, who heads the SDF's media office`; `apposed_to`: `the SDF's
    spokesman, Mustafa Bali` (the name in apposition to a role); `copula`: `Bali is a spokesman
    for the SDF`; `as_phrase`: `Bali was named as spokesman`; `loose_apposition`: `Jane Doe,
    32, a retired teacher,` where the parser attached the role elsewhere;
  * `membership`: `candidates like Marco Rubio`, `Republicans, including Jeb Bush`;
and a nominal mention resolved to the speaker (`the spokesman`) by `nominal_mention`, or by
`definite_description` when it was linked as one (`nlp/speakers/descriptions.py`), and the
indefinite nominal subject of the sentence before the first mention by `previous_sentence`
(`Another spokesman for the SDF warns ... said Kino Gabriel`), and for a body's voice no mention
ties to a body the organisation that spoke just before by `context` (`nlp/descriptors/context.py`).
Negated copulas and relative clauses (`is not a member of`) give nothing, nor an `as` phrase
describing someone else (`hailed X as a reformer`).

Places count only for office holders (`Gov. Branstad of Iowa`, not `Hartley of Madison,
Alabama`), and a person's name only for their staff (`Clinton spokesman` -> Clinton campaign).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.descriptors.affiliations import party
from nlp.descriptors.context import speaking_body, voices_a_body
from nlp.descriptors.findings import APPOSITION, NOMINAL, PARTY, RELATIVE, Found, offsets_of
from nlp.descriptors.phrases import LEFT_DEPS
from nlp.descriptors.roles import is_role_head
from nlp.descriptors.titles import TitleReader, first_conjunct
from nlp.lexicon import active
from nlp.speakers.mentions import party_member
from nlp.speakers.post_nominals import post_nominal_of

_NAME_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "poss"])
_OF_PHRASE = ("at", "from", "of", "with")
"""Prepositions of a phrase after a name that gives their body (`Bali of the SDF`)."""
_INDEFINITE = ("a", "an", "another")
"""Determiners of a nominal that introduces someone not yet named."""


def _joins_a_role(tok: Token) -> bool:
    """`the IRC's Iraq and northeast Syria country director`: the parser made the first place
    the apposition (or a conjunct of the name) and the role its conjunct."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and is_role_head(c) for c in tok.rights)


def _apposed_to(root: Token) -> Token | None:
    """The noun a name is in apposition to: its head (`the SDF's spokesman, Mustafa Bali`, a
    capitalised title too: `The Anglican Bishop of Leeds, the Right Reverend Tom Reyes`), or
    the role whose `of` object the parser hung the name on (`The chief executive of Northgate
    Bank, Dan Price,`)."""
    head = root.head
    if head.pos_ == "NOUN" or head.pos_ == "PROPN" and is_role_head(head, strict=True) and \
            head.ent_type_ != "PERSON":
        return head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return None


def _describes_its_object(verb: Token) -> bool:
    """`Quinn hailed Berg as a bold reformer`: the `as` phrase of a verb of describing with an
    object is the object's description, not the subject's role."""
    return verb.lemma_.lower() in active().describing_verbs and \
        any(c.dep_ == "dobj" for c in verb.children)


def _subject_after_a_break(sent: Span, verb: Token) -> Token | None:
    """A headline the parser joined to the lede (`Pay row`, a paragraph break, `Scotland's first
    minister has told pupils`) took the subject: the lede's own is the noun between the break
    and the verb that heads the words there."""
    breaks = [t.i for t in sent if t.is_space and "\n" in t.text and t.i < verb.i]
    if not breaks:
        return None
    lede = range(breaks[-1] + 1, verb.i)
    return next((t for t in sent.doc[lede.start:lede.stop]
                 if t.pos_ == "NOUN" and t.head.i not in lede), None)


def _surname_as_noun(span: Span) -> bool:
    """`Ruiz is a spokeswoman`: a lone capitalised word the tagger took for a common noun at
    the start of a sentence is a surname when it names no job (`Officials said` stays one)."""
    root = span.root
    return len(span) == 1 and root.is_title and root.pos_ == "NOUN" and root.tag_ == "NN" \
        and not is_role_head(root)


class MentionReader(TitleReader):
    """Collects the roles and affiliations one entity's mentions give."""

    def read(self, start: int, end: int, description: bool = False) -> None:
        """Everything one mention's neighbourhood says about the entity (`description`: the
        mention is a definite description linked to it)."""
        lex = active()
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return
        root = post_nominal_of(span.root)
        if root.pos_ == "PRON":
            return
        if root.dep_ in _NAME_MODIFIER_DEPS and not (span.start <= root.head.i < span.end):
            return
        if (root.pos_ == "PROPN" or root.ent_type_ or _surname_as_noun(span)) and \
                not party_member(root):
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
        unless it names someone itself or is negated; so does one with a place or body as owner
        (`Scotland's first minister has told pupils ... Jack McConnell was speaking`) when the
        name opens the next sentence."""
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None or token.start == 0 or token[0].sent.start == 0:
            return
        sent_start = token[0].sent.start
        before = self.doc[sent_start - 1].sent
        verb = before.root
        subject = _subject_after_a_break(before, verb) or \
            next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or \
                any(c.dep_ == "neg" for c in verb.children) or \
                any(t.ent_type_ == "PERSON" for t in subject.subtree):
            return
        owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.lefts) and \
            token.start - sent_start <= 1
        if not owned and \
                not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subject.lefts):
            return
        self.rule = "previous_sentence"
        self._noun_phrase(subject, NOMINAL)


    def read_context(self, start: int) -> None:
        """`The Finance Ministry said ... "...," a spokeswoman said`: the body that spoke just
        before the first mention (`start`) of a body's voice no mention ties to a body."""
        if self.affiliations or not any(voices_a_body(f.value) for f in self.roles):
            return
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        body = speaking_body(token[0]) if token is not None and len(token) else None
        if body is not None:
            self._construction("context")
            self._affiliation(list(body), NOMINAL, places=False)

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
            elif child.dep_ == "prep" and child.lower_ in _OF_PHRASE:
                self._of_phrase(child)
            elif child.dep_ == "relcl":
                self._relative(child)
        self._shared_of_phrase(root)
        self._on_the_head(root, span)
        if not apposed:
            self._loose_apposition(span)
        self._membership(root)

    def _of_phrase(self, prep: Token) -> None:
        self._construction("of_phrase")
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                self._object(pobj, RELATIVE, 0)

    def _shared_of_phrase(self, root: Token) -> None:
        """`experts Dan Price and Ana Ruiz of the Institute`: the parser hangs the body on the
        last name listed; a name with no such phrase of its own shares it."""
        if any(c.dep_ == "prep" and c.lower_ in _OF_PHRASE for c in root.rights):
            return
        names = [c for c in root.rights if c.dep_ == "conj" and c.pos_ == "PROPN"]
        for prep in names[-1].rights if names else ():
            if prep.dep_ == "prep" and prep.lower_ in _OF_PHRASE:
                self._of_phrase(prep)

    def _on_the_head(self, root: Token, span: Span) -> None:
        """What the name's head says of it: a role it is in apposition to (or to the `of` object
        of: `The chief executive of Northgate Bank, Dan Price,`), a copula's complement, an `as`
        phrase on its verb."""
        head = root.head
        apposed = _apposed_to(root) if root.dep_ == "appos" else None
        if apposed is not None and apposed.i < span.start:
            self.rule = "apposed_to"
            self._noun_phrase(apposed, APPOSITION)
        elif root.dep_ == "nsubj" and head.lemma_ == "be" and \
                not any(c.dep_ == "neg" for c in head.children):
            self.rule = "copula"
            for child in head.rights:
                if child.dep_ == "attr" and not self._quoted_phrase(child):
                    self._noun_phrase(child, APPOSITION, strict=True)
        elif root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and \
                not _describes_its_object(head):
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
        first = first_conjunct(root)
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

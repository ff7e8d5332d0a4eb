"""Reading what one mention of a speaker says about them: its role and the bodies it serves.

A newswire article describes a person where it introduces them, which is rarely beside the quote:
`SDF spokesman Mustafa Bali` (a title before the name), `Mustafa Bali, a spokesman for the SDF`
(an apposition), `Bali of the SDF` (an of-phrase), `the SDF's spokesman, Mustafa Bali` (the name
in apposition to a role), `Bali, who heads the SDF's media office` (a relative clause),
`Bali is a spokesman for the SDF` (a copula), `Sen. Ted Cruz (R-Texas)` or `Peter King,
Republican of New York,` (party tags), or a nominal mention resolved to the speaker (`the
spokesman`). Each mention is read from its own tokens and their dependency neighbourhood, so the
cost grows with the mentions, not the article.

A role needs a head noun that names a job (`nlp.descriptors.roles.is_role_head`), so `Khan, the
father of a soldier` gives none. Places count only for office holders (`Gov. Branstad of Iowa`, not
`Hartley of Madison, Alabama`), and a person's name only for their staff (`Clinton spokesman` ->
Clinton, `campaign manager for Mr. Trump` -> Trump campaign; never `a Trump supporter`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.descriptors.affiliations import party, state
from nlp.descriptors.findings import (
    APPOSITION,
    NOMINAL,
    ORGANIZATION,
    PARTY,
    PLACE,
    RELATIVE,
    TITLE,
    Findings,
    Found,
    offsets_of,
)
from nlp.descriptors.roles import classify, is_role_head, role_text
from nlp.lexicon import active
from nlp.speakers.mentions import party_member

_NAME_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "poss"])
_LEFT_DEPS = frozenset(["amod", "compound", "det", "nmod", "npadvmod", "poss"])
_MAX_TITLE = 10
_GLUED = re.compile(r"Images[A-Z]|\d:\d")
"""Words a scrape glued together (`Getty ImagesRepublican`): a caption ends there, not a title."""
_PLACE = r"([A-Z][\w.-]*(?: [A-Z][\w.]*)?)"
_PARTY_WORD = re.compile(r"\s*,\s*(?:an? )?(Democrat|Republican)(?:\s*[,.]| of " + _PLACE + ")")
_PARTY_TAG = re.compile(r"\s*[(,]\s*([RDI])(?:\s*[-–]\s*" + _PLACE + r")?\s*[),]")


class MentionReader(Findings):
    """Collects the roles and affiliations one entity's mentions give."""

    # --- mentions ------------------------------------------------------------------------------

    def read(self, start: int, end: int) -> None:
        """Everything one mention's neighbourhood says about the entity."""
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
            self._noun_phrase(root, NOMINAL)

    def _title(self, span: Span) -> None:
        """`White House Press Secretary Josh Earnest`: the words before the name. An owner before
        the name (`the Washington Post's Ishaan Tharoor`) reads as an apposition: it marks a
        person even where the tagger labelled the name an organisation."""
        lex = active()
        self.group = next(self._constructions)
        doc = self.doc
        j = span.start - 1
        while j >= 0 and span.start - j <= _MAX_TITLE:
            tok = doc[j]
            nxt = doc[j + 1]
            if tok.is_sent_end or tok.is_space or _GLUED.search(tok.text) or \
                    tok.ent_type_ in lex.numeric_labels:
                break
            if tok.lower_ == "of" and j > 0 and (
                    is_role_head(doc[j - 1]) and nxt.lower_ in lex.role_of_complements
                    or tok.ent_iob_ == "I" and nxt.ent_iob_ == "I"):
                j -= 1
                continue
            glued = tok.text in ("-", "–") and j > 0 and not tok.whitespace_ and \
                not doc[j - 1].whitespace_
            if glued or tok.tag_ == "POS":
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
            owned = tokens[-1].lower_ in ("'s", "’s")
            self._phrase(classify(tokens, None), APPOSITION if owned else TITLE)

    def _party_tag(self, span: Span) -> None:
        """`Sen. Jack Reed (D-R.I.)`, `Rep. Tom Cole, R-Okla.,`, `Rick Scott (R)`, `Sen. Bernie
        Sanders (I-Vt.)` (a state, no party), `Peter King, Republican of New York,`, `Jane Doe,
        a Democrat,`."""
        lex = active()
        self.group = next(self._constructions)
        found = _PARTY_TAG.match(self.orgs.text, span.end_char)
        if found is None:
            found = _PARTY_WORD.match(self.orgs.text, span.end_char)
            if found is None:
                return
            side = party(found.group(1))
            if side is not None:
                self._add(Found(side[0], side[1], found.span(1), APPOSITION, PARTY))
            if found.group(2) and state(found.group(2)):
                self.office = True
                self._add(Found(state(found.group(2)), None, found.span(2),
                                                APPOSITION, PLACE))
            return
        self.office = True
        side = party(lex.party_letters.get(found.group(1).lower(), ""))
        if side is not None:
            self._add(Found(side[0], side[1], found.span(1), RELATIVE, PARTY))
        place = state(found.group(2)) if found.group(2) else None
        if place:
            self._add(Found(place, None, found.span(2), RELATIVE, PLACE))

    def _around_name(self, root: Token, span: Span) -> None:
        """Appositions, of-phrases, relative clauses and copulas attached to a name."""
        apposed = False
        for child in root.rights:
            if child.dep_ == "appos" and (child.pos_ == "NOUN" or is_role_head(child)
                                          or party_member(child)):
                apposed = True
                self._noun_phrase(child, APPOSITION)
            elif child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "with"):
                self.group = next(self._constructions)
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
                if child.dep_ == "attr" and not self._quoted_phrase(child):
                    self._noun_phrase(child, APPOSITION, strict=True)
        elif root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ == "as":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            self._noun_phrase(pobj, RELATIVE)
        if not apposed:
            self._loose_apposition(span)
        self._membership(root)

    def _quoted_phrase(self, head: Token) -> bool:
        """`Trump is also a "change agent"`: a label quoted from someone is no role."""
        return any(self.doc[i].is_quote for i in range(max(head.left_edge.i - 1, 0), head.i))

    def _membership(self, root: Token) -> None:
        """`candidates like Marco Rubio`, `Republicans, including Jeb Bush`, `a number of
        candidates, including Trump`: the group's role (singular) or party is the member's."""
        lex = active()
        self.group = next(self._constructions)
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        link = first.head
        if first.dep_ not in ("pobj", "dobj") or not (
                link.lower_ in ("including", "like") or link.lower_ == "as" and link.i > 0
                and self.doc[link.i - 1].lower_ == "such"):
            return
        group = link.head
        if group.pos_ not in ("NOUN", "PROPN") or group.i > link.i:
            return
        of = next((c for c in group.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and group.lemma_.lower() not in lex.role_nouns:
            group = next((c for c in of.children if c.dep_ == "pobj"), group)
        side = party(group.text)
        if side is not None:
            self._add(Found(side[0], side[1], offsets_of([group]), NOMINAL, PARTY))
            return
        head = group.lemma_.lower()
        if head not in lex.role_nouns:
            return
        lefts = [c.left_edge.i for c in group.lefts if c.dep_ in _LEFT_DEPS]
        modifiers = list(self.doc[min(lefts + [group.i]):group.i])
        words = [t.lower_ for t in modifiers if t.is_lower and t.pos_ in ("ADJ", "NOUN")]
        self._role([group], NOMINAL, " ".join(words + [head]))
        for tok in modifiers:
            side = party(tok.text)
            if side is not None:
                self._add(Found(side[0], side[1], offsets_of([tok]), NOMINAL, PARTY))

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
        """A descriptive noun phrase: its role, the bodies before it and after its preposition,
        roles joined to it (`a pollster and strategist`, `Facebook's politics and outreach
        director`, whose owner is the first conjunct's) and its relative clause."""
        lex = active()
        self.group = next(self._constructions)
        group = self.group
        if head.ent_type_ == "PERSON":
            return
        if party_member(head):  # `a New Hampshire Democrat`: the party, no role
            self._affiliation([head], weight)
            return
        joined = [c for c in head.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and is_role_head(c, strict)]
        if not is_role_head(head, strict) and not joined:
            return
        lefts = [c.left_edge.i for c in head.lefts if c.dep_ in _LEFT_DEPS]
        phrase = classify(list(self.doc[min(lefts + [head.i]):head.i + 1]), head)
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in ("its", "their")),
                     None)
        if owner is not None:
            self._antecedent_body(owner, weight)
        value = role_text(phrase.role) if phrase.role else None
        for child in head.rights:
            self.group = group
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ == "prep" and pobj is not None:
                if child.lower_ == "of" and pobj.lower_ in lex.role_of_complements and value:
                    value = f"{value} of {pobj.lower_}"
                elif pobj.ent_type_ == "PERSON" and value:
                    self._patron(pobj, value, weight)
                elif (child.lower_ in lex.affiliation_prepositions or child.lower_ == "in") \
                        and not (child.lower_ == "of" and head.lower_ in lex.creator_roles):
                    self._object(pobj, weight, 0)
            elif child in joined:
                self._noun_phrase(child, weight, strict)
            elif child.dep_ == "relcl":
                self._relative(child)
        self.group = group
        self._phrase(phrase, weight, value)

    def _antecedent_body(self, pronoun: Token, weight: int) -> None:
        """`Htay Oo, its acting chairman`: `its` is the last organisation named before it in this
        or the previous sentence."""
        limit = pronoun.sent.start
        if limit > 0:
            limit = self.doc[limit - 1].sent.start
        body = next((e for e in reversed(self.orgs.ents) if e.end <= pronoun.i and e.start >= limit
                     and e.label_ == "ORG"), None)
        if body is not None:
            self._affiliation(list(body), weight)

    def _patron(self, person: Token, role: str, weight: int) -> None:
        """`campaign manager for Mr. Trump` -> Trump campaign; `spokesman for Clinton` -> Clinton;
        `adviser to Trump` on its own gives none (a person is no organisation)."""
        lex = active()
        for conj in person.rights:
            if conj.dep_ == "conj" and conj.pos_ == "NOUN":
                self._noun_phrase(conj, weight)
        words = role.split(" of ")[0].split()
        if "campaign" in words:
            name = f"{person.text} campaign"
        elif words[-1] in lex.staff_roles:
            name = person.text
        else:
            return
        self._add(Found(name, None, offsets_of([person]), weight, PARTY))

    def _object(self, pobj: Token, weight: int, depth: int) -> None:
        """The organisation a preposition's object names (`for the Kurdish-led SDF`)."""
        lex = active()
        if pobj.ent_type_ and pobj.ent_type_ not in lex.organization_labels | {"PRODUCT"}:
            return
        if pobj.ent_type_:
            start = pobj.i
            while start > 0 and self.doc[start].ent_iob_ == "I":
                start -= 1
            self._affiliation(self._proper_chain(self.doc[start], pobj.i + 1), weight,
                              pobj_of=pobj)
        elif pobj.pos_ == "PROPN":
            start = pobj.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and \
                    self.doc[start - 1].head.i >= start:
                start -= 1
            self._affiliation(self._proper_chain(self.doc[start], pobj.i + 1), weight,
                              pobj_of=pobj)
        elif pobj.pos_ == "NOUN":
            lefts = [c.left_edge.i for c in pobj.lefts if c.dep_ in _LEFT_DEPS]
            tokens = list(self.doc[min(lefts + [pobj.i]):pobj.i + 1])
            if pobj.lower_ in lex.common_bodies:
                self._common_body(tokens, weight)
            else:
                for run in classify(tokens, None).organizations:
                    self._affiliation(run, weight)
        if depth < 2:
            for child in pobj.rights:
                if child.dep_ == "prep" and child.lower_ in lex.affiliation_prepositions and \
                        not (pobj.ent_type_ and child.ent_iob_ == "I"):
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            self._object(grand, weight, depth + 1)

    def _common_body(self, tokens: list[Token], weight: int) -> None:
        """`a spokesman for the U.S.-led coalition`, `an official at the Turkish foreign ministry`:
        a body named by a common noun is kept as the article words it, without the article."""
        words = [t for t in tokens if t.pos_ not in ("DET", "PRON") and t.tag_ != "POS"]
        if words:
            text = self.doc[words[0].i:words[-1].i + 1].text
            self._add(Found(text, None, offsets_of(words), weight, ORGANIZATION))

    def _proper_chain(self, first: Token, end: int) -> list[Token]:
        """A proper name from `first`, through the rest of its entity and capitalised words, and
        an `of`/`for` tail the tagger cut (`the March of Dimes`, `Priests for Life`)."""
        doc = self.doc
        while end < len(doc) and (doc[end].ent_iob_ == "I" or
                                  doc[end].is_title and doc[end].pos_ == "PROPN"):
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].is_title \
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ in ("", "ORG"):
            end += 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
        return list(doc[first.i:end])

    def _relative(self, verb: Token) -> None:
        """`who heads the Cato Institute`, `who is a senior fellow at ...`, `who works for ...`,
        `who supported Cruz but joined the Trump campaign` (verbs joined to the first)."""
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
            return
        self._relative_verb(verb)
        for conj in verb.rights:
            if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and \
                    not any(c.dep_ == "nsubj" for c in conj.children):
                self._relative_verb(conj)

    def _relative_verb(self, verb: Token) -> None:
        lex = active()
        self.group = next(self._constructions)
        lemma = verb.lemma_.lower()
        for child in verb.rights:
            if lemma == "be" and child.dep_ == "attr":
                self._noun_phrase(child, RELATIVE, strict=True)
            elif lemma in lex.relative_role_verbs and child.dep_ == "dobj":
                self._role([verb], RELATIVE, lex.relative_role_verbs[lemma])
                self._object(child, RELATIVE, 1)
            elif lemma in ("join", "represent", "serve", "work") and child.dep_ == "dobj":
                self._object(child, RELATIVE, 1)
            elif lemma in ("cover", "report", "serve", "work", "write") and child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if child.lower_ == "as":
                        self._noun_phrase(pobj, RELATIVE)
                    else:
                        self._object(pobj, RELATIVE, 1)

    # --- result --------------------------------------------------------------------------------

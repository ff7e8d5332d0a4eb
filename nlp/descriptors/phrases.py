"""Reading a descriptive phrase about a speaker: a noun phrase (`a spokesman for the SDF`), the
body a preposition's object names (`for the Kurdish-led SDF`), a relative clause (`who heads the
Cato Institute`). `nlp/descriptors/reader.py` finds these phrases around each mention; what they
give is recorded under the rule of the construction that led here (`Findings.rule`).

A role needs a head noun that names a job (`nlp.descriptors.roles.is_role_head`), so `Khan, the
father of a soldier` gives none; a person's name counts only for their staff (`campaign manager
for Mr. Trump` -> Trump campaign; never `a Trump supporter`).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.descriptors.findings import ORGANIZATION, PARTY, RELATIVE, Findings, Found, offsets_of
from nlp.descriptors.roles import classify, is_role_head, plural_role, role_text
from nlp.lexicon import active
from nlp.speakers.mentions import party_member

LEFT_DEPS = frozenset(["amod", "compound", "det", "nmod", "npadvmod", "poss"])
"""Left dependents that belong to a descriptive noun phrase."""


def _describes(head: Token, strict: bool, plural: bool) -> bool:
    """Whether a phrase's head names a job (for an unnamed group's own mention, its plural)."""
    return is_role_head(head, strict) or plural and plural_role(head)


def _field_of_work(prep: Token, pobj: Token) -> str | None:
    """The `of` complement that belongs to a title (CONVENTIONS.md: `director of
    communications`, `vice president of public policy`): an object in lower case with no
    determiner and no body in it, a field of work rather than an organisation (`head of the
    city's transit authority` keeps its head, the authority being the affiliation)."""
    lex = active()
    bodies = lex.title_body_nouns | lex.common_bodies | lex.recalled_bodies
    words = list(pobj.subtree)
    if prep.lower_ != "of" or pobj.pos_ != "NOUN" or any(
            not t.is_lower or t.dep_ in ("det", "poss", "prep", "relcl", "cc", "conj")
            or t.pos_ not in ("NOUN", "ADJ", "VERB") or t.lower_ in bodies for t in words):
        return None
    return " ".join(t.lower_ for t in words)


class PhraseReader(Findings):
    """Reads the phrases one construction points at."""

    def _noun_phrase(self, head: Token, weight: int, strict: bool = False,
                     plural: bool = False) -> None:
        """A descriptive noun phrase: its role, the bodies before it and after its preposition,
        roles joined to it (`a pollster and strategist`, `Facebook's politics and outreach
        director`, whose owner is the first conjunct's) and its relative clause; `plural`: an
        unnamed group's own mention (`US defense officials`), whose plural head is its role."""
        self.group = next(self._constructions)
        group, rule = self.group, self.rule
        if head.ent_type_ == "PERSON":
            return
        if party_member(head):  # `a New Hampshire Democrat`: the party, no role
            self._affiliation([head], weight)
            return
        joined = [c for c in head.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  and is_role_head(c, strict)]
        if not (joined or _describes(head, strict, plural)):
            return
        lefts = [c.left_edge.i for c in head.lefts if c.dep_ in LEFT_DEPS]
        phrase = classify(list(self.doc[min(lefts + [head.i]):head.i + 1]), head)
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in ("its", "their")),
                     None)
        if owner is not None:
            self._antecedent_body(owner, weight)
        value = role_text(phrase.role) if phrase.role else None
        for child in head.rights:
            self.group, self.rule = group, rule
            if child in joined:
                self._noun_phrase(child, weight, strict)
            elif child.dep_ == "relcl":
                self._relative(child)
            else:
                value = self._complement(head, child, value, weight)
        self.group, self.rule = group, rule
        self._phrase(phrase, weight, value)

    def _complement(self, head: Token, prep: Token, value: str | None, weight: int) -> str | None:
        """A preposition after the head: an `of` or `in chief` kept in the role (`_in_title`), a
        patron (`spokesman for Clinton`) or a body (`a fellow at the Cato Institute`, not the
        work of `author of Unlikeable`, the office a `candidate for the Senate` seeks, the city
        a `spokesman in Baghdad` works in); the role's text, extended or as it was."""
        lex = active()
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or pobj is None or \
                prep.lower_ == "in" and pobj.ent_type_ in lex.place_labels:
            return value
        titled = self._in_title(head, prep, pobj, value, weight) if value else None
        if titled is not None:
            return titled
        if pobj.ent_type_ == "PERSON" and value:
            self._patron(pobj, value, weight)
        elif value and value.split()[-1] in lex.sought_roles:
            return value
        elif (prep.lower_ in lex.affiliation_prepositions or prep.lower_ == "in") \
                and not (prep.lower_ == "of" and head.lower_ in lex.creator_roles):
            self._object(pobj, weight, 0)
        return value

    def _in_title(self, head: Token, prep: Token, pobj: Token, value: str,
                  weight: int) -> str | None:
        """The role with the complement that belongs to its title (`secretary of state`, `editor
        in chief`, `director of communications`: `_field_of_work`), None when it has none."""
        if prep.lower_ == "of" and pobj.lower_ in active().role_of_complements:
            return f"{value} of {pobj.lower_}"
        if prep.lower_ == "in" and pobj.lower_ == "chief":
            value = f"{value} in chief"
            for child in pobj.children:
                value = self._complement(head, child, value, weight)
            return value
        field = _field_of_work(prep, pobj)
        return f"{value} of {field}" if field is not None else None

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
        """`campaign manager for Mr. Trump` -> Trump campaign; `spokesman for Clinton` -> what
        Clinton's staff work for (`Findings.principal`); `adviser to Trump` on its own gives none
        (a person is no organisation)."""
        for conj in person.rights:
            if conj.dep_ == "conj" and conj.pos_ == "NOUN":
                self._noun_phrase(conj, weight)
        words = role.split(" of ")[0].split()
        if "campaign" not in words and words[-1] not in active().staff_roles:
            return
        name = f"{person.text} campaign" if "campaign" in words else self.principal(person.text)
        self._add(Found(name, None, offsets_of([person]), weight, PARTY))

    def _object(self, pobj: Token, weight: int, depth: int) -> None:
        """The organisation a preposition's object names (`for the Kurdish-led SDF`), and those
        of prepositions after it, two deep (`at the office of the governor of Ohio`)."""
        lex = active()
        if pobj.ent_type_ and pobj.ent_type_ not in lex.organization_labels | {"PRODUCT"}:
            return
        if pobj.ent_type_ or pobj.pos_ == "PROPN":
            self._affiliation(self._proper_chain(self._name_start(pobj), pobj.i + 1), weight,
                              pobj_of=pobj)
        elif pobj.pos_ == "NOUN":
            self._common_noun_body(pobj, weight)
        if depth >= 2:
            return
        for child in pobj.rights:
            if child.dep_ == "prep" and child.lower_ in lex.affiliation_prepositions and \
                    not (pobj.ent_type_ and child.ent_iob_ == "I"):
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        self._object(grand, weight, depth + 1)

    def _name_start(self, pobj: Token) -> Token:
        """The first token of the entity (or proper-noun chain) a proper object ends."""
        doc = self.doc
        start = pobj.i
        if pobj.ent_type_:
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
        else:
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= start:
                start -= 1
        return doc[start]

    def _common_noun_body(self, pobj: Token, weight: int) -> None:
        """`a spokesman for the U.S.-led coalition`, `an official at the Turkish foreign ministry`:
        a body named by a common noun is kept as the article words it, without the article;
        otherwise the bodies its modifiers name (`the Clinton campaign`)."""
        lefts = [c.left_edge.i for c in pobj.lefts if c.dep_ in LEFT_DEPS]
        tokens = list(self.doc[min(lefts + [pobj.i]):pobj.i + 1])
        if pobj.lower_ not in active().common_bodies:
            for run in classify(tokens, None).organizations:
                self._affiliation(run, weight)
            return
        words = [t for t in tokens if t.pos_ not in ("DET", "PRON") and t.tag_ != "POS"]
        if words:
            text = self.doc[words[0].i:words[-1].i + 1].text
            self._add(Found(text, None, offsets_of(words), weight, ORGANIZATION))

    def _proper_chain(self, first: Token, end: int) -> list[Token]:
        """A proper name from `first`, through the rest of its entity and capitalised words, and
        an `of`/`for` tail the tagger cut (`the March of Dimes`, `Priests for Life`), a place
        too after a body word (`the Port of Tacoma`, `the University of Iowa`)."""
        doc = self.doc
        while end < len(doc) and (doc[end].ent_iob_ == "I" or
                                  doc[end].is_title and doc[end].pos_ == "PROPN"):
            end += 1
        place_ok = doc[end - 1].lower_ in active().body_words
        if end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].is_title \
                and doc[end + 1].pos_ == "PROPN" and (doc[end + 1].ent_type_ in ("", "ORG") or
                                                      place_ok and doc[end + 1].ent_type_ == "GPE"):
            end += 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
        return list(doc[first.i:end])

    def _relative(self, verb: Token) -> None:
        """`who heads the Cato Institute`, `who is a senior fellow at ...`, `who works for ...`,
        `who supported Cruz but joined the Trump campaign` (verbs joined to the first); never a
        negated one (`who is not a member of the board`)."""
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children) \
                or any(c.dep_ == "neg" for c in verb.children):
            return
        self._relative_verb(verb)
        for conj in verb.rights:
            if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and \
                    not any(c.dep_ == "nsubj" for c in conj.children):
                self._relative_verb(conj)

    def _relative_verb(self, verb: Token) -> None:
        lex = active()
        self._construction("relative_clause")
        lemma = verb.lemma_.lower()
        for child in verb.rights:
            if lemma == "be" and child.dep_ == "attr":
                self._noun_phrase(child, RELATIVE, strict=True)
            elif lemma in lex.relative_role_verbs and child.dep_ == "dobj":
                self._role([verb], RELATIVE, lex.relative_role_verbs[lemma])
                self._object(child, RELATIVE, 1)
            elif lemma in lex.member_verbs and child.dep_ == "dobj":
                self._object(child, RELATIVE, 1)
            elif lemma in lex.work_for_verbs and child.dep_ == "prep":
                self._work_for(child)

    def _work_for(self, prep: Token) -> None:
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ == "as":
                self._noun_phrase(pobj, RELATIVE)
            else:
                self._object(pobj, RELATIVE, 1)

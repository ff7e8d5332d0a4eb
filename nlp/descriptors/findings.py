"""What reading a speaker's mentions finds: each role and affiliation with its evidence, and the
weights and ranks by which `nlp/descriptors/ranking.py` orders them.

`nlp/descriptors/reader.py` walks the constructions (titles, appositions, of-phrases, relative
clauses); this module records what they give, so the rules on what counts (a place only for an
office holder, a person's name only for their staff) sit in one place.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.descriptors.affiliations import Organizations, party, state
from nlp.descriptors.roles import Phrase, is_role_head, role_text
from nlp.lexicon import active

TITLE, APPOSITION, RELATIVE, NOMINAL = 4, 3, 2, 1
"""Weights of the constructions, most direct first."""
ORGANIZATION, PARTY, PLACE = 0, 1, 2
"""Ranks of affiliation kinds, strongest first; a staff member's principal (`Clinton campaign` for a
Clinton spokesman) ranks with parties."""


@dataclass
class Found:
    """One role or affiliation read: its text, short form, evidence offsets, how direct the
    construction that gave it (`weight`) and, for affiliations, its kind (`rank`)."""

    value: str
    short: str | None
    offsets: tuple[int, int]
    weight: int
    rank: int = 0
    group: int = 0
    """Which construction gave it: an affiliation read with the top role describes that post."""
    rule: str = ""
    """The name of that construction's rule (`title`, `apposition`, `of_phrase`...)."""


def _with_chamber(phrase: Phrase, value: str) -> str:
    """`Senate Majority Leader`: a chamber right before a legislator's title belongs to the
    title (CONVENTIONS.md), and is no affiliation (`ranking._chamber`)."""
    lex = active()
    if not phrase.role or not phrase.organizations or \
            " ".join(value.split()[-2:]) not in lex.legislator_roles:
        return value
    run = phrase.organizations[-1]
    text = " ".join(t.text for t in run).lower()
    adjacent = run[-1].i + 1 == phrase.role[0].i
    return f"{text} {value}" if adjacent and text in lex.chambers else value


def offsets_of(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _named_words(span: Span) -> list[Token]:
    """The words naming a body: no marks, line breaks, articles or possessive endings."""
    return [t for t in span if not (t.is_punct or t.is_space) and t.lower_ != "the"
            and t.tag_ != "POS"]


class Findings:
    """The roles and affiliations one entity's mentions gave, as they are recorded."""

    def __init__(self, doc: Doc, orgs: Organizations) -> None:
        self.doc = doc
        self.orgs = orgs
        self.roles: list[Found] = []
        self.affiliations: list[Found] = []
        self._constructions = itertools.count(1)
        self.group = 0
        self.rule = ""
        """The construction being read, recorded on what it gives."""
        self.office = False
        """Whether the entity holds an office, so places count (`Gov. X of Iowa`, not `X of
        Madison, Alabama`)."""

    def _construction(self, rule: str) -> None:
        """Start reading a new construction, named after its rule."""
        self.group = next(self._constructions)
        self.rule = rule

    def _add(self, found: Found) -> None:
        found.group, found.rule = self.group, self.rule
        self.affiliations.append(found)

    def _role(self, tokens: list[Token], weight: int, text: str | None = None) -> None:
        lex = active()
        value = text or role_text(tokens)
        if value:
            head = value.split(" of ")[0].split()[-1]
            self.office = self.office or head in lex.office_roles
            self.roles.append(Found(value, None, offsets_of(tokens), weight, group=self.group,
                                    rule=self.rule))

    def _affiliation(self, tokens: list[Token], weight: int, places: bool = True,
                     pobj_of: Token | None = None, team: bool = False,
                     parties_only: bool = False) -> None:
        """Record the body `tokens` name; one someone works `at`, `for` or `with` is an
        organisation even when tagged as a place (`a strategy director at Upworthy`), and so is
        a place before a team role (`Great Britain captain`: the side); `parties_only`: only a
        party counts (`Republican White House hopeful`)."""
        if not tokens:
            return
        lex = active()
        span = self.doc[tokens[0].i:tokens[-1].i + 1]
        found = self.orgs.affiliation(span)
        if found is None:
            return
        words = _named_words(span)
        if all(party(t.text) for t in words):
            rank = PARTY
        elif all(t.ent_type_ in ("GPE", "NORP") or state(t.text) for t in words) and \
                not (pobj_of is not None and pobj_of.head.lower_ in ("at", "for", "with")) \
                and not team and not self._owner_not_a_state(words):
            rank = PLACE
        else:
            rank = ORGANIZATION
        if rank == PLACE and not places or parties_only and found[0] not in lex.party_names:
            return
        self._add(Found(found[0], found[1], offsets_of(words), weight, rank))

    def _owner_not_a_state(self, words: list[Token]) -> bool:
        """`Game's UK sales director`: the owner of a role is the body it names, even where the
        tagger took it for a place, unless it is a US state (a legislator's state stays a
        constituency); not an owner further in (`France's far-right Front National party`)."""
        last = words[-1]
        owned = last.i + 1 < len(self.doc) and self.doc[last.i + 1].lower_ in ("'s", "’s")
        return owned and last.dep_ == "poss" and is_role_head(last.head) and \
            not any(state(t.text) for t in words)

    def _phrase(self, phrase: Phrase, weight: int, value: str | None = None) -> None:
        """A title's role and bodies; a place only counts for an office (`Ohio Gov.`, not
        `U.S. presidential hopeful`), and only a party for a role that seeks an office (`White
        House hopeful`, `Republican Senate candidate`: the office sought is no body served)."""
        lex = active()
        value = value or (role_text(phrase.role) if phrase.role else "")
        head = value.split(" of ")[0].split()[-1] if value else ""
        team = head in lex.team_roles
        value = _with_chamber(phrase, value)
        if phrase.role:
            self._role(phrase.role, weight, value)
        for tokens in phrase.organizations:
            self._affiliation(tokens, weight, places=head in lex.office_roles, team=team,
                              parties_only=head in lex.sought_roles)
        if phrase.common_body:
            body = phrase.common_body
            self._add(Found(self.doc[body[0].i:body[-1].i + 1].text, None, offsets_of(body),
                            weight, ORGANIZATION))
        side = [t for t in phrase.patron if t.is_alpha]
        if side and team and head not in lex.staff_roles:
            self._add(Found(" ".join(t.text for t in side), None, offsets_of(side), weight,
                            ORGANIZATION))
        elif phrase.patron and head in lex.staff_roles:
            name = [t for t in phrase.patron if t.lower_.rstrip(".") not in lex.honorifics]
            if name:
                self._add(Found(self.principal(" ".join(t.text for t in name)), None,
                                offsets_of(name), weight, PARTY))

    def principal(self, name: str) -> str:
        """What a person's staff work for (CONVENTIONS.md). A name the article tags as an
        organisation is that body (`Twitter's director`); the campaign the article names after
        the person is theirs (`the Clinton campaign` ... `a Clinton spokesman`). Otherwise the
        name must be a person's the article gives in full, or it stays as it is (`a Defra
        spokesman`: one word does not tell a body from a surname); then a head of government's
        staff serve the government their title implies (`President Obama` ... `an Obama
        spokesman` -> Obama administration; not a former one: `former President Bill Clinton`
        leaves a Clinton spokesman to Hillary's campaign), and a candidate's their campaign
        where the article speaks of candidates; else the person. An advertising campaign
        elsewhere in the article makes no one a candidate (`Mr Blair's spokesman`)."""
        last = name.split()[-1]
        surname, text = re.escape(last), self.orgs.text
        if name in self.orgs.names:
            return name
        if re.search(rf"\b{surname}(?:['’]s)? campaign\b", text):
            return f"{name} campaign"
        if not any(len(words) > 1 and words[-1] == last for words in (
                [t.text for t in e if t.tag_ != "POS"] for e in self.orgs.ents
                if e.label_ == "PERSON")):
            return name
        for title, following in active().government_titles.items():
            if re.search(rf"(?<![Ff]ormer ){title.title()}(?: [A-Z][\w.'’-]*){{0,2}} {surname}\b",
                         text):
                return f"{name} {following}"
        return f"{name} campaign" if self.orgs.speaks_of_candidates else name

    def administration(self, name: str | None) -> None:
        """`President Donald Trump` in an article that speaks of `the Trump administration`:
        the administration he leads is his affiliation (CONVENTIONS.md: the government served)."""
        lex = active()
        if not name or not any(f.value.split()[-1] in lex.administration_roles
                               for f in self.roles):
            return
        found = re.search(rf"\b{re.escape(name.split()[-1])} administration\b", self.orgs.text)
        if found is not None:
            self._construction("administration")
            self._add(Found(found.group(0), None, found.span(), NOMINAL, PARTY))

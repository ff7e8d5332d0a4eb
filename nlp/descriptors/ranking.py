"""Roles and affiliations of the article's speakers, read around every mention of each.

Each speaker entity's mentions (the ones attribution linked, full-name occurrences it may have spelt
differently, and definite descriptions recalling it, `nlp.speakers.descriptions`) go through
`nlp.descriptors.reader.MentionReader`, which records into `nlp.descriptors.findings`; this module
ranks what they gave. Order is salience, since the first role and affiliation become the quote's
`speaker.role` / `speaker.affiliation`: roles from the most direct constructions (titles,
appositions, copulas) first, then relative clauses and of-phrases, then nominal mentions, ties by
first occurrence; a bare title takes the fuller form the article gives elsewhere (`Secretary
Clinton` ... `secretary of state`). Affiliations read together with the top role come first (so the
quote's role and affiliation describe one post: `the Florida senator` over `speaker of the Florida
House`); then organisations before parties (and a staff member's principal, and a party recalled by
`the party`) before places (`Ohio` in `Ohio Gov.`), because a place is the weakest answer to "who
does this person speak for"; an acronym and its expansion count once, by the fuller name. An
organisation speaker (or a person the tagger labelled as one) keeps affiliations read after its name
(`Meenakshi Ganguly of Human Rights Watch`) but not a title before it (`the U.S. Senate`) unless a
role shows it is a person. Roles held read from `as` phrases (`her record as secretary of state`)
rank with nominal mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from nlp.descriptors.affiliations import Organizations
from nlp.descriptors.findings import NOMINAL, ORGANIZATION, PARTY, PLACE, TITLE, Found
from nlp.descriptors.reader import MentionReader
from nlp.lexicon import active
from nlp.quotes.segments import QuoteSegment
from nlp.records.doc import SpeakerRecord
from nlp.speakers.descriptions import linked_descriptions
from nlp.speakers.entities import SpeakerEntity
from nlp.text.folding import fold_words


@dataclass
class Descriptor:
    """Roles and affiliations of one entity, each with where it was read, most salient first."""

    roles: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    affiliations: list[tuple[str, str | None, tuple[int, int]]] = field(default_factory=list)
    """(full name, short form or None, evidence offsets)."""

    def record_on(self, record: SpeakerRecord) -> None:
        """Write the roles and affiliations into the speaker's record."""
        record["roles"] = [{"name": name, "start": s, "end": e} for name, (s, e) in self.roles]
        record["affiliations"] = [{"name": name, "short": short, "start": s, "end": e}
                                  for name, short, (s, e) in self.affiliations]


def _ranked(reader: MentionReader) -> Descriptor:
    """The reader's findings, deduplicated and most salient first."""
    lex = active()
    roles: dict[str, Found] = {}
    for f in sorted(reader.roles, key=lambda f: (-f.weight, f.offsets)):
        fuller = next((g.value for g in reader.roles if " of " in g.value and
                       g.value.split(" of ")[0].split()[-1] == f.value), None)
        roles.setdefault(fuller or f.value, f)
    top = next(iter(roles.values()), None)
    posts = {f.group for f in reader.roles if top is not None and f.value == top.value}
    for f in reader.affiliations:
        if f.rank == ORGANIZATION and f.value in lex.party_names:
            f.rank = PARTY
    affs: dict[str, Found] = {}
    for f in sorted(reader.affiliations,
                    key=lambda f: (f.group not in posts, f.rank, -f.weight, f.offsets)):
        if f.rank == PLACE and not reader.office:
            continue
        key = f.value.lower()
        twin = next((k for k, g in affs.items() if g.short and g.short == f.short), None)
        if twin is None:
            affs.setdefault(key, f)
        elif f.value != affs[twin].value and len(f.value) > len(affs[twin].value):
            kept = affs[twin]
            affs[twin] = Found(f.value, f.short, kept.offsets, kept.weight, kept.rank)
    return Descriptor(
        roles=[(value, f.offsets) for value, f in roles.items()],
        affiliations=[(f.value, f.short, f.offsets) for f in affs.values()],
    )


def _same_person(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """`Francois Hollande` ~ `François Hollande`, `Le Pen` ~ `Marine Le Pen` (two words or more)."""
    if len(name) < 2 or len(other) < len(name):
        return False
    return other[-len(name):] == name or (other[0] == name[0] and other[-1] == name[-1])


def _mentions(entity: SpeakerEntity,
              names: list[tuple[tuple[str, ...], Span]]) -> list[tuple[int, int]]:
    """The entity's mentions plus full-name occurrences attribution may have spelt differently
    (accents, a first name it did not join), so the introduction with the title is read."""
    spans = list(entity.mentions)
    if entity.name:
        words = fold_words(entity.name)
        for other, ent in names:
            if _same_person(words, other) and (ent.start_char, ent.end_char) not in spans:
                spans.append((ent.start_char, ent.end_char))
    return spans


def describe(doc: Doc, entities: list[SpeakerEntity],
             quotes: list[QuoteSegment]) -> dict[str, Descriptor]:
    """A descriptor per entity key, read from all of the entity's mentions."""
    orgs = Organizations(doc)
    names = [(fold_words(e.text), e) for e in orgs.ents
             if e.label_ in ("PERSON", "ORG") and len(e) > 1]
    recalled = linked_descriptions(doc, orgs.ents, entities, quotes)
    out = {}
    for entity in entities:
        reader = MentionReader(doc, orgs)
        for start, end in _mentions(entity, names) + recalled.descriptions.get(entity.key, []):
            reader.read(start, end)
        reader.roles += [Found(value, None, offsets, NOMINAL)
                         for value, offsets, _ in recalled.held.get(entity.key, [])]
        if entity.kind == "organization" and not reader.roles:
            reader.affiliations = [f for f in reader.affiliations if f.weight != TITLE]
        out[entity.key] = _ranked(reader)
    return out

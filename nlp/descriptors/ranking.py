"""Roles and affiliations of the article's speakers, read around every mention of each.

Each speaker entity's mentions (the ones attribution linked, full-name occurrences it may have
spelt differently, and definite descriptions recalling it, `nlp.speakers.descriptions`) go through
`nlp.descriptors.reader.MentionReader`, which records into `nlp.descriptors.findings`; this module
ranks what they gave. Order is salience, since the first role and affiliation become the quote's
`speaker.role` / `speaker.affiliation`: roles from the most direct constructions (titles,
appositions, copulas) first, then relative clauses and of-phrases, then nominal mentions, ties by
first occurrence; a bare title takes the fuller form the article gives elsewhere (`Secretary
Clinton` ... `secretary of state`). Affiliations read together with the top role come first (so the
quote's role and affiliation describe one post: `the Florida senator` over `speaker of the Florida
House`); then organisations before parties (and a staff member's principal, and a party recalled by
`the party`) before places (`Ohio` in `Ohio Gov.`), because a place is the weakest answer to "who
does this person speak for"; a legislator's state and chamber are no affiliation (`Sen. X of
Vermont`, `Senate Majority Leader`), nor a party leader's chamber (`SNP Holyrood leader`); an
acronym and its expansion count once, by the fuller name. An organisation speaker (or a person the
tagger labelled as one) keeps affiliations read after its name (`Meenakshi Ganguly of Human Rights
Watch`) but not a title before it (`the U.S. Senate`) unless a role shows it is a person. Roles
held read from `as` phrases (`her record as secretary of state`) rank with nominal mentions."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from nlp.budget import check
from nlp.descriptors.affiliations import Organizations, state
from nlp.descriptors.confidence import confidence
from nlp.descriptors.findings import NOMINAL, ORGANIZATION, PARTY, PLACE, TITLE, Found
from nlp.descriptors.reader import MentionReader
from nlp.lexicon import active
from nlp.quotes.segments import QuoteSegment
from nlp.records.doc import SpeakerRecord
from nlp.speakers.descriptions import linked_descriptions
from nlp.speakers.entities import SpeakerEntity
from nlp.text.folding import fold_words
from nlp.text.names import ends_name, refers_to


@dataclass
class Descriptor:
    """Roles and affiliations of one entity, each with where it was read and the rule that read
    it, most salient first."""

    roles: list[tuple[str, Found]] = field(default_factory=list)
    """(role text, the finding that gave it)."""
    affiliations: list[Found] = field(default_factory=list)

    def record_on(self, record: SpeakerRecord) -> None:
        """Write the roles and affiliations, each with its evidence, into the speaker's record."""
        record["roles"] = [{"name": name, "start": f.offsets[0], "end": f.offsets[1],
                            "rule": f.rule, "confidence": confidence(f)}
                           for name, f in self.roles]
        record["affiliations"] = [{"name": f.value, "short": f.short, "start": f.offsets[0],
                                   "end": f.offsets[1], "rule": f.rule,
                                   "confidence": confidence(f)}
                                  for f in self.affiliations]


def _ranked(reader: MentionReader) -> Descriptor:
    """The reader's findings, deduplicated and most salient first."""
    roles = _ranked_roles(reader.roles)
    top = next(iter(roles.values()), None)
    posts = {f.group for f in reader.roles if top is not None and f.value == top.value}
    return Descriptor(roles=list(roles.items()),
                      affiliations=_ranked_affiliations(reader, posts))


def _ranked_roles(found: list[Found]) -> dict[str, Found]:
    """Roles by their fullest text (`secretary` as `secretary of state` when the article gives
    that), most direct construction first, then first read."""
    roles: dict[str, Found] = {}
    for f in sorted(found, key=lambda f: (-f.weight, f.offsets)):
        fuller = next((g.value for g in found if " of " in g.value and
                       g.value.split(" of ")[0].split()[-1] == f.value), None)
        roles.setdefault(fuller or f.value, f)
    return roles


def _ranked_affiliations(reader: MentionReader, posts: set[int]) -> list[Found]:
    """Affiliations read with the top role's post first, then by kind, weight and place; a
    party named as an organisation ranks as a party; places only for office holders; an acronym
    and its expansion once, by the fuller name."""
    lex = active()
    for f in reader.affiliations:
        if f.rank == ORGANIZATION and f.value in lex.party_names:
            f.rank = PARTY
    legislator = any(_legislator(f.value) for f in reader.roles)
    party_posts = {f.group for f in reader.affiliations if f.rank == PARTY}
    affs: dict[str, Found] = {}
    for f in sorted(reader.affiliations,
                    key=lambda f: (f.group not in posts, f.rank, -f.weight, f.offsets)):
        if f.rank == PLACE and (not reader.office or legislator) or \
                (legislator or f.group in party_posts) and _chamber(f.value):
            continue
        twin = next((k for k, g in affs.items() if g.short and g.short == f.short), None)
        if twin is None:
            affs.setdefault(f.value.lower(), f)
        elif f.value != affs[twin].value and len(f.value) > len(affs[twin].value):
            kept = affs[twin]
            affs[twin] = Found(f.value, f.short, kept.offsets, kept.weight, kept.rank,
                               rule=kept.rule)
    return list(affs.values())


def _job(role: str) -> str:
    """A role's head word (`secretary` for `former secretary of state`)."""
    return role.split(" of ")[0].split()[-1]


def _keep_agreeing_descriptions(reader: MentionReader, roles: int, affiliations: int) -> None:
    """Bodies read from definite descriptions (after the first `roles` roles and `affiliations`
    affiliations) only where another mention agrees, the same body or the description's role,
    or where no other mention describes the person (`Wenger said ... The Arsenal boss added`).
    A description is linked to the last person named (`the Republican nominee` after a Clinton
    quote), so its party or organisation is the likeliest to be someone else's; its role is
    kept, ranked last."""
    if not roles and not affiliations:
        return
    known_jobs = {_job(f.value) for f in reader.roles[:roles]}
    known_bodies = {f.value.lower() for f in reader.affiliations[:affiliations]}
    agreed = {f.group for f in reader.roles[roles:] if _job(f.value) in known_jobs}
    reader.affiliations[affiliations:] = [
        f for f in reader.affiliations[affiliations:]
        if f.group in agreed or f.value.lower() in known_bodies]


def _not_itself(reader: MentionReader, entity: SpeakerEntity) -> None:
    """A speaker is never its own affiliation (CONVENTIONS.md), by full or short form: `The
    Illinois Board of Elections of Springfield` read on a body's own name gave it itself."""
    name = fold_words(entity.name) if entity.name else ()
    if name:
        reader.affiliations = [f for f in reader.affiliations if name not in (
            fold_words(f.value), fold_words(f.short or ""))]


def _chamber(name: str) -> bool:
    """`Senate`, `U.S. House`, or a state's (`the Florida House of Representatives`; not the
    `White House`)."""
    chambers = active().chambers
    if name.lower() in chambers:
        return True
    return any(name.lower().endswith(" " + c) and state(name[:-len(c) - 1]) is not None
               for c in chambers)


def _legislator(role: str) -> bool:
    """`senator`, `Senate majority leader`: a legislator, whose state is a constituency and
    whose chamber belongs to the title."""
    words = role.lower().split(" of ")[0].split()
    legislators = active().legislator_roles
    return bool(words) and (words[-1] in legislators or " ".join(words[-2:]) in legislators)


NameIndex = dict[tuple[str, str, str], list[tuple[int, tuple[str, ...], Span]]]
"""The article's names of two words or more, by ("ends", first, last) and ("tail", second to
last, last) word, each with its rank in the article: the only names a name of two words or more
can be a form of (`nlp.text.names.refers_to`, `ends_name`), found without trying them all."""


def _name_index(ents: list[Span]) -> NameIndex:
    index: NameIndex = {}
    for rank, ent in enumerate(e for e in ents if e.label_ in ("PERSON", "ORG") and len(e) > 1):
        words = fold_words(ent.text)
        if len(words) >= 2:
            for key in {("ends", words[0], words[-1]), ("tail", words[-2], words[-1])}:
                index.setdefault(key, []).append((rank, words, ent))
    return index


def _mentions(entity: SpeakerEntity, names: NameIndex, doc: Doc,
              capitalised: dict[str, list[int]]) -> list[tuple[int, int]]:
    """The entity's mentions plus full-name occurrences attribution may have spelt differently
    (`Francois Hollande` ~ `François Hollande`, `Le Pen` ~ `Marine Le Pen`: two words or more),
    so the introduction with the title is read, and the surname alone when no one else bears it."""
    spans = list(entity.mentions)
    words = fold_words(entity.name) if entity.name else ()
    if len(words) >= 2:
        candidates = sorted({(rank, ent.start_char, ent.end_char, other)
                             for key in (("ends", words[0], words[-1]),
                                         ("tail", words[-2], words[-1]))
                             for rank, other, ent in names.get(key, ())})
        for _, start, end, other in candidates:
            if (refers_to(words, other) or ends_name(words, other)) and (start, end) not in spans:
                spans.append((start, end))
        spans += [s for s in _surname_alone(words, doc, capitalised) if s not in spans]
    return spans


def _surname_alone(words: tuple[str, ...], doc: Doc, capitalised: dict[str, list[int]]
                   ) -> list[tuple[int, int]]:
    """The surname on its own where no one else in the article bears it (`"...," said Ana
    Ruiz. Ruiz is a spokeswoman for the Finance Ministry.`), so a description the article
    gives on a later mention that attribution did not link is read; with two bearers (Bill
    and Hillary Clinton) a bare surname could be either, and none is taken. `capitalised`:
    the article's capitalised words, each with where it stands."""
    alone: list[tuple[int, int]] = []
    first = words[-2] if len(words) > 1 else None
    for i in capitalised.get(words[-1], ()):
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            continue  # `Ruiz Foundation`
        if before is not None and before.is_title and before.pos_ == "PROPN" and \
                not before.is_sent_start:
            if fold_words(before.text) != (first,) and \
                    before.lower_.rstrip(".") not in active().honorifics:
                return []  # another bearer: `Tom Ruiz`
            continue
        alone.append((doc[i].idx, doc[i].idx + len(doc[i])))
    return alone


def _capitalised(doc: Doc) -> dict[str, list[int]]:
    """The article's capitalised words, folded, each with the tokens where it stands."""
    index: dict[str, list[int]] = {}
    for tok in doc:
        if tok.is_title:
            folded = tok.lower_ if tok.text.isascii() else next(iter(fold_words(tok.text)), "")
            index.setdefault(folded, []).append(tok.i)
    return index


def _introduced_at(text: str, mentions: list[tuple[int, int]]) -> list[int]:
    """Where the article may introduce the speaker: the first mention, and the first full name
    when a bare surname came first (a headline's `Morgan in school row`, then `Wales's first
    minister has told pupils ... Rhodri Morgan was speaking`)."""
    ordered = sorted(mentions)
    full = next((start for start, end in ordered if " " in text[start:end].strip()), None)
    return [ordered[0][0]] + ([full] if full is not None and full != ordered[0][0] else [])


def describe(doc: Doc, entities: list[SpeakerEntity],
             quotes: list[QuoteSegment]) -> dict[str, Descriptor]:
    """A descriptor per entity key, read from all of the entity's mentions."""
    orgs = Organizations(doc)
    names = _name_index(orgs.ents)
    capitalised = _capitalised(doc)
    recalled = linked_descriptions(doc, orgs.ents, entities, quotes)
    out = {}
    for entity in entities:
        check()
        reader = MentionReader(doc, orgs)
        mentions = _mentions(entity, names, doc, capitalised)
        for start, end in mentions:
            reader.read(start, end)
        if mentions and entity.kind != "organization":
            for start in _introduced_at(orgs.text, mentions):
                reader.read_introduction(start)
            reader.administration(entity.name)
        before = len(reader.roles), len(reader.affiliations)
        for start, end in recalled.descriptions.get(entity.key, []):
            reader.read(start, end, description=True)
        _keep_agreeing_descriptions(reader, *before)
        if mentions:
            reader.read_context(min(mentions)[0])
        reader.roles += [Found(value, None, offsets, NOMINAL, rule=rule)
                         for value, offsets, rule in recalled.held.get(entity.key, [])]
        _not_itself(reader, entity)
        if entity.kind == "organization" and not reader.roles:
            reader.affiliations = [f for f in reader.affiliations if f.weight != TITLE]
        out[entity.key] = _ranked(reader)
    return out

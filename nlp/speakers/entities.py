"""The article's speaker entities: one per person or body, however the article refers to it.

A named source becomes the entity of its fullest name with every occurrence of that name as a
mention; a pronoun or nominal resolved to it adds its own span. Unresolved nominals become
unnamed entities described by their noun phrase (`a senior official`), merged when the same
description recurs (`the senior official`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.records.doc import SpeakerRecord
from nlp.speakers.coreference import Salience
from nlp.speakers.entity_ids import id_words, named_id, unnamed_id
from nlp.speakers.gender import anonymous_person, title_gender
from nlp.speakers.mentions import Mention, party_member
from nlp.speakers.name_spans import name_words
from nlp.speakers.names import Name, NameIndex
from nlp.speakers.nominals import resolve_nominal
from nlp.text.first_names import first_name_gender


@dataclass
class SpeakerEntity:
    """One speaker of the article, gathered over all its mentions."""

    key: str
    name: str | None
    kind: str
    """`person`, `organization` or `unnamed`."""
    descriptor: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def to_record(self) -> SpeakerRecord:
        return SpeakerRecord(key=self.key, name=self.name, kind=self.kind,
                             descriptor=self.descriptor, mentions=list(self.mentions))

    @classmethod
    def from_record(cls, record: SpeakerRecord) -> SpeakerEntity:
        return cls(record["key"], record["name"], record["kind"], record["descriptor"],
                   [(m[0], m[1]) for m in record["mentions"]])


class Speakers:
    """Entities keyed by an internal id (`n:<name words>` or `u:<description>`)."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.doc: Doc = layout.doc
        self.names = NameIndex(self.doc)
        self.salience = Salience(layout)
        self.entities: dict[str, SpeakerEntity] = {}
        self._ids: dict[str, str] = {}
        """Internal id by public key (`s1`...)."""
        for name in list(self.names.names.values()):
            full = self.names.fullest(name.words) or name
            eid, kind = self._id(full), self.names.kind(full)
            namesakes = self._namesakes(name, full)
            if not self._shown_person(full):
                self.salience.doubtful.add(eid)
            for start, end in name.spans:
                first, last = layout.token_range(start, end)
                if first >= last:
                    continue
                titled = self._of_titles_gender(self.doc[first:last], full)
                if titled is not full:
                    self.salience.add_name(first, last - 1, self._id(titled), kind)
                else:
                    self.salience.add_name(first, last - 1, eid, kind, namesakes)
        self.salience.finish()

    def _namesakes(self, name: Name, full: Name) -> tuple[str, ...]:
        """Other people a lone surname may stand for (`Clinton`: Bill as well as Hillary)."""
        if len(name.words) != 1:
            return ()
        return tuple(self._id(n) for n in self.names.by_last.get(name.words[0], ())
                     if len(n.words) > 1 and n.words[0] != full.words[0]
                     and self.names.fullest(n.words) is n)

    def _shown_person(self, full: Name) -> bool:
        """Whether the model labelled any form of the name PERSON, it opens with a clearly
        male or female first name (`Side Watch` does not: census lists know `Side` as both) or
        holds a role word (`Planning Minister`); a title, the other sign, is read by the
        salience itself."""
        return bool(self.names.labels(full).get("PERSON")) \
            or len(full.words) > 1 and first_name_gender(full.words[0]) is not None \
            or any(w in active().role_words for w in full.words)

    @staticmethod
    def _id(name: Name) -> str:
        return named_id(name.words)

    def resolve(self, mention: Mention) -> str | None:
        """The entity id a mention stands for, creating the entity when first met."""
        doc = self.doc
        if mention.kind == "name":
            first, last = self.layout.token_range(mention.start, mention.end)
            span = doc[first:last]
            words = name_words(span, mention.label in ("PERSON", ""))[0]
            full = self.names.fullest(words)
            if full is None:
                self.names.add(span, mention.label)
                full = self.names.fullest(words)
            if full is None:
                return None
            full = self._of_titles_gender(span, full)
            eid = self._id(full)
            if eid not in self.entities:
                self._create(eid, full.text, self.names.kind(full),
                             mentions=self.names.occurrences(full))
            self._add_mention(eid, mention)
            return eid
        token = doc[mention.head]
        if mention.kind == "nominal" and token.text[:1].isupper() and not party_member(token) \
                and token.lower_ in self.names.by_last \
                and token.lower_ not in active().person_descriptions:  # a surname tagged a noun
            return self.resolve(Mention(token.idx, token.idx + len(token), token.i, "name", "",
                                        token.text))
        if mention.kind == "pronoun":
            eid = self.salience.resolve_pronoun(token)
            if eid is not None:
                self.salience.learn_gender(eid, token.lower_)
        else:
            eid = resolve_nominal(self.salience, token)
        if eid is None:
            if mention.kind == "pronoun":
                return None
            return self._unnamed(mention)
        return self._existing(eid, mention)

    def _of_titles_gender(self, span: Span, full: Name) -> Name:
        """`Mr. Clinton` of Hillary and Bill Clinton is Bill: a gendered title picks, among the
        people sharing the surname, those of its gender (shown by their own title or a clear
        first name), the most named of them first."""
        gender = title_gender(self.doc[span.start])
        if gender is None or len(full.words) < 2:
            return full
        people = [n for n in self.names.by_last.get(full.words[-1], ())
                  if len(n.words) > 1 and self.names.fullest(n.words) is n]
        same = [n for n in people if (first_name_gender(n.words[0])
                                      or self.salience.genders.get(self._id(n))) == gender]
        if not same or full in same:
            return full
        return max(same, key=lambda n: (len(n.spans), -n.spans[0][0]))

    def _existing(self, eid: str, mention: Mention) -> str | None:
        """An entity known from salience (a name event) brought into the speaker list."""
        if eid not in self.entities:
            words = id_words(eid)
            full = self.names.names.get(words)
            if full is None:
                return None
            self._create(eid, full.text, self.names.kind(full),
                         mentions=self.names.occurrences(full))
        self._add_mention(eid, mention)
        return eid

    def describe(self, mention: Mention) -> str:
        """The public key of the unnamed speaker a description stands for (`CHAIRMAN:`), with
        no attempt to resolve it to someone named."""
        return self.entities[self._unnamed(mention)].key

    def _unnamed(self, mention: Mention) -> str:
        words = [w for w in mention.text.lower().split() if w not in ("a", "an", "the", "this")]
        eid = unnamed_id(words)
        if eid not in self.entities:
            self._create(eid, None, "unnamed", descriptor=mention.text)
        self._add_mention(eid, mention)
        return eid

    def _create(self, eid: str, name: str | None, kind: str, **fields: Any) -> None:
        """A new entity under `eid`, keyed `s1`, `s2`... in the order they are met."""
        key = f"s{len(self.entities) + 1}"
        self.entities[eid] = SpeakerEntity(key, name, kind, **fields)
        self._ids[key] = eid

    def _add_mention(self, eid: str, mention: Mention) -> None:
        spans = self.entities[eid].mentions
        if (mention.start, mention.end) not in spans:
            spans.append((mention.start, mention.end))
            spans.sort()

    def by_key(self, key: str) -> tuple[str, SpeakerEntity]:
        """Internal id and entity of a public entity key."""
        eid = self._ids[key]
        return eid, self.entities[eid]

    def agrees(self, key: str, pronoun: str) -> bool:
        """Whether the entity `key` may be the one a pronoun cue's source (`she said`) stands
        for: a speaker the context gives such a quote must not contradict its pronoun."""
        eid, entity = self.by_key(key)
        return entity.kind == "unnamed" or self.salience.agrees(eid, pronoun)

    def spoke(self, key: str, token: int) -> None:
        """Record that entity `key` was just quoted, making it the most salient one there."""
        eid, entity = self.by_key(key)
        if entity.kind == "unnamed" and entity.descriptor:
            noun = anonymous_person(entity.descriptor)
            if noun is not None:
                self.salience.anonymous[eid] = noun
        self.salience.add_speaker(token, eid, entity.kind)

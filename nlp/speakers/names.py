"""Every proper name in an article, so that a short mention (`Pompeo`, `Mr. Smith`, `the SDF`)
resolves to the fullest form the article gives (`Mike Pompeo`).

Newswire introduces a person once in full and then uses the surname; titles (`Sen.`, `Mr.`) come and
go. Names are compared as lower-case words without titles, possessives or accents
(`nlp/speakers/name_spans.py`): a mention matches a fuller name with the same last word and, if the
mention has more than one word, the same first word (`nlp/text/names.py`). When several people share
a surname (Bill and Hillary Clinton) the one the article names most often wins, then one whose first
word is a first name (not `Team Trump`), then the one it names first (nearest-mention rules were
tried and lost more than they won: relatives named in passing outnumber the switches). Census
first-name lists (`gender-guesser`) tell a first name from a capitalised job word and keep a
title-case headline's run-together words out of the index.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import ENT_TYPE, IS_TITLE, POS
from spacy.symbols import PROPN as PROPN_ID
from spacy.tokens import Doc, Span

from nlp.budget import check
from nlp.lexicon import active
from nlp.speakers.name_spans import name_start, name_words, on_their_lines
from nlp.text.first_names import first_name_gender, is_first_name
from nlp.text.folding import fold
from nlp.text.names import ends_name, refers_to


@dataclass
class Name:
    """One distinct name form and where the article uses it."""

    words: tuple[str, ...]
    text: str
    labels: dict[str, int] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)


def _headline_end(doc: Doc) -> int:
    """First token after a title-case headline (`Republican Donor Adelson and Trump May Be
    Allies`), where the small model takes capitalised words for names (only its PERSON
    entities and names opening with a first name are kept there); 0 when line 1 reads as a
    sentence."""
    end = doc.text.find("\n")
    if end <= 0:
        return 0
    words = [w for w in doc.text[:end].split() if len(w) > 3]  # `and`, `of` stay lower case
    if len(words) < 3 or sum(w[:1].isupper() for w in words) * 5 < len(words) * 4:
        return 0
    span = doc.char_span(0, end, alignment_mode="expand")
    return span.end if span is not None else 0


def _bare_proper_nouns(doc: Doc) -> list[int]:
    """Capitalised proper nouns outside any entity, read from token arrays (building a Token
    object per word would cost more than the rest of attribution), and the surnames tagged as
    common nouns after them."""
    arr = doc.to_array([POS, IS_TITLE, ENT_TYPE])
    hits = (arr[:, 0] == PROPN_ID) & (arr[:, 1] == 1) & (arr[:, 2] == 0)
    found = [int(i) for i in hits.nonzero()[0]]
    return sorted(found + [i + 1 for i in found if _surname_as_noun(doc, i + 1)])


def _surname_as_noun(doc: Doc, i: int) -> bool:
    """A surname the tagger took for a common noun after the first name hung on it (`Dinesh
    D'Souza`), so that the lone surname later finds the full name."""
    lex = active()
    if i >= len(doc):
        return False
    tok = doc[i]
    return tok.tag_ == "NN" and tok.is_title and not tok.ent_type_ and not tok.is_sent_start \
        and doc[i - 1].head.i == i and doc[i - 1].dep_ == "compound" \
        and tok.lower_ not in lex.role_words


def _proper_runs(bare: list[int]) -> list[tuple[int, int]]:
    """Runs of two or more such nouns: full names the small model did not recognise (`Adel
    Nefzi`), so that a later surname still finds them."""
    runs = []
    start = prev = None
    for i in bare + [-2]:
        if prev is not None and i == prev + 1:
            prev = i
            continue
        if start is not None and prev - start >= 1:
            runs.append((start, prev + 1))
        start = prev = i
    return runs


def _one_person(fits: list[Name], words: tuple[str, ...]) -> list[Name]:
    """`Doe and Roe worked`: two people, not a fuller Roe."""
    single = [n for n in fits if "and" not in n.words]
    return single if single and "and" not in words else fits


def _most_named_first(fits: list[Name]) -> list[Name]:
    """Of several people sharing a surname, those of the first name the article names most,
    then a census first name (`Team Trump` yields), then the one named first; lone surnames
    stay."""
    count: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for n in fits:
        if len(n.words) > 1:
            f = n.words[0]
            count[f] = count.get(f, 0) + len(n.spans)
            first_at[f] = min(first_at.get(f, n.spans[0][0]), n.spans[0][0])
    if len(count) <= 1:
        return fits
    best = max(count, key=lambda f: (count[f], is_first_name(f), -first_at[f]))
    return [n for n in fits if n.words[0] == best or len(n.words) == 1]


class NameIndex:
    """The article's names, grouped under their fullest forms: named entities, runs of proper
    nouns the model missed, and lone surnames of names already known."""

    def __init__(self, doc: Doc) -> None:
        lex = active()
        self.doc = doc
        self.names: dict[tuple[str, ...], Name] = {}
        self.by_last: dict[str, list[Name]] = {}
        self.by_ends: dict[tuple[str, str], list[Name]] = {}
        """Names by (first word, last word): what a mention of two words or more can refer to,
        found without going through everyone who shares the surname."""
        self.full_surnames: set[str] = set()
        """Surnames of the names of two words or more."""
        headline = _headline_end(doc)
        ents = on_their_lines(doc.ents)
        for ent in ents:
            if ent.label_ in lex.name_labels and (ent.start >= headline or ent.label_ == "PERSON"):
                self._add_entity(ent)
            elif ent.label_ in lex.name_labels:
                self._add_headline_name(ent)
        for ent in ents:
            if ent.label_ not in lex.name_labels:
                self._add_person_inside(ent)
        bare = _bare_proper_nouns(doc)
        for start, end in _proper_runs(bare):
            if start >= headline:
                self.add(doc[start:end], "")
            else:
                self._add_headline_name(doc[start:end])
        for i in bare:
            tok = doc[i]
            if tok.lower_ in self.full_surnames \
                    and not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN") \
                    and not (i > 0 and doc[i - 1].pos_ == "PROPN"):
                self.add(doc[i:i + 1], "")
        self._groups: dict[tuple[str, ...], list[Name]] | None = None

    def _add_headline_name(self, span: Span) -> None:
        """In a title-case headline, only a first name and the word after it (`Cecile Richards:
        ‘…’`, not `Carly Fiorina Endorses`), with a middle initial if any."""
        first = span[0]
        if first.is_stop or not first.is_title or not is_first_name(first.lower_):
            return
        end = first.i + 1
        if end < span.end and len(self.doc[end].text) <= 2 and self.doc[end].text.endswith("."):
            end += 1  # `Vladimir V. Putin`
        if end < span.end and self.doc[end].is_title:
            self.add(self.doc[first.i:end + 1], "PERSON")

    def _add_person_inside(self, ent: Span) -> None:
        """A person the small model took for a product, place or title (`Cornel West` as a
        PRODUCT, `The Jane Doe Show`): a first name and the proper noun after it, so that the
        surname used later (`West said`) finds its full name. Only when the article names no
        one else with that surname: `The Pete Doe Show` does not outvote `Peter Doe`."""
        lex = active()
        for tok in ent[:-1]:
            nxt = self.doc[tok.i + 1]
            if tok.pos_ == "PROPN" and tok.is_title and not tok.is_stop \
                    and is_first_name(tok.lower_) and tok.lower_ not in lex.us_state_names \
                    and fold(nxt.lower_) not in self.full_surnames:
                self._add_headline_name(self.doc[tok.i:ent.end])
                return

    def _add_entity(self, ent: Span) -> None:
        """An entity, and the names the small model ran together in it: `Lehigh, Bruce Turry`,
        `Deborah Jordan Reynolds - Santilli's`; a surname it labelled alone as a place or body
        takes the first name before it (`Rosette [Pambakian]`)."""
        lex = active()
        doc = self.doc
        first = ent.start
        if len(ent) == 1 and ent.label_ != "PERSON" and first > 0:
            prev = doc[first - 1]
            if prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ \
                    and prev.head.i == first and is_first_name(prev.lower_) \
                    and prev.lower_ not in lex.us_state_names:
                self.add(doc[first - 1:ent.end], "PERSON")
                return
        self.add(ent, ent.label_)
        cuts = [t.i for t in ent if t.text == "," or t.text in lex.dashes and t.whitespace_]
        for lo, hi in zip([ent.start] + [c + 1 for c in cuts], cuts + [ent.end]):
            if hi - lo >= 2:
                piece = doc[lo:hi]
                self.add(piece, "PERSON" if is_first_name(piece[0].lower_) else "")

    def add(self, span: Span, label: str) -> Name | None:
        """Record one occurrence of a name (entities, and proper-noun chains found as sources)."""
        lex = active()
        if label == "PERSON":
            span = self.doc[name_start(self.doc, span.start, span.end):span.end]
        words, start, end = name_words(span, label in ("PERSON", ""))
        tokens = self.doc[start:end]
        if not words or any(t.text in lex.versus for t in tokens) \
                or not any(t.text[:1].isupper() for t in tokens):
            return None
        name = self.names.get(words)
        if name is None:
            name = self.names[words] = Name(words, " ".join(self.doc[start:end].text.split()))
            self.by_last.setdefault(words[-1], []).append(name)
            self.by_ends.setdefault((words[0], words[-1]), []).append(name)
            if len(words) > 1:
                self.full_surnames.add(words[-1])
            self._groups = None
        occurrence = (self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))
        if occurrence not in name.spans:
            name.spans.append(occurrence)
            name.labels[label] = name.labels.get(label, 0) + 1
            self._groups = None
        return name

    def fullest(self, words: tuple[str, ...]) -> Name | None:
        """The fullest name a mention with these words refers to (`nlp.text.names.refers_to`;
        a lone first name stands for the one person with it), one person rather than a pair
        (`Doe and Roe`), the most named of several with that surname, then the longest, most
        named, first named form."""
        if not words:
            return None
        check()
        fits = self._fits(words)
        if not fits:
            return self.names.get(words)
        fits = _most_named_first(_one_person(fits, words))
        return max(fits, key=lambda n: (len(n.words), len(n.spans), -n.spans[0][0]))

    def _fits(self, words: tuple[str, ...]) -> list[Name]:
        """Names `words` can stand for: same surname (and first word); a surname opening with
        a particle at the end of a fuller name (`van der Berg`, `de Blasio`); else a lone first
        or family name that opens the full names of one person only (`Peter`, `Xi`)."""
        same = self.by_last.get(words[-1], ()) if len(words) == 1 else \
            self.by_ends.get((words[0], words[-1]), ())
        fits = [n for n in same if refers_to(words, n.words)]
        if len(words) > 1 and words[0] in active().name_particles:
            fits += [n for n in self.by_last.get(words[-1], ())
                     if len(n.words) > len(words) and ends_name(words, n.words)]
        if len(words) != 1 or any(len(n.words) > 1 for n in fits):
            return fits
        opening = [n for n in self.names.values() if len(n.words) >= 2 and n.words[0] == words[0]
                   and (n.labels.get("PERSON") or n.labels.get(""))]
        return opening if len({n.words[-1] for n in opening}) == 1 else fits

    def kind(self, name: Name) -> str:
        """`person` or `organization`. A full name the model once labelled PERSON is a person
        (the small model often calls a lone `Trump` or `Fiorina` an ORG); otherwise the label
        its forms were given most often decides. A party's name (`New Labour`, `Scottish
        Labour`: a party word after no first name) is a body whatever the model said."""
        if len(name.words) > 1 and name.words[-1] in active().parties \
                and not is_first_name(name.words[0]):
            return "organization"
        if len(name.words) > 1 and (name.labels.get("PERSON") or first_name_gender(
                name.words[0]) and len(name.words) == 2):
            return "person"  # `Carly Fiorina`, labelled a body: a clear first name tells
        labels = self.labels(name)
        if not labels:
            return "person"
        person = labels.get("PERSON", 0) + labels.get("", 0)
        return "person" if person * 2 >= sum(labels.values()) else "organization"

    def labels(self, name: Name) -> dict[str, int]:
        """How often the model gave each label to any form of this person's or body's name."""
        labels: dict[str, int] = {}
        for n in self._members(name):
            for label, count in n.labels.items():
                labels[label] = labels.get(label, 0) + count
        return labels

    def occurrences(self, name: Name) -> list[tuple[int, int]]:
        """Every span where the article names this person or body, in any of its forms."""
        return sorted(s for n in self._members(name) for s in n.spans)

    def _members(self, name: Name) -> list[Name]:
        if self._groups is None:
            groups: dict[tuple[str, ...], list[Name]] = {}
            for n in self.names.values():
                full = self.fullest(n.words)
                groups.setdefault(full.words if full else n.words, []).append(n)
            self._groups = groups
        return self._groups.get(name.words, [name])

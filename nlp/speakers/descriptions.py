"""Definite descriptions (`the businessman`, `the Vermont senator`) tied to the person they recall.

Newswire names a person and then refers back with a role noun: `Trump's speech ... and the brash
billionaire did not disappoint`, `families urged the Vermont senator to apologize`. When that is
the only place the article gives a role, the speaker's descriptor needs it. A description is tied
to the last person named before it, in its sentence or the two before, if that person is one of the
article's speakers. Names come from attribution's mentions (which know `Trump` is a person where
the tagger may not), the tagger's people and speakers' surnames (when no two share one). A name in
the description's sentence that is the subject of a clause holding it is someone else (`Axelrod
called the Fox News chief brilliant`, `Hollande said, noting the Republican nominee ...`, `Obama,
who called the nominee unfit`: a writer would say `he`), and so is one inside the description
(`the Bush family pastor`); an object or owner can be recalled (`Christie endorsed Trump and
stood at the billionaire's side`). Descriptions inside quotes, in titles (`the senator John
Smith`), with an owner (`her senior adviser`) or an apposition are left out, as is `the
president`, which in political news usually means the sitting one whoever was named last. These
links are the weakest evidence (read as nominal mentions, ranked last).

A role the speaker held is also read from an `as` phrase on something they own (`Clinton defended
her record as secretary of state`, `Smith's years as mayor`), `his`/`her` standing for the person
named last before it in the sentence.
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import numpy
from spacy.attrs import LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from nlp.descriptors.roles import is_role_head, role_text
from nlp.lexicon import Lexicon, active
from nlp.quotes.segments import QuoteSegment
from nlp.speakers.entities import SpeakerEntity
from nlp.text.folding import fold_words
from nlp.text.names import NameLookup

_SENTENCES_BACK = 2


@lru_cache(maxsize=8)
def _role_hashes(lex: Lexicon) -> numpy.ndarray:
    """Lower-case forms of the role heads `_description` accepts, as the hashes `Doc.to_array`
    reads, so only their tokens (not the whole Doc) are looked at; once per lexicon."""
    return numpy.array(sorted({hash_string(w + dot) for w in lex.role_words
                               for dot in ("", ".")}), dtype="uint64")


_AS = numpy.uint64(hash_string("as"))


def _description(tok: Token) -> bool:
    lex = active()
    if tok.pos_ != "NOUN" or tok.lower_ in lex.ambiguous_descriptions \
            or not is_role_head(tok, strict=True):
        return False
    lefts = list(tok.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return False
    if any(c.dep_ == "poss" for c in lefts) or any(c.dep_ == "appos" for c in tok.rights):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.pos_ != "PROPN"


Named = tuple[int, int, str | None]
"""(end, start, speaker key or None): a person named in the article, where."""


class Recalled(NamedTuple):
    """What the article says of its speakers away from their names."""

    descriptions: dict[str, list[tuple[int, int]]]
    """Character spans of definite descriptions, by the key of the speaker each recalls."""
    held: dict[str, list[tuple[str, tuple[int, int], str]]]
    """Roles read here rather than by the mention reader (which skips owners): from `her record
    as secretary of state` (`held_role`) and owner descriptions (`the billionaire's standing`:
    `owned_description`), as the role's text, offsets and rule, by speaker key."""


def linked_descriptions(doc: Doc, ents: list[Span], entities: list[SpeakerEntity],
                        quotes: list[QuoteSegment]) -> Recalled:
    """Definite descriptions and `as` roles, by the key of the speaker each is about (`ents`:
    the Doc's entities, listed once by the caller)."""
    out = Recalled({}, {})
    speakers = [(fold_words(e.name), e.key) for e in entities if e.kind == "person" and e.name]
    if not speakers:
        return out
    named = [(m_end, m_start, e.key) for e in entities if e.kind == "person"
             for m_start, m_end in e.mentions]
    named_as = NameLookup(speakers)
    named += [(p.end_char, p.start_char, named_as.first(fold_words(p.text)))
              for p in ents if p.label_ == "PERSON"]
    candidates, held = _scan(doc, speakers, named)
    if not candidates and not held:
        return out
    linker = _Linker(doc, sorted(named, key=lambda n: n[:2]), quotes)
    for tok in candidates:
        linker.description(tok, out)
    for owner, value, offsets in held:
        key = None if linker.in_quote(owner) else linker.owner(owner)
        if key is not None:
            out.held.setdefault(key, []).append((value, offsets, "held_role"))
    return out


def _scan(doc: Doc, speakers: list[tuple[tuple[str, ...], str]], named: list[Named],
          ) -> tuple[list[Token], list[tuple[Token, str, tuple[int, int]]]]:
    """Description candidates and held roles, from the few tokens that can be one (role nouns,
    `as`); lone surnames of speakers (when no two share one) are added to `named` on the way."""
    last = Counter(name[-1] for name, _ in speakers)
    by_hash = {hash_string(name[-1]): key for name, key in speakers if last[name[-1]] == 1}
    surname_hashes = numpy.array(list(by_hash), dtype="uint64")
    pos, lower = doc.to_array([POS, LOWER]).T
    candidates, held = [], []
    roles = (pos == NOUN) & numpy.isin(lower, _role_hashes(active()))
    for i in numpy.flatnonzero(roles | (lower == _AS)
                               | (pos == PROPN) & numpy.isin(lower, surname_hashes)):
        tok = doc[int(i)]
        if tok.pos == PROPN:
            named.append((tok.idx + len(tok), tok.idx, by_hash[tok.lower]))
        elif _description(tok):
            candidates.append(tok)
        elif tok.lower_ == "as" and tok.dep_ == "prep":
            found = _held_role(tok)
            if found is not None:
                held.append(found)
    return candidates, held


class _Linker:
    """Ties descriptions and owners to the speakers named before them."""

    def __init__(self, doc: Doc, named: list[Named], quotes: list[QuoteSegment]) -> None:
        self.doc = doc
        self.named = named
        self.ends = [end for end, _, _ in named]
        self.quoted = sorted((q.start, q.end) for q in quotes)
        self.starts = [s for s, _ in self.quoted]

    def in_quote(self, tok: Token) -> bool:
        k = bisect.bisect_right(self.starts, tok.idx) - 1
        return k >= 0 and self.quoted[k][0] <= tok.idx < self.quoted[k][1]

    def owner(self, owner: Token) -> str | None:
        return _owner(owner, self.named, bisect.bisect_right(self.ends, owner.idx))

    def description(self, tok: Token, out: Recalled) -> None:
        """A description's span for its speaker; one that owns something (`the billionaire's
        standing`) gives a held role instead, as the mention reader skips owners."""
        if self.in_quote(tok):
            return
        doc = self.doc
        key = _antecedent(doc, tok, self.named, bisect.bisect_right(self.ends, tok.idx) - 1)
        if key is None:
            return
        np_start = min([c.left_edge.i for c in tok.lefts] + [tok.i])
        if tok.dep_ != "poss":
            out.descriptions.setdefault(key, []).append((doc[np_start].idx, tok.idx + len(tok)))
            return
        role = [tok]
        while role[0].i > np_start and doc[role[0].i - 1].is_lower and \
                doc[role[0].i - 1].pos_ in ("ADJ", "NOUN"):
            role.insert(0, doc[role[0].i - 1])
        out.held.setdefault(key, []).append((*_with_complement(role), "owned_description"))


def _offsets(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _held_role(prep: Token) -> tuple[Token, str, tuple[int, int]] | None:
    """`her record as secretary of state`, `Smith's tenure as governor`: the owner of the noun of
    time served the `as` phrase hangs on, and the role."""
    lex = active()
    noun = prep.head
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    role = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun.lower_ not in lex.service_nouns or owner is None or role is None or role.ent_type_ or \
            not is_role_head(role, strict=True):
        return None
    value, offsets = _with_complement([role])
    return owner, value, offsets


def _with_complement(role: list[Token]) -> tuple[str, tuple[int, int]]:
    """A role's text and offsets, with the `of` complement that belongs to it (`secretary of
    state`)."""
    lex = active()
    head = role[-1]
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    complement = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if complement is not None and complement.lower_ in lex.role_of_complements:
        return f"{role_text(role)} of {complement.lower_}", _offsets(role + [complement])
    return role_text(role), _offsets(role)


def _owner(owner: Token, named: list[tuple[int, int, str | None]], j: int) -> str | None:
    """The speaker an owner names (`Smith's`) or, for `his`/`her`, the person named last
    before it in its sentence (`Clinton defended her record`)."""
    if owner.pos_ == "PROPN":
        if j < len(named) and named[j][1] <= owner.idx:
            return named[j][2]
        return None
    if owner.lower_ not in ("his", "her") or j == 0:
        return None
    _, start, key = named[j - 1]
    return key if start >= owner.sent.start_char else None


def _antecedent(doc: Doc, tok: Token, named: list[tuple[int, int, str | None]],
                j: int) -> str | None:
    """The speaker a description recalls: the last person named before it (`named[j]`), within
    its sentence and the two before; None if that person is not a speaker, is named inside the
    description (`the Bush family pastor`) or is the subject of a clause holding it."""
    if j < 0:
        return None
    end, start, key = named[j]
    sent = tok.sent
    earliest = sent.start
    for _ in range(_SENTENCES_BACK):
        if earliest == 0:
            break
        earliest = doc[earliest - 1].sent.start
    if key is None or start < doc[earliest].idx or start >= tok.left_edge.idx:
        return None
    if start < sent.start_char:
        return _topic(doc, named, j)
    if _commands(doc.char_span(start, end, alignment_mode="expand"), tok):
        return None
    return key


def _topic(doc: Doc, named: list[tuple[int, int, str | None]], j: int) -> str | None:
    """Who a description opening a later sentence recalls: the speaker who is the subject of the
    main verb of the sentence that named someone last (`Rubio is launching his bid in Florida,
    where Trump leads. The Florida senator ...` -> Rubio), else the person named last."""
    last = doc.char_span(named[j][1], named[j][0], alignment_mode="expand")
    if last is None:
        return named[j][2]
    sent = last.sent
    k = j
    while k >= 0 and named[k][1] >= sent.start_char:
        mention = doc.char_span(named[k][1], named[k][0], alignment_mode="expand")
        if mention is not None and len(mention):
            head = mention.root
            while head.dep_ in ("poss", "compound") and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == sent.root.i and \
                    head.i == mention.root.i and named[k][2] is not None:
                return named[k][2]
        k -= 1
    return named[j][2]


def _commands(mention: Span | None, tok: Token) -> bool:
    """Whether a name is the subject of a clause that holds `tok` (reached without crossing a
    joined clause with its own subject), or `tok` sits in the name's own relative clause."""
    if mention is None or not len(mention):
        return False
    head = mention.root
    while head.dep_ in ("poss", "compound") and head.head.i != head.i:
        head = head.head
    if tok.dep_ == "appos" and tok.head.i == head.i:
        return False
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and tok.dep_ in ("attr", "oprd") and tok.head.i == verb.i:
        return False
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "relcl" and node.head.i == head.i:
            return True
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        node = node.head
        if verb is not None and node.i == verb.i:
            return True
    return False

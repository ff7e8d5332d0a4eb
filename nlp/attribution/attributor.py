"""Speaker attribution: who said each quote segment, through which cue, and how sure we are.

Quotes are read in order, as a reader would. A quote whose sentence holds a speech cue takes
the cue's source (`explicit_cue`; `coreference` when that source is a pronoun or nominal resolved
to a named speaker). A quote without one takes its speaker from the context: a lead-in sentence
ending with a colon or introducing the speaker just before (`adjacent_sentence`), or the speaker
of the paragraph's previous quote, or of the previous paragraph when the quote opens its own
(`paragraph_speaker`). Paragraph pieces of one multi-paragraph quote share the speaker of their
first attributed piece (`multi_paragraph`): newswire gives the cue in the first paragraph.
Confidences per method are in `nlp/attribution/attribution.py`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.attribution.attribution import CONFIDENCE, NONE, Attribution
from nlp.cues.cue import Cue
from nlp.cues.cue_rules import find_cue
from nlp.cues.nearby import before_party_tag
from nlp.cues.sources import source_of
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.quotes.segments import QuoteSegment
from nlp.speakers.entities import SpeakerEntity, Speakers
from nlp.speakers.mentions import Mention, mention_for

_SENTENCE_ENDS = (".", "!", "?", ":")


class _Attributor:
    def __init__(self, doc: Doc, quotes: list[QuoteSegment]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.layout = Layout(doc, quotes)
        self.speakers = Speakers(self.layout)
        self.results: list[Attribution] = []

    def run(self) -> list[Attribution]:
        for qi, quote in enumerate(self.quotes):
            att = self._attribute(qi) if quote.is_speech else NONE
            self.results.append(att)
            if att.entity is not None:
                hi = self.layout.token_range(quote.start, quote.end)[1]
                self.speakers.spoke(att.entity, max(hi - 1, self._mention_token(att)))
        self._unify_groups()
        return self.results

    def _mention_token(self, att: Attribution) -> int:
        if att.mention is None:
            return 0
        lo, hi = self.layout.token_range(*att.mention)
        return max(lo, hi - 1)

    def _attribute(self, qi: int) -> Attribution:
        cue = find_cue(self.layout, qi)
        if cue is not None and cue.source is not None:
            method = "governing_verb" if cue.how == "governing_verb" else "explicit_cue"
            att = self._from_source(self.doc[cue.source], cue, method)
            if att is not None and att.entity is not None:
                if self._entity(att).kind == "unnamed":
                    return self._lead_in(qi) or att
                return att
        att = self._from_context(qi)
        if att is not None and cue is not None and att.cue is None:
            att = Attribution(att.entity, att.mention, (cue.start, cue.end), att.method,
                              att.confidence)
        if att is not None:
            return att
        if cue is None:
            return NONE
        return Attribution(None, None, (cue.start, cue.end), "cue_only", 0.1)

    def _from_source(self, token: Token, cue: Cue | None, method: str) -> Attribution | None:
        lex = active()
        mention = mention_for(token) or self._known_surname(token)
        if mention is None or self.layout.quoted(self.doc[mention.head]):
            return None  # `the "countless Americans" who are "victims"`: quoted words say nothing
        if method == "governing_verb" and mention.kind == "nominal" \
                and self.doc[mention.head].lemma_.lower() not in lex.source_nouns:
            return None
        eid = self.speakers.resolve(mention)
        cue_span = (cue.start, cue.end) if cue is not None else None
        if eid is None:
            return Attribution(None, (mention.start, mention.end), cue_span, "unresolved", 0.1)
        if mention.kind != "name" and eid.startswith("n:"):
            method = "coreference"
        return Attribution(self.speakers.entities[eid].key, (mention.start, mention.end), cue_span,
                           method, CONFIDENCE[method])

    def _known_surname(self, token: Token) -> Mention | None:
        """`Doe describes himself as`: a capitalised word the tagger took for a verb or adverb
        is the person when the article elsewhere gives it as the surname of a full name."""
        if not token.is_title or token.pos_ in ("NOUN", "PROPN", "PRON") \
                or self.layout.quoted(token) or not any(
                len(n.words) > 1 and n.labels.get("PERSON")
                for n in self.speakers.names.by_last.get(token.lower_, ())):
            return None
        return Mention(token.idx, token.idx + len(token), token.i, "name", "PERSON", token.text)

    def _from_context(self, qi: int) -> Attribution | None:
        layout = self.layout
        quote = self.quotes[qi]
        lo, _ = layout.token_range(quote.start, quote.end)
        if lo >= len(self.doc):
            return None
        para = layout.paragraph(quote.start)
        signed = self._signature(quote, para)
        if signed is not None:
            return signed
        opens_paragraph = not layout.text[layout.para_starts[para]:quote.start].strip(" \"'“‘")
        prev = self._preceding(lo)
        if prev is not None:
            # from its first word: the parser may start it with the last paragraph's mark
            words = [t for t in prev if not (t.is_punct or t.is_space)]
            prev_para = layout.paragraph_of(words[0] if words else prev[0])
            lead_in = prev.text.rstrip().endswith(":")
            if prev_para == para or (lead_in and prev_para == para - 1 and opens_paragraph):
                att = self._from_sentence(prev, need_cue=not lead_in and prev_para != para)
                if att is not None and (lead_in or not self._has_quote(prev)):
                    return att
        earlier = self._previous_speaker(qi, para, opens_paragraph)
        if earlier is not None:
            return earlier
        if prev is not None and not self._has_quote(prev):
            starts = layout.para_starts
            end = starts[para + 1] if para + 1 < len(starts) else len(layout.text)
            alone = opens_paragraph and not layout.text[quote.end:end].strip(" \n\"'”’.,")
            # a quote that is its whole paragraph follows the one who was just introduced
            return self._from_sentence(prev, need_cue=not alone)
        return None

    def _lead_in(self, qi: int) -> Attribution | None:
        """`Pollsters agree - Carl Bialik: "…"`: a name right before the colon that opens the
        quote is its speaker, over a common noun a speech verb earlier in the line has for its
        source."""
        lo, _ = self.layout.token_range(self.quotes[qi].start, self.quotes[qi].end)
        i = lo - 1
        while i > 0 and (self.doc[i].is_quote or self.doc[i].is_space):
            i -= 1
        if i < 1 or self.doc[i].text != ":":
            return None
        name = self.doc[before_party_tag(self.doc, i - 1)]
        if not _introduced(name):
            return None
        att = self._from_source(name, None, "adjacent_sentence")
        return att if att is not None and att.entity is not None else None

    def _signature(self, quote: QuoteSegment, para: int) -> Attribution | None:
        """A quote that ends its paragraph, signed in the next one: `— Bernie Sanders`."""
        lex = active()
        layout = self.layout
        text = layout.text
        if para + 1 >= len(layout.para_starts):
            return None
        start = layout.para_starts[para + 1]
        if text[quote.end:start].strip(" \n\"'”’.,") or text[start:start + 1] not in lex.dashes:
            return None
        lo, hi = layout.token_range(start, start + 60)
        for tok in self.doc[lo:hi]:
            if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
                head = tok
                while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                    head = head.head
                return self._from_source(head, None, "signature")
        return None

    def _preceding(self, lo: int) -> Span | None:
        """The sentence before the quote's. When the parser glued a finished sentence or a
        lead-in (`X wrote:`, even across a paragraph break) onto the quote's sentence, that
        stretch before the quote stands in for it."""
        layout = self.layout
        si = layout.sent_of[lo]
        sent = layout.sents[si]
        i = lo - 1
        while i >= sent.start and (self.doc[i].is_space or self.doc[i].is_quote):
            i -= 1
        if i >= sent.start and self.doc[i].text in _SENTENCE_ENDS \
                and not layout.quoted(self.doc[i]):
            first = sent.start  # from the lead-in's own paragraph: `…" | Jane Doe added: | "…`
            end_para = layout.paragraph_of(self.doc[i])
            while first < i and (layout.paragraph_of(self.doc[first]) != end_para
                                 or self.doc[first].is_space):
                first += 1
            return self.doc[first:i + 1]
        return layout.sents[si - 1] if si > 0 else None

    def _has_quote(self, sent: Span) -> bool:
        return any(self.layout.quoted(t) for t in sent)

    def _from_sentence(self, sent: Span, need_cue: bool) -> Attribution | None:
        """The speaker a sentence introduces: a name just before its closing colon (`Stated
        Stone:`, `Donald Trump:`), a speech verb's source, else its main subject."""
        layout = self.layout
        last = sent[-1]
        while last.i > sent.start and last.is_space:
            last = self.doc[last.i - 1]
        named = self.doc[before_party_tag(self.doc, last.i - 1)] if last.i > sent.start else None
        if last.text == ":" and named is not None and named.i >= sent.start and (
                _introduced(named) or _medium(named)):
            att = self._from_source(named, None, "adjacent_sentence")
            if att is not None and att.entity is not None and self._entity(att).kind != "unnamed":
                return att
        for tok in sent:
            if not layout.quoted(tok) and is_cue(tok):
                src = source_of(tok, layout)
                if src is not None:
                    att = self._from_source(src, None, "adjacent_sentence")
                    if att is not None and att.entity is not None:
                        return att
        if need_cue:
            return None
        root = sent.root
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not layout.quoted(child):
                att = self._from_source(child, None, "adjacent_sentence")
                if att is not None and att.entity is not None and \
                        self._entity(att).kind != "unnamed":
                    return att
        return None

    def _entity(self, att: Attribution) -> SpeakerEntity:
        return self.speakers.by_key(att.entity)[1]

    def _previous_speaker(self, qi: int, para: int, opens_paragraph: bool) -> Attribution | None:
        """The last speech quote's speaker, in this paragraph or (if the quote opens one) in the
        one before."""
        for pj in range(qi - 1, -1, -1):
            prev_q, prev_att = self.quotes[pj], self.results[pj]
            if not prev_q.is_speech:
                continue
            prev_para = self.layout.paragraph(prev_q.start)
            if prev_para == para or (opens_paragraph and prev_para == para - 1):
                if prev_att.entity is None:
                    return None
                return Attribution(prev_att.entity, prev_att.mention, None, "paragraph_speaker",
                                   CONFIDENCE["paragraph_speaker"])
            return None
        return None

    def _unify_groups(self) -> None:
        groups: dict[int, list[int]] = {}
        for qi, quote in enumerate(self.quotes):
            if quote.group is not None and quote.is_speech:
                groups.setdefault(quote.group, []).append(qi)
        for members in groups.values():
            lead = next((self.results[qi] for qi in members if self.results[qi].entity), None)
            if lead is None:
                continue
            for qi in members:
                if self.results[qi].entity != lead.entity:
                    self.results[qi] = Attribution(lead.entity, lead.mention, lead.cue,
                                                   "multi_paragraph", CONFIDENCE["multi_paragraph"])


def _introduced(token: Token) -> bool:
    """A name before a lead-in's colon that introduces the speaker (`Stated Stone:`), not the
    place, day or listener a clause ends on (`… on Tuesday:`, `… to the newspaper NRC:`)."""
    lex = active()
    if token.pos_ != "PROPN" or token.ent_type_ in lex.numeric_or_place_labels:
        return False
    first = token.i
    while first > 0 and token.doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first > 0 and token.doc[first - 1].text in lex.dashes:
        return True  # a digest's `Pollsters under fire - Jane Doe:`
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        return True  # `More from Jane Doe:`
    return token.dep_ not in ("pobj", "dative")


def _medium(token: Token) -> bool:
    """`From Bush's Facebook post:`: a lead-in ending on what someone speaks through, whose
    author (`_author` in nlp/speakers/mentions.py) introduces the quote."""
    lex = active()
    return token.pos_ == "NOUN" and token.lemma_.lower() in lex.medium_nouns


def attribute(doc: Doc, quotes: list[QuoteSegment],
              ) -> tuple[list[SpeakerEntity], list[Attribution]]:
    """One attribution per quote segment, aligned by index, and the entities they name."""
    attributor = _Attributor(doc, quotes)
    attributions = attributor.run()
    return list(attributor.speakers.entities.values()), attributions

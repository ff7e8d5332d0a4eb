"""Speaker attribution: who said each quote segment, through which cue, and how sure we are.

Quotes are read in order, as a reader would. A quote whose sentence holds a speech cue takes
the cue's source (`explicit_cue`; `coreference` when that source is a pronoun or nominal resolved
to a named speaker). A quote without one takes its speaker from the context: a lead-in sentence
ending with a colon or introducing the speaker just before (`adjacent_sentence`), or the speaker
of the paragraph's previous quote, or of the previous paragraph when the quote opens its own
(`paragraph_speaker`); see `nlp/attribution/context.py`. Paragraph pieces of one multi-paragraph
quote share the speaker of their first attributed piece (`multi_paragraph`): newswire gives the cue
in the first paragraph. Last, a headline's or lede's quote without a named speaker takes the speaker
of the first later quote holding the same words (`same_words_later`), and so does a quote
that is a whole paragraph by itself or sits on a headline-like line further down; a headline
quote still without one takes the source of the lede's cue that states its words
(`headline_claim`, `nlp/attribution/headline_claims.py`).

`ATTRIBUTION_RULES`, in order: `cue_source` (the cue's source, `nlp/cues/`), `context`, `cue_only`
(a cue, no speaker); none: not attributed.
Confidences per method are in `nlp/attribution/attribution.py`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from nlp.attribution.attribution import CONFIDENCE, NONE, Attribution
from nlp.attribution.context import from_context, lead_in_colon
from nlp.attribution.headline_claims import credit_headline_claims
from nlp.attribution.named_later import credit_named_later
from nlp.cues.cue import Cue
from nlp.cues.cue_rules import find_cue
from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.quotes.segments import QuoteSegment
from nlp.quotes.wording import on_title_line
from nlp.rules import NOTHING, Nothing, first, tracing
from nlp.speakers.entities import SpeakerEntity, Speakers
from nlp.speakers.entity_ids import NAMED
from nlp.speakers.mentions import Mention, mention_for
from nlp.text.folding import fold_words, shares_words

ECHO_PARAGRAPHS = 3
"""The paragraphs a headline, standfirst and lede take at the top of an article."""
ECHO_QUOTES = 8
_MARKS = " \"'“”‘’"


class Attributor:
    """Reads an article's quotes in order, attributing each (`ATTRIBUTION_RULES`) and keeping
    the speakers it meets salient for the next."""

    def __init__(self, doc: Doc, quotes: list[QuoteSegment]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.layout = Layout(doc, quotes)
        self.speakers = Speakers(self.layout)
        self.results: list[Attribution] = []

    def run(self) -> list[Attribution]:
        for qi, quote in enumerate(self.quotes):
            with tracing(quote.trace):
                att = self._attribute(qi) if quote.is_speech else NONE
            self.results.append(att)
            if att.entity is not None:
                hi = self.layout.token_range(quote.start, quote.end)[1]
                self.speakers.spoke(att.entity, max(hi - 1, self._mention_token(att)))
        self._unify_groups()
        self._echo_later_speakers()
        credit_named_later(self, ECHO_QUOTES)
        credit_headline_claims(self, ECHO_QUOTES)
        return self.results

    def _mention_token(self, att: Attribution) -> int:
        if att.mention is None:
            return 0
        lo, hi = self.layout.token_range(*att.mention)
        return max(lo, hi - 1)

    def _attribute(self, qi: int) -> Attribution:
        att, _ = first(ATTRIBUTION_RULES, _Quote(self, qi), "attribution")
        return NONE if att is None else att

    def from_source(self, token: Token, cue: Cue | None, method: str,
                    rule: str = "") -> Attribution | None:
        """The attribution to the speaker a source token stands for, by `method` (`coreference`
        when a pronoun or nominal stands for a named speaker)."""
        mention = mention_for(token) or self._known_surname(token)
        if mention is None or self.layout.quoted(self.doc[mention.head]):
            return None  # `the "countless Americans" who are "victims"`: quoted words say nothing
        if method == "governing_verb" and mention.kind == "nominal" \
                and self.doc[mention.head].lemma_.lower() not in active().source_nouns:
            return None
        eid = self.speakers.resolve(mention)
        cue_span = (cue.start, cue.end) if cue is not None else None
        if eid is None:
            return Attribution(None, (mention.start, mention.end), cue_span, "unresolved", 0.1,
                               rule, mention.kind)
        if mention.kind != "name" and eid.startswith(NAMED):
            method = "coreference"
        return Attribution(self.speakers.entities[eid].key, (mention.start, mention.end), cue_span,
                           method, CONFIDENCE[method], rule, mention.kind)

    def _known_surname(self, token: Token) -> Mention | None:
        """`Doe describes himself as`: a capitalised word the tagger took for a verb or adverb
        is the person when the article elsewhere gives it as the surname of a full name."""
        if not token.is_title or token.pos_ in ("NOUN", "PROPN", "PRON") \
                or self.layout.quoted(token) or not any(
                len(n.words) > 1 and n.labels.get("PERSON")
                for n in self.speakers.names.by_last.get(token.lower_, ())):
            return None
        return Mention(token.idx, token.idx + len(token), token.i, "name", "PERSON", token.text)

    def entity(self, att: Attribution) -> SpeakerEntity:
        return self.speakers.by_key(att.entity)[1]

    def _echo_later_speakers(self) -> None:
        """A headline's or lede's quote without a named speaker is the words of whoever the
        article later quotes with them (CONVENTIONS: `'We will rebuild,' says mayor` and then
        `"We will rebuild the pier," Mayor Lina Ortiz said`): the first later quote, named,
        holding the same words or held in them. Only the first `ECHO_QUOTES` quotes of the
        first `ECHO_PARAGRAPHS` paragraphs or standing alone (`_alone`) are looked up, so the
        cost stays linear."""
        text = self.layout.text
        named = [(qi, text[q.start:q.end]) for qi, q in enumerate(self.quotes)
                 if q.is_speech and self.named(qi)]
        top = [qi for qi, q in enumerate(self.quotes)
               if q.is_speech and (q.paragraph < ECHO_PARAGRAPHS or self._alone(q))
               ][:ECHO_QUOTES]
        for qi in top:
            words = text[self.quotes[qi].start:self.quotes[qi].end]
            if len(fold_words(words)) < 2 or self.named(qi):
                continue
            later = next((self.results[qj] for qj, other in named
                          if self.quotes[qj].paragraph > self.quotes[qi].paragraph
                          and shares_words(words, other)), None)
            if later is not None:
                self.results[qi] = Attribution(later.entity, later.mention, None,
                                               "same_words_later", CONFIDENCE["same_words_later"],
                                               "same_words_later")

    def _alone(self, quote: QuoteSegment) -> bool:
        """A quote that is its paragraph's whole text, or on a line that reads as a headline:
        a headline-like line past the first paragraphs, set under a photo caption (`"SDF
        declare total elimination…"` alone) or repeated after the byline (`ISIS Surrendering
        "En Masse" in Iraq`)."""
        layout = self.layout
        para = layout.paragraph(quote.start)
        end = layout.para_starts[para + 1] if para + 1 < len(layout.para_starts) \
            else len(layout.text)
        return not (layout.text[layout.para_starts[para]:quote.start].strip(_MARKS)
                    or layout.text[quote.end:end].strip(_MARKS + ".,\n")) \
            or on_title_line(layout.text, quote)

    def _named_cue(self, qi: int) -> bool:
        att = self.results[qi]
        return att.method == "explicit_cue" and att.entity is not None \
            and self.speakers.by_key(att.entity)[1].kind != "unnamed"

    def named(self, qi: int) -> bool:
        key = self.results[qi].entity
        return key is not None and self.speakers.by_key(key)[1].kind != "unnamed"

    def _unify_groups(self) -> None:
        """Paragraph pieces of one quote share the speaker of their first attributed piece,
        but for a piece whose own paragraph names its speaker through a cue (`"…," Paul Berg
        said` after a quote left open): that cue beats the speaker carried over."""
        groups: dict[int, list[int]] = {}
        for qi, quote in enumerate(self.quotes):
            if quote.group is not None and quote.is_speech:
                groups.setdefault(quote.group, []).append(qi)
        for members in groups.values():
            lead = next((self.results[qi] for qi in members if self.results[qi].entity), None)
            if lead is None:
                continue
            for qi in members:
                if self.results[qi].entity != lead.entity and not self._named_cue(qi):
                    self.results[qi] = Attribution(lead.entity, lead.mention, lead.cue,
                                                   "multi_paragraph", CONFIDENCE["multi_paragraph"],
                                                   "multi_paragraph")


@dataclass
class _Quote:
    attributor: Attributor
    qi: int

    @cached_property
    def cue(self) -> Cue | None:
        return find_cue(self.attributor.layout, self.qi)


def cue_source(q: _Quote) -> Attribution | None:
    """The speaker the cue's source stands for; an unnamed one yields to a name right before
    the quote's colon (`lead_in_colon`)."""
    cue = q.cue
    if cue is None or cue.source is None:
        return None
    method = "governing_verb" if cue.how == "governing_verb" else "explicit_cue"
    att = q.attributor.from_source(q.attributor.doc[cue.source], cue, method,
                                   f"{cue.rule}/{cue.source_rule}")
    if att is None or att.entity is None:
        return None
    if q.attributor.entity(att).kind == "unnamed":
        return lead_in_colon(q.attributor, q.qi) or att
    return att


def context(q: _Quote) -> Attribution | None:
    """The speaker the context gives (`nlp/attribution/context.py`), with the cue if one was
    found; not one the cue's pronoun rules out (`she said` after a man's quote)."""
    att = from_context(q.attributor, q.qi)
    if att is None or q.cue is None:
        return att
    if q.cue.source is not None and att.entity is not None and not \
            q.attributor.speakers.agrees(att.entity, q.attributor.doc[q.cue.source].lower_):
        return None  # `"…," she said` after a man's quote: not his
    return att if att.cue is not None else att.with_cue((q.cue.start, q.cue.end))


def cue_only(q: _Quote) -> Attribution | Nothing | None:
    """A cue without a speaker: the cue is reported, the speaker is not."""
    cue = q.cue
    if cue is None:
        return NOTHING
    return Attribution(None, None, (cue.start, cue.end), "cue_only", 0.1, cue.rule)


ATTRIBUTION_RULES: tuple[Callable[[_Quote], Attribution | Nothing | None], ...] = (
    cue_source, context, cue_only,
)


def attribute(doc: Doc, quotes: list[QuoteSegment],
              ) -> tuple[list[SpeakerEntity], list[Attribution]]:
    """One attribution per quote segment, aligned by index, and the entities they name."""
    attributor = Attributor(doc, quotes)
    attributions = attributor.run()
    return list(attributor.speakers.entities.values()), attributions

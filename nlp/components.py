"""spaCy factories for the engine's components; importing this module registers them.

Each component reads and writes only the plain records of `nlp/records/doc.py`, converting
them to the working objects of its stage, so a Doc between components (or back from a worker
process) carries nothing but serialisable values. Each takes one setting, `lexicon`: word lists
that replace the defaults of `nlp/lexicon/` while it runs (`nlp/lexicon/__init__.py`). Called
with `explain=True` (`nlp(text, component_cfg={"qa_quotes": {"explain": True}})`, as
`nlp.analyze(..., explain=True)` does), `qa_quotes` opens a trace per segment, and every rule the
components try is recorded there; otherwise nothing is recorded.
"""
from typing import Any, Dict

from spacy.language import Language
from spacy.tokens import Doc

from nlp.attribution.attributor import attribute
from nlp.descriptors.ranking import Descriptor, describe
from nlp.lexicon import Lexicon, using
from nlp.quotes.marks import scan
from nlp.quotes.segments import QuoteSegment
from nlp.quotes.speech import judge_segments
from nlp.records.doc import QUOTES, SPEAKERS, install_extensions, source_text
from nlp.speakers.entities import SpeakerEntity

install_extensions()

TRACED_SEGMENTS = 200
"""With `explain`, the most segments traced, in text order: a trace costs ~1 KB per segment in
the worker and in the response, so a text of 20,000 quoted words made a 23 MB answer and
+360 MB in the worker (red round). 200 is over twice the quoted segments of any of the 3,035
articles of our data sets (about 76 at most, counting quote marks); past it
`Analysis.trace_truncated` says the trace stops there."""


class Component:
    """A component holding its lexicon; subclasses say what it does to a Doc in `process`."""

    def __init__(self, lexicon: Dict[str, Any]) -> None:
        self.lexicon = Lexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        with using(self.lexicon):
            self.process(doc)
        return doc

    def process(self, doc: Doc) -> None:
        """What the component writes on the Doc (the lexicon active)."""
        raise NotImplementedError


class Quotes(Component):
    """Quoted segments of the raw text, each marked as speech or not; with `explain`, each of the
    first `TRACED_SEGMENTS` gets a trace of the rules tried, which the later components add to."""

    def __call__(self, doc: Doc, explain: bool = False) -> Doc:
        with using(self.lexicon):
            text = doc.text
            segments = scan(source_text(doc))  # the marks as sent, format characters and all
            for number, segment in enumerate(segments):
                segment.trace = [] if explain and number < TRACED_SEGMENTS else None
            judge_segments(doc, segments, text)
            doc._.set(QUOTES, [segment.to_record() for segment in segments])
        return doc


class Attribution(Component):
    """Speaker entity, mention and cue for every speech segment."""

    def process(self, doc: Doc) -> None:
        records = doc._.get(QUOTES) or []
        entities, attributions = attribute(doc, [QuoteSegment.from_record(r) for r in records])
        for record, attribution in zip(records, attributions):
            attribution.record_on(record)
        doc._.set(SPEAKERS, [entity.to_record() for entity in entities])


class Descriptors(Component):
    """Roles and affiliations of each speaker entity, from all its mentions."""

    def process(self, doc: Doc) -> None:
        records = doc._.get(SPEAKERS) or []
        quotes = [QuoteSegment.from_record(r) for r in doc._.get(QUOTES) or []]
        found = describe(doc, [SpeakerEntity.from_record(r) for r in records], quotes)
        for record in records:
            found.get(record["key"], Descriptor()).record_on(record)


@Language.factory("qa_quotes", assigns=[f"doc._.{QUOTES}"], default_config={"lexicon": {}})
def make_quotes(nlp: Language, name: str, lexicon: Dict[str, Any]) -> Quotes:
    return Quotes(lexicon)


@Language.factory(
    "qa_attribution",
    requires=[f"doc._.{QUOTES}", "token.dep", "doc.ents"],
    assigns=[f"doc._.{QUOTES}", f"doc._.{SPEAKERS}"],
    default_config={"lexicon": {}},
)
def make_attribution(nlp: Language, name: str, lexicon: Dict[str, Any]) -> Attribution:
    return Attribution(lexicon)


@Language.factory(
    "qa_descriptors",
    requires=[f"doc._.{SPEAKERS}"],
    assigns=[f"doc._.{SPEAKERS}"],
    default_config={"lexicon": {}},
)
def make_descriptors(nlp: Language, name: str, lexicon: Dict[str, Any]) -> Descriptors:
    return Descriptors(lexicon)

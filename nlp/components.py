"""spaCy factories for the engine's components; importing this module registers them.

Each component reads and writes only the plain records of `nlp/records/doc.py`, converting
them to the working objects of its stage, so a Doc between components (or back from a worker
process) carries nothing but serialisable values.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp.attribution.attributor import attribute
from nlp.descriptors.ranking import Descriptor, describe
from nlp.quotes.marks import find_quotes
from nlp.quotes.segments import QuoteSegment
from nlp.records.doc import QUOTES, SPEAKERS, install_extensions
from nlp.speakers.entities import SpeakerEntity

install_extensions()


@Language.component("qa_quotes", assigns=[f"doc._.{QUOTES}"])
def qa_quotes(doc: Doc) -> Doc:
    """Quoted segments of the raw text, each marked as speech or not."""
    doc._.set(QUOTES, [segment.to_record() for segment in find_quotes(doc)])
    return doc


@Language.component(
    "qa_attribution",
    requires=[f"doc._.{QUOTES}", "token.dep", "doc.ents"],
    assigns=[f"doc._.{QUOTES}", f"doc._.{SPEAKERS}"],
)
def qa_attribution(doc: Doc) -> Doc:
    """Speaker entity, mention and cue for every speech segment."""
    records = doc._.get(QUOTES) or []
    entities, attributions = attribute(doc, [QuoteSegment.from_record(r) for r in records])
    for record, attribution in zip(records, attributions):
        attribution.record_on(record)
    doc._.set(SPEAKERS, [entity.to_record() for entity in entities])
    return doc


@Language.component(
    "qa_descriptors",
    requires=[f"doc._.{SPEAKERS}"],
    assigns=[f"doc._.{SPEAKERS}"],
)
def qa_descriptors(doc: Doc) -> Doc:
    """Roles and affiliations of each speaker entity, from all its mentions."""
    records = doc._.get(SPEAKERS) or []
    quotes = [QuoteSegment.from_record(r) for r in doc._.get(QUOTES) or []]
    found = describe(doc, [SpeakerEntity.from_record(r) for r in records], quotes)
    for record in records:
        found.get(record["key"], Descriptor()).record_on(record)
    return doc

"""spaCy factories for the engine's components; importing this module registers them."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp.attribution.attributor import attribute
from nlp.descriptors.ranking import describe
from nlp.quotes.marks import find_quotes
from nlp.records.doc import ATTRIBUTIONS, DESCRIPTORS, ENTITIES, QUOTES, install_extensions

install_extensions()


@Language.component("qa_quotes", assigns=[f"doc._.{QUOTES}"])
def qa_quotes(doc: Doc) -> Doc:
    """Quoted segments of the raw text, each marked as speech or not."""
    doc._.set(QUOTES, find_quotes(doc))
    return doc


@Language.component(
    "qa_attribution",
    requires=[f"doc._.{QUOTES}", "token.dep", "doc.ents"],
    assigns=[f"doc._.{ENTITIES}", f"doc._.{ATTRIBUTIONS}"],
)
def qa_attribution(doc: Doc) -> Doc:
    """Speaker entity, mention and cue for every speech segment."""
    entities, attributions = attribute(doc, doc._.get(QUOTES))
    doc._.set(ENTITIES, entities)
    doc._.set(ATTRIBUTIONS, attributions)
    return doc


@Language.component(
    "qa_descriptors",
    requires=[f"doc._.{ENTITIES}"],
    assigns=[f"doc._.{DESCRIPTORS}"],
)
def qa_descriptors(doc: Doc) -> Doc:
    """Roles and affiliations of each speaker entity, from all its mentions."""
    doc._.set(DESCRIPTORS, describe(doc, doc._.get(ENTITIES)))
    return doc

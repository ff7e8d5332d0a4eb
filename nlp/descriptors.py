"""Roles and affiliations of speaker entities (placeholder: none)."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.annotations import Descriptor, SpeakerEntity


def describe(doc: Doc, entities: list[SpeakerEntity]) -> dict[str, Descriptor]:
    """A descriptor per entity key."""
    return {e.key: Descriptor() for e in entities}

"""What our pipeline components write on the `Doc`, and the extensions that hold it.

Components communicate only through these records so that each can be replaced or tested on
its own: `qa_quotes` finds quoted segments, `qa_attribution` links speech segments to speaker
entities, `qa_descriptors` reads roles and affiliations for those entities. Offsets are
character offsets into `doc.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

QUOTES = "qa_quotes"
ENTITIES = "qa_entities"
ATTRIBUTIONS = "qa_attributions"
DESCRIPTORS = "qa_descriptors"
SOURCE_TEXT = "qa_source_text"
"""The caller's text when the model read a plain-spaced copy (`nlp/tokenization.py`)."""


@dataclass
class QuoteSegment:
    """A stretch of text between quotation marks (marks excluded)."""

    start: int
    end: int
    open_mark: str
    close_mark: str | None
    paragraph: int
    is_speech: bool = True
    reason: str = ""
    """Why the segment was kept or rejected (e.g. `scare_quote`, `title`)."""
    group: int | None = None
    """Shared by the paragraph pieces of one multi-paragraph quote."""


@dataclass
class SpeakerEntity:
    """One speaker of the article, gathered over all its mentions."""

    key: str
    name: str | None
    kind: str
    """`person`, `organization` or `unnamed`."""
    descriptor: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Attribution:
    """Who said the quote segment at the same index in `doc._.qa_quotes`."""

    entity: str | None
    """Key of a `SpeakerEntity`, or None when no speaker was found."""
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None
    method: str
    confidence: float


@dataclass
class Descriptor:
    """Roles and affiliations of one entity, each with where it was read."""

    roles: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    affiliations: list[tuple[str, str | None, tuple[int, int]]] = field(default_factory=list)
    """(full name, short form or None, evidence offsets)."""


def install_extensions() -> None:
    """Register the Doc extensions once per process (guarded, as spaCy re-imports modules)."""
    for name in (QUOTES, ENTITIES, ATTRIBUTIONS, DESCRIPTORS, SOURCE_TEXT):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)

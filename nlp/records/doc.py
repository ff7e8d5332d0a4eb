"""What the components write on the `Doc`: one record per quoted segment and one per speaker.

Records are plain values (dicts of strings, numbers, lists and None), so a Doc carrying them
serialises (`Doc.to_bytes`, a `DocBin` with user data, `nlp.pipe(..., n_process=2)` sending docs
back from workers) and `nlp.records.analysis.to_analysis` is a straight conversion. Components
communicate only through them: `qa_quotes` writes the segments (offsets, marks, the speech
verdict and the rule that gave it); `qa_attribution` fills each segment's speaker key, mention,
cue, method, confidence and rule and writes the speaker records; `qa_descriptors` adds each
speaker's roles and affiliations. Offsets are character offsets into `doc.text` (lists after a
round trip through msgpack, tuples before: read them by index).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTES = "qa_quotes"
"""`doc._.qa_quotes`: a `QuoteRecord` per quoted segment, in text order."""
SPEAKERS = "qa_speakers"
"""`doc._.qa_speakers`: a `SpeakerRecord` per speaker entity, in the order they were met."""
SOURCE_TEXT = "qa_source_text"
"""The caller's text when the model read a plain-spaced copy (`nlp/tokenization.py`)."""

Offsets = list[int]
"""`[start, end]` (a tuple until serialised)."""


class QuoteRecord(TypedDict, total=False):
    """One stretch of text between quotation marks (marks excluded) and who said it."""

    start: int
    end: int
    open_mark: str
    close_mark: str | None
    paragraph: int
    group: int | None
    """Shared by the paragraph pieces of one multi-paragraph quote."""
    is_speech: bool
    reason: str
    """Why the segment was kept or rejected (`sentence`, `scare_quote`, `title`...)."""
    speech_rule: str
    """The speech rule that gave the verdict (`nlp/quotes/speech.py`)."""
    speaker: str | None
    """Key of a `SpeakerRecord`, or None when no speaker was found."""
    mention: Offsets | None
    cue: Offsets | None
    method: str
    confidence: float
    rule: str
    """The attribution rules that produced the speaker (`cue rule/source rule`, or one)."""
    trace: list[list[str]]
    """Only when asked (`explain`): `[stage, rule, outcome]` for every rule tried, in order."""


class RoleRecord(TypedDict):
    name: str
    start: int
    end: int
    rule: str
    """The construction that gave it (`title`, `apposition`, `of_phrase`...)."""
    confidence: float
    """`nlp.descriptors.confidence`: from the construction and whose mention it was read on."""


class AffiliationRecord(TypedDict):
    name: str
    short: str | None
    start: int
    end: int
    rule: str
    confidence: float


class SpeakerRecord(TypedDict, total=False):
    """One speaker of the article, gathered over all its mentions."""

    key: str
    name: str | None
    kind: str
    """`person`, `organization` or `unnamed`."""
    descriptor: str | None
    mentions: list[Offsets]
    roles: list[RoleRecord]
    """Most salient first: the first is the quote's `speaker.role`."""
    affiliations: list[AffiliationRecord]


def install_extensions() -> None:
    """Register the Doc extensions once per process (guarded, as spaCy re-imports modules)."""
    from spacy.tokens import Doc

    for name in (QUOTES, SPEAKERS, SOURCE_TEXT):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def source_text(doc: Doc) -> str:
    """The text the caller sent, which offsets index (equal in length to `doc.text`)."""
    return doc._.get(SOURCE_TEXT) or doc.text

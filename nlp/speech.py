"""Whether a quoted segment reports speech (placeholder: all are)."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.annotations import QuoteSegment


def judge_segments(doc: Doc, segments: list[QuoteSegment]) -> None:
    """Set `is_speech` and `reason` on each segment."""

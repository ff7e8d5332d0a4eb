"""A quoted segment as the stages work on it, and its record on the Doc."""
from __future__ import annotations

from dataclasses import dataclass

from nlp.records.doc import QuoteRecord
from nlp.rules import Trace


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
    rule: str = ""
    """The speech rule that gave the verdict (`nlp/quotes/speech.py`)."""
    trace: Trace | None = None
    """Every rule tried for this segment, when an explanation was asked for."""

    def to_record(self) -> QuoteRecord:
        record = QuoteRecord(start=self.start, end=self.end, open_mark=self.open_mark,
                             close_mark=self.close_mark, paragraph=self.paragraph,
                             group=self.group, is_speech=self.is_speech, reason=self.reason,
                             speech_rule=self.rule)
        if self.trace is not None:
            record["trace"] = self.trace
        return record

    @classmethod
    def from_record(cls, record: QuoteRecord) -> QuoteSegment:
        """The segment of a record; its trace is the record's own list, so rules tried later
        land in the record."""
        return cls(record["start"], record["end"], record["open_mark"], record["close_mark"],
                   record["paragraph"], record["is_speech"], record["reason"], record["group"],
                   record.get("speech_rule", ""), record.get("trace"))

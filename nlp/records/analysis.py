"""The components' Doc records as the public `Analysis`: a straight conversion."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from nlp.records.doc import (
    QUOTES,
    SPEAKERS,
    AffiliationRecord,
    QuoteRecord,
    RoleRecord,
    SpeakerRecord,
    source_text,
)
from nlp.records.results import (
    Affiliation,
    Analysis,
    ArticleSpeaker,
    Evidence,
    Quote,
    RuleStep,
    SegmentTrace,
    Speaker,
    TextSpan,
)
from nlp.text.language import not_english

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _span(text: str, offsets: Sequence[int] | None) -> TextSpan | None:
    return None if offsets is None else TextSpan(text[offsets[0]:offsets[1]], *offsets)


def _evidence(text: str, record: RoleRecord | AffiliationRecord | None) -> Evidence | None:
    """A role or affiliation record's evidence; records stored before evidence had a
    confidence give none."""
    if record is None or "confidence" not in record:
        return None
    start, end = record["start"], record["end"]
    return Evidence(text[start:end], start, end, record["rule"], record["confidence"])


def _speaker(text: str, record: SpeakerRecord, mention: Sequence[int] | None) -> Speaker:
    """The speaker of one quote: its top role and affiliation."""
    roles, affiliations = record.get("roles", []), record.get("affiliations", [])
    role = roles[0] if roles else None
    aff = affiliations[0] if affiliations else None
    return Speaker(
        name=record["name"], kind=record["kind"], descriptor=record["descriptor"],
        role=role["name"] if role else None,
        affiliation=aff["name"] if aff else None, affiliation_short=aff["short"] if aff else None,
        mention=_span(text, mention), key=record["key"],
        role_rule=role["rule"] if role else None, affiliation_rule=aff["rule"] if aff else None,
        role_evidence=_evidence(text, role), affiliation_evidence=_evidence(text, aff),
    )


def _quote(text: str, record: QuoteRecord, speaker: Speaker | None) -> Quote:
    start, end = record["start"], record["end"]
    return Quote(text[start:end], start, end, speaker, _span(text, record["cue"]),
                 record["method"], round(record["confidence"], 3), record.get("rule", ""))


def _article_speaker(text: str, record: SpeakerRecord, quote_count: int) -> ArticleSpeaker:
    roles, affiliations = record.get("roles", []), record.get("affiliations", [])
    return ArticleSpeaker(
        key=record["key"], name=record["name"], kind=record["kind"],
        descriptor=record["descriptor"],
        roles=tuple(dict.fromkeys(r["name"] for r in roles)),
        affiliations=tuple(dict.fromkeys(Affiliation(a["name"], a["short"])
                                         for a in affiliations)),
        mentions=tuple(_span(text, m) for m in record["mentions"]),
        evidence=tuple(_span(text, (e["start"], e["end"])) for e in [*roles, *affiliations]),
        quote_count=quote_count,
    )


def foreign(text: str) -> Analysis | None:
    """The answer for a text not in English: no quotes, and a warning saying why. Asked before
    the parse: the engine's rules are English, and parsing a text it will not read cost as much
    as reading it (60,000 characters of a hyphen chain: a minute)."""
    language = not_english(text)
    if language is None:
        return None
    return Analysis(language=language, warnings=(
        f"The text reads as language '{language}', not English: the engine reads English "
        "only, so no quotes are returned.",))


def to_analysis(doc: Doc, explain: bool = False) -> Analysis:
    """Speech segments become quotes; speakers of at least one quote become the article's;
    with `explain`, each segment's trace (recorded when `qa_quotes` ran with `explain=True`)."""
    text = source_text(doc)
    speakers = {r["key"]: r for r in doc._.get(SPEAKERS) or []}
    quotes = []
    counts: dict[str, int] = {}
    for record in doc._.get(QUOTES) or []:
        if not record["is_speech"]:
            continue
        key = record["speaker"]
        speaker = None
        if key is not None and key in speakers:
            speaker = _speaker(text, speakers[key], record["mention"])
            counts[key] = counts.get(key, 0) + 1
        quotes.append(_quote(text, record, speaker))
    records = doc._.get(QUOTES) or []
    return Analysis(tuple(quotes), tuple(_article_speaker(text, r, counts[key])
                                         for key, r in speakers.items() if key in counts),
                    _trace(text, records) if explain else None,
                    trace_truncated=explain and any("trace" not in r for r in records))


def _trace(text: str, records: list[QuoteRecord]) -> tuple[SegmentTrace, ...]:
    """The segments `qa_quotes` traced (the first `TRACED_SEGMENTS`), with the rules tried."""
    return tuple(SegmentTrace(text[r["start"]:r["end"]], r["start"], r["end"], r["is_speech"],
                              r["reason"], tuple(RuleStep(*step) for step in r["trace"]))
                 for r in records if "trace" in r)

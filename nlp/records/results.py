"""The engine's public output: frozen dataclasses with character offsets into the caller's text.

Spans never leave `nlp/`; the API dumps these records as they are and `profiles/` stores them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SpeakerKind = Literal["person", "organization", "unnamed"]


@dataclass(frozen=True)
class TextSpan:
    """A piece of the input text: `input[start:end] == text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """Where a role or an affiliation was read (`input[start:end] == text`), the construction
    that read it and how far it can be trusted (`nlp/descriptors/confidence.py`)."""

    text: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Speaker:
    """Who said one quote, with the role and affiliation the article gives them."""

    name: str | None
    kind: SpeakerKind
    descriptor: str | None
    role: str | None
    affiliation: str | None
    affiliation_short: str | None
    mention: TextSpan | None
    key: str
    """Article-local id of the speaker, matching `ArticleSpeaker.key`."""
    role_rule: str | None = None
    """The construction that read the role (`title`, `apposition`, ...; `nlp/descriptors/`)."""
    affiliation_rule: str | None = None
    """The construction that read the affiliation."""
    role_evidence: Evidence | None = None
    affiliation_evidence: Evidence | None = None


@dataclass(frozen=True)
class Quote:
    """One direct quote, quote marks excluded: `input[start:end] == text`."""

    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: TextSpan | None
    method: str
    confidence: float
    rule: str = ""
    """The rules that produced the attribution: `cue rule/source rule` (`governing_speech_verb/
    subject`), a context rule (`previous_speaker`, `lead_in_sentence/name_before_colon`), or
    `multi_paragraph`; empty when no speaker or cue was found."""


@dataclass(frozen=True)
class Affiliation:
    """An organisation by its fullest name in the article and its short form (acronym)."""

    name: str
    short: str | None


@dataclass(frozen=True)
class ArticleSpeaker:
    """One speaker of the article with everything the article says about them."""

    key: str
    name: str | None
    kind: SpeakerKind
    descriptor: str | None
    roles: tuple[str, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    mentions: tuple[TextSpan, ...] = ()
    evidence: tuple[TextSpan, ...] = ()
    """Where the roles and affiliations were read (appositions, pre-modifiers, of-phrases...)."""
    quote_count: int = 0


@dataclass(frozen=True)
class RuleStep:
    """One rule tried: its stage (`speech`, `cue`, `source`, `mention`, `attribution`,
    `context`, `sentence`), its name, and whether it `fired`, `passed` (did not apply) or found
    `nothing` (applied, and decided there is no answer)."""

    stage: str
    rule: str
    outcome: str


@dataclass(frozen=True)
class SegmentTrace:
    """Every rule tried for one quoted segment, in order, and the verdict."""

    text: str
    start: int
    end: int
    is_speech: bool
    reason: str
    steps: tuple[RuleStep, ...]


@dataclass(frozen=True)
class Analysis:
    """Every quote of one article and its speakers; with an explanation asked for, the rules
    tried for every quoted segment (`trace`), else None."""

    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    speakers: tuple[ArticleSpeaker, ...] = field(default_factory=tuple)
    trace: tuple[SegmentTrace, ...] | None = None
    trace_truncated: bool = False
    """True when `trace` stops before the last segment (`nlp.components.TRACED_SEGMENTS`)."""
    language: str | None = None
    """The language the text is in when it is not English (`es`, `fr`...), else None: the
    engine reads English only and then returns no quotes, with a warning saying so."""
    warnings: tuple[str, ...] = ()

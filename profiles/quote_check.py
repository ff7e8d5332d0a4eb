""""Did they really say that?": a wording as it circulates against the quotes the store printed.

Served from the full-text index like "who said this?" (`quote_search.candidates`: the
rarest words of the wording, any of them, so a changed word does not lose the quote): the
candidates are ranked cheaply by rapidfuzz on their text, and only the best few are compared
word by word (`profiles.wording`). The answer is the closest printed quotes, each with its
diff and verdict, and the earliest printing of the best one as provenance.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from profiles.errors import SpeakerNotFound
from profiles.models import PROFILE_ID_PREFIX, Quote, SpeakerProfile
from profiles.quote_search import (
    MAX_QUERY_WORDS,
    SAME_QUOTE,
    attributed,
    candidates,
    load_quotes,
    score,
    words,
)
from profiles.speakers import canonical_id, search_speakers
from profiles.wording import Comparison, Verdict, compare

COMPARED = 30
"""Candidates compared word by word, the best by their rapidfuzz score; the rest are too far
from the wording to be its source."""

MAX_MATCHES = 20

SPEAKER_PROFILES = 20
"""Profiles a speaker's name may stand for (`Clinton`): quotes of any of them count."""


@dataclass(frozen=True)
class CheckedQuote:
    quote: Quote
    comparison: Comparison


@dataclass(frozen=True)
class CheckResult:
    text: str
    verdict: Verdict
    matches: list[CheckedQuote]
    """Printed quotes the wording may come from, best first (earliest printing on ties)."""
    appearances: list[Quote]
    """Every stored printing of the best match's quote, earliest first."""

    @property
    def first_appearance(self) -> Quote | None:
        return self.appearances[0] if self.appearances else None

    @property
    def attributed(self) -> Quote | None:
        return attributed(self.appearances)


def _speaker_profiles(session: Session, speaker: str) -> list[str]:
    """A profile id (one merged away leads on), or the profiles a name matches."""
    if speaker.startswith(PROFILE_ID_PREFIX):
        profile_id = canonical_id(session, speaker)
        if session.get(SpeakerProfile, profile_id) is None:
            raise SpeakerNotFound(speaker)
        return [profile_id]
    return [r.id for r in search_speakers(session, q=speaker, limit=SPEAKER_PROFILES).items]


def check_quote(session: Session, text: str, *, speaker: str | None = None,
                limit: int = 5, with_text: bool = False) -> CheckResult:
    """The printed quotes closest to `text`, optionally only those of `speaker`."""
    query_words = words(text)[:MAX_QUERY_WORDS]
    profiles = set(_speaker_profiles(session, speaker.strip())) \
        if speaker and speaker.strip() else None
    hits = [hit for hit in (candidates(session, query_words) if query_words else [])
            if profiles is None or hit.profile_id in profiles]
    needle = " ".join(query_words)
    ranked = sorted(((score(needle, " ".join(words(hit.text))), hit.dated_at, hit.id, hit.text)
                     for hit in hits), key=lambda row: (-row[0], row[1], row[2]))[:COMPARED]
    compared = [(compare(quote_text, text), dated_at, quote_id, quote_text)
                for _, dated_at, quote_id, quote_text in ranked]
    found = sorted((row for row in compared if row[0].verdict != "not_found"),
                   key=lambda row: (-row[0].score, row[1], row[2]))
    if not found:
        return CheckResult(text, "not_found", [], [])
    best_words = " ".join(words(found[0][3])).lower()
    same = [quote_id for _, _, quote_id, quote_text in found
            if fuzz.ratio(best_words, " ".join(words(quote_text)).lower()) >= SAME_QUOTE]
    shown = found[:max(1, min(limit, MAX_MATCHES))]
    loaded = load_quotes(session, [row[2] for row in shown] + same, with_text=with_text)
    appearances = sorted((loaded[i] for i in same), key=lambda q: (q.dated_at, q.id))
    return CheckResult(text, found[0][0].verdict,
                       [CheckedQuote(loaded[quote_id], comparison)
                        for comparison, _, quote_id, _ in shown], appearances)

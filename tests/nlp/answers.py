"""What the behaviour tests of issues 12 and 16 read of an analysis.

Only the engine's public API is used here (`nlp.analyze` and the `Analysis`, `Quote` and
`Speaker` records), never its Doc annotations or internal modules, so the tests hold whatever
layout `nlp/` takes underneath. A quote is picked by where some of its words stand in the text,
not by its rank among the quotes, so a test about a headline quote cannot quietly read the body's
copy of the same words instead.
"""
from __future__ import annotations

import pytest

import nlp


def fails_today(issue: int, why: str) -> pytest.MarkDecorator:
    """A behaviour the engine lacks today, owed by `issue`. Strict, so the day the engine starts
    passing the test the run fails until someone removes the mark; only an assertion counts as
    the expected failure, so a test broken by a typo or an API change fails instead of hiding."""
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"issue {issue}: {why}")


def quote_in(result: nlp.Analysis, text: str, words: str, nth: int = 0) -> nlp.Quote:
    """The quote of `result` holding the `nth` occurrence of `words` in `text` (failing the test
    when the engine reported none there)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    found = [q for q in result.quotes if q.start <= at and at + len(words) <= q.end]
    assert found, f"no quote holds {words!r} (occurrence {nth}) in {text!r}"
    return found[0]


def quote_with(pipeline, text: str, words: str, nth: int = 0) -> nlp.Quote:
    """The quote holding the `nth` occurrence of `words` once `text` is analysed."""
    return quote_in(nlp.analyze(pipeline, text), text, words, nth)


def speaker_with(pipeline, text: str, words: str, nth: int = 0) -> nlp.Speaker | None:
    """Who said the quote holding `words`."""
    return quote_with(pipeline, text, words, nth).speaker


def name_of(pipeline, text: str, words: str, nth: int = 0) -> str | None:
    """The speaker's name of the quote holding `words` (None for no or an unnamed speaker)."""
    speaker = speaker_with(pipeline, text, words, nth)
    return speaker.name if speaker else None


def role_of(pipeline, text: str, words: str, nth: int = 0) -> str | None:
    """The role given to the speaker of the quote holding `words`, lower case."""
    speaker = speaker_with(pipeline, text, words, nth)
    return speaker.role.lower() if speaker and speaker.role else None


def affiliation_of(pipeline, text: str, words: str, nth: int = 0) -> tuple[str | None, str | None]:
    """The affiliation (full form, short form) of the speaker of the quote holding `words`."""
    speaker = speaker_with(pipeline, text, words, nth)
    return (speaker.affiliation, speaker.affiliation_short) if speaker else (None, None)


def tied_to(pipeline, text: str, words: str, *forms: str) -> bool:
    """Whether the speaker of the quote holding `words` is affiliated with one of `forms`, in its
    full or its short form (compared without case)."""
    wanted = {f.casefold() for f in forms}
    return any(a and a.casefold() in wanted for a in affiliation_of(pipeline, text, words))


def every_affiliation_of(pipeline, text: str, words: str) -> set[str]:
    """Every affiliation, full and short forms, that the article's speaker record gives the
    speaker of the quote holding `words` (not only the first one the quote carries)."""
    result = nlp.analyze(pipeline, text)
    speaker = quote_in(result, text, words).speaker
    record = next((s for s in result.speakers if speaker and s.key == speaker.key), None)
    forms = {f for a in (record.affiliations if record else ()) for f in (a.name, a.short) if f}
    return {f.casefold() for f in forms}


def quoted_words(result: nlp.Analysis) -> list[str]:
    """The text of every quote reported, in order."""
    return [q.text for q in result.quotes]

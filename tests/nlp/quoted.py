"""What the engine tests ask of an analysis: the quote holding some words, who said it, and
which quoted segments were judged speech."""
from __future__ import annotations

import nlp
from nlp.records.doc import QUOTES


def quote_with(pipeline, text: str, words: str) -> nlp.Quote:
    """The quote of `text` that contains `words` (failing the test when there is none)."""
    found = [q for q in nlp.analyze(pipeline, text).quotes if words in q.text]
    assert found, f"no quote with {words!r} in {text!r}"
    return found[0]


def speaker_of(pipeline, text: str, words: str) -> str | None:
    """The speaker's name of the quote of `text` that contains `words`."""
    quote = quote_with(pipeline, text, words)
    return quote.speaker.name if quote.speaker else None


def speech_verdicts(pipeline, text: str) -> dict[str, tuple[bool, str]]:
    """Each quoted segment of `text`: (is speech, the reason for the verdict)."""
    doc = pipeline(text)
    return {text[r["start"]:r["end"]]: (r["is_speech"], r["reason"]) for r in doc._.get(QUOTES)}

"""A headline's claim is read within the analysis's time budget, however its lede is shaped
(`nlp/quotes/headline_claims.py`). Every text here is written for these tests."""
from __future__ import annotations

import pytest

from nlp.budget import BudgetExceeded, within
from nlp.quotes import headline_claims
from nlp.quotes.headline_claims import claim_cue, claim_sentence

CUES = 300
LEDE = "Officials say, " * CUES + "and the zoo is shut."
"""One run-on sentence of many cues, none of which states the headline's words (no `zebras`):
each is tried, and each try scans the whole sentence."""


@pytest.fixture(scope="module")
def lede(pipeline):
    return pipeline(LEDE)


def test_every_cue_of_a_run_on_lede_is_tried_at_a_budget_check(lede, monkeypatch):
    checks = [0]
    monkeypatch.setattr(headline_claims, "check", lambda: checks.__setitem__(0, checks[0] + 1))
    assert claim_cue(lede, (0, len(LEDE)), "zebras escape") is None
    assert checks[0] >= CUES


def test_a_run_on_lede_past_the_budget_stops_with_budget_exceeded(lede):
    with within(1e-9), pytest.raises(BudgetExceeded):
        claim_cue(lede, (0, len(LEDE)), "zebras escape")


def test_a_lede_of_many_sentences_past_the_budget_stops_with_budget_exceeded():
    text = "Zoo 'zebras escape'\n\n" + "Nothing happened. " * 1000
    with within(1e-9), pytest.raises(BudgetExceeded):
        claim_sentence(text, text.index("zebras"), text.index("'\n"))


def test_a_claim_within_its_budget_is_read_as_without(pipeline):
    text = "Firms 'hit by rising costs'\n\nRising costs are hitting small firms, the CBI says."
    doc = pipeline(text)
    start, end = text.index("hit by"), text.index("'\n")
    span = claim_sentence(text, start, end)
    with within(60):
        assert claim_sentence(text, start, end) == span
        assert claim_cue(doc, span, text[start:end]).text == "says"

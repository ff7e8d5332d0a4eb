"""The engine as the API runs it: inside the size limit and the time budget."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import current_app

import nlp
from api import metrics
from api.body import ensure_text_fits
from api.errors import Problem
from nlp.budget import BudgetExceeded, within

TIME_BUDGET_PROBLEM = "/problems/analysis-time-budget"
"""The problem `type` of an analysis abandoned at `ANALYSIS_TIME_BUDGET`."""


def analysed(text: str, explain: bool = False) -> nlp.Analysis:
    """The analysis of `text`; 413 over `MAX_TEXT_BYTES` before any model time is spent, 422
    when it would take longer than `ANALYSIS_TIME_BUDGET` (the engine stops at the budget, so a
    worker is never held until gunicorn kills it)."""
    ensure_text_fits(text)
    with within_budget():
        return metrics.timed_analysis(nlp.analyze, current_app.extensions["qa_pipeline"], text,
                                      explain=explain, budget=_budget())


@contextmanager
def within_budget() -> Iterator[None]:
    """Analyses run in the block stop at `ANALYSIS_TIME_BUDGET` with a 422 problem that says so
    (`nlp.analyze_many` over a batch, which sets no deadline of its own, as much as one text)."""
    try:
        with within(_budget()):
            yield
    except BudgetExceeded as exceeded:
        raise Problem(422, f"The analysis was stopped after {exceeded.seconds:g} s "
                           "(ANALYSIS_TIME_BUDGET). Send a shorter text, or split the article.",
                      title="Analysis time budget exceeded", type=TIME_BUDGET_PROBLEM,
                      budget_seconds=exceeded.seconds) from exceeded


def _budget() -> float:
    return current_app.extensions["qa_settings"].analysis_time_budget

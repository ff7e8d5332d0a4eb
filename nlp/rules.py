"""Ordered tables of named rules: how every decision of the engine is written and traced.

A decision (is this segment speech, which word is the cue, which token is the source, who said
the quote, what kind of word is this in a title) is a tuple of small functions tried in order on
one context object; the first that returns something decides, and its function name is the
rule's name, recorded on what it produced (`rule` in the API) and, when asked, in the trace of
every rule tried. A rule returns None when it does not apply, so the next one is tried, and
`NOTHING` when it applies and decides that there is no answer (`according to` with no object
has no source, whatever later rules would find).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final, TypeVar

from nlp.budget import check

R = TypeVar("R")


class Nothing:
    """The answer of a rule that applies and finds that there is none."""

    def __repr__(self) -> str:
        return "NOTHING"


NOTHING: Final = Nothing()

Trace = list[list[str]]
"""`[stage, rule, outcome]` per rule tried (`fired`, `nothing` or `passed`), in order."""


_TRACE: ContextVar[Trace | None] = ContextVar("qa_trace", default=None)


@contextmanager
def tracing(trace: Trace | None) -> Iterator[None]:
    """Record in `trace` every rule tried until the block ends (None: record nothing)."""
    token = _TRACE.set(trace)
    try:
        yield
    finally:
        _TRACE.reset(token)


def first(rules: Sequence[Callable[[Any], R | Nothing | None]], context: Any,
          stage: str) -> tuple[R | None, str]:
    """The answer of the first rule that applies and its name (`""` when none applies).

    Each rule tried is recorded in the trace `tracing` opened, if any (a quote's, when the
    request asked for an explanation); otherwise nothing is recorded. Every decision passes
    here, so here the analysis's time budget is checked (`nlp.budget`)."""
    trace = _TRACE.get()
    check()
    for rule in rules:
        found = rule(context)
        if trace is not None:
            trace.append([stage, rule.__name__,
                          "passed" if found is None else "nothing" if found is NOTHING
                          else "fired"])
        if found is not None:
            return (None if found is NOTHING else found), rule.__name__
    return None, ""

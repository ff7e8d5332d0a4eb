"""A time budget for one analysis, so that no text a client sends holds a worker for long.

The engine's cost is linear in the text's length, but a long text still takes a while, and a
server must answer well before its workers are killed. `within(seconds)` sets a deadline for the
analyses run inside it (in this thread or task: a context variable); the model reads long texts
in pieces and the components' loops call `check()`, which raises `BudgetExceeded` once the
deadline has passed, so the analysis ends cleanly at the next piece or rule instead of running
on after the client has gone. Nothing is checked outside `within`.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_LIMIT: ContextVar[tuple[float, float] | None] = ContextVar("qa_time_budget", default=None)
"""(deadline on the monotonic clock, the budget in seconds) of the analyses running now."""


class BudgetExceeded(RuntimeError):
    """The analysis ran past its time budget and was abandoned."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the analysis took longer than its budget of {seconds:g} s")
        self.seconds = seconds


@contextmanager
def within(seconds: float | None) -> Iterator[None]:
    """Run the block's analyses with a deadline `seconds` from now (None or 0: no deadline)."""
    token = _LIMIT.set((time.monotonic() + seconds, seconds) if seconds else None)
    try:
        yield
    finally:
        _LIMIT.reset(token)


def check() -> None:
    """Raise `BudgetExceeded` if the current deadline has passed (cheap: one clock read)."""
    limit = _LIMIT.get()
    if limit is not None and time.monotonic() > limit[0]:
        raise BudgetExceeded(limit[1])

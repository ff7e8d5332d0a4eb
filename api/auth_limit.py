"""Failed authentications limited per client address, so guessing keys is not free.

Every 401 counts (`AUTH_FAILURE_LIMIT`, default 10/minute); past the limit the address gets a
429 problem for every `/v1` request, valid key or not, until the window ends, so a guesser
cannot tell a right key from a wrong one meanwhile. Counted where the rate limits are
(`api/ratelimit_store.py`: by default beside the store, shared by every worker; with
`RATELIMIT_STORAGE_URI=memory://` each worker counts alone, so an address may fail up to
workers × limit times before all of them refuse it).
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TypeVar

from flask import Flask, current_app, request
from limits import parse
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import FixedWindowRateLimiter

from api.errors import Problem
from api.ratelimit_store import storage_uri

NAMESPACE = "qa-auth-failures"
T = TypeVar("T")


def _limiters() -> tuple[FixedWindowRateLimiter, FixedWindowRateLimiter, object] | None:
    """The shared counter, the worker's own, and the limit; `None` when the limit is off."""
    return current_app.extensions.get("qa_auth_limit")


def _counted(use: Callable[[FixedWindowRateLimiter, object], T]) -> T | None:
    """`use(limiter, item)` on the shared counter, or on the worker's own when the shared store
    does not answer (as flask-limiter's `in_memory_fallback` does): failing open to 500s would
    be worse. No health probe first: it would double the cost of every `/v1` request."""
    state = _limiters()
    if state is None:
        return None
    shared, fallback, item = state
    try:
        return use(shared, item)
    except Exception:  # noqa: BLE001 - any storage driver's connection error
        return use(fallback, item)


def _address() -> str:
    return request.remote_addr or "unknown"


CLEAR_SECONDS = 1.0
"""How long a worker trusts its last 'not blocked' reading of an address before asking the
shared store again: the read costs ~0.2 ms on SQLite, a tenth of a store GET, paid on every
`/v1` request; a failure from the address here forgets the reading at once, so the limit can
be overshot only by what other workers let through in this second (issue 13)."""
MAX_CLEAR = 10_000


def _known_clear(address: str) -> bool:
    clear = current_app.extensions.setdefault("qa_auth_clear", {})
    return clear.get(address, 0.0) > time.monotonic()


def _remember(address: str, clear: bool) -> None:
    readings = current_app.extensions.setdefault("qa_auth_clear", {})
    if not clear:
        readings.pop(address, None)
        return
    if len(readings) >= MAX_CLEAR:
        readings.clear()
    readings[address] = time.monotonic() + CLEAR_SECONDS


def refuse_if_blocked() -> None:
    """429 problem when this address has used up its failures in the current window."""
    if _limiters() is None or _known_clear(_address()):
        return
    reset = _counted(lambda limiter, item: None if limiter.test(item, NAMESPACE, _address())
                     else limiter.get_window_stats(item, NAMESPACE, _address()).reset_time)
    _remember(_address(), clear=reset is None)
    if reset is not None:
        retry = str(max(1, math.ceil(reset - time.time())))
        raise Problem(429, "Too many failed authentications from this address; wait and retry "
                      "with a valid key.", headers={"Retry-After": retry})


def count_failure() -> None:
    _remember(_address(), clear=False)
    _counted(lambda limiter, item: limiter.hit(item, NAMESPACE, _address()))


def init_app(app: Flask) -> None:
    """Set up the counter unless `AUTH_FAILURE_LIMIT` is `off`."""
    settings = app.extensions["qa_settings"]
    if settings.auth_failure_limit.lower() == "off":
        return
    storage = storage_from_string(storage_uri(settings))
    app.extensions["qa_auth_limit"] = (FixedWindowRateLimiter(storage),
                                       FixedWindowRateLimiter(MemoryStorage()),
                                       parse(settings.auth_failure_limit))

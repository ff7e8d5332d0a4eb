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

from flask import Flask, current_app, request
from limits import parse
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import FixedWindowRateLimiter

from api.errors import Problem
from api.ratelimit_store import storage_uri

NAMESPACE = "qa-auth-failures"


def _limiter() -> tuple[FixedWindowRateLimiter, object] | None:
    """The shared counter, or the worker's own when the shared store does not answer (as
    flask-limiter's `in_memory_fallback` does): failing open to 500s would be worse."""
    state = current_app.extensions.get("qa_auth_limit")
    if state is None:
        return None
    limiter, fallback, item = state
    try:
        healthy = limiter.storage.check()
    except Exception:  # noqa: BLE001 - any storage driver's connection error
        healthy = False
    return (limiter if healthy else fallback), item


def _address() -> str:
    return request.remote_addr or "unknown"


def refuse_if_blocked() -> None:
    """429 problem when this address has used up its failures in the current window."""
    state = _limiter()
    if state is None:
        return
    limiter, item = state
    if not limiter.test(item, NAMESPACE, _address()):
        reset = limiter.get_window_stats(item, NAMESPACE, _address()).reset_time
        retry = str(max(1, math.ceil(reset - time.time())))
        raise Problem(429, "Too many failed authentications from this address; wait and retry "
                      "with a valid key.", headers={"Retry-After": retry})


def count_failure() -> None:
    state = _limiter()
    if state is not None:
        limiter, item = state
        limiter.hit(item, NAMESPACE, _address())


def init_app(app: Flask) -> None:
    """Set up the counter unless `AUTH_FAILURE_LIMIT` is `off`."""
    settings = app.extensions["qa_settings"]
    if settings.auth_failure_limit.lower() == "off":
        return
    storage = storage_from_string(storage_uri(settings))
    app.extensions["qa_auth_limit"] = (FixedWindowRateLimiter(storage),
                                       FixedWindowRateLimiter(MemoryStorage()),
                                       parse(settings.auth_failure_limit))

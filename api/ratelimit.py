"""Per-key (or per-IP) rate limits on `/v1`, off unless `RATELIMIT` is set (e.g. "60/minute").

flask-limiter counts beside the store by default (`api/ratelimit_store.py`: shared by every
worker, and on PostgreSQL by every node), or where `RATELIMIT_STORAGE_URI` says (Redis, or
`memory://`, where each worker counts alone). Headers follow the IETF RateLimit draft:
`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds until the window resets) and
`RateLimit-Policy`, plus `Retry-After` on the 429, which `api/errors.py` renders as a problem.
When the counters' store stops answering, counting falls back to each worker's memory until it
is back.
"""
from __future__ import annotations

import math
import time

from flask import Flask, Response, g, request
from flask_limiter import Limiter
from limits import parse_many

from api.config import Settings
from api.ratelimit_store import storage_uri
from api.security import PROTECTED_PREFIX


def client_key() -> str:
    """The API key when one was accepted, else the client address."""
    api_key_id = g.get("api_key_id")
    return f"key:{api_key_id}" if api_key_id else f"ip:{request.remote_addr or 'unknown'}"


def _exempt() -> bool:
    return request.method == "OPTIONS" or not request.path.startswith(PROTECTED_PREFIX)


def _headers(limiter: Limiter, response: Response) -> Response:
    current = limiter.current_limit
    if current is None:
        return response
    reset_in = max(0, math.ceil(current.window[0] - time.time()))
    item = current.limit
    response.headers["RateLimit-Limit"] = str(item.amount)
    response.headers["RateLimit-Remaining"] = str(max(0, current.remaining))
    response.headers["RateLimit-Reset"] = str(reset_in)
    response.headers["RateLimit-Policy"] = f"{item.amount};w={item.get_expiry()}"
    if response.status_code == 429:
        response.headers["Retry-After"] = str(reset_in)
    return response


TEXT_ENDPOINTS = ("analyze.analyze", "articles.put_article")
"""Routes that run the model: their cost grows with the text, so they also spend `TEXT_RATELIMIT`
in kilobytes of body (a 1 MB analyze costs 1,000 times a 1 KB one)."""


def _kilobytes() -> int:
    return max(1, math.ceil(len(request.get_data(cache=True)) / 1024))


def limit_text(app: Flask, settings: Settings) -> None:
    """After the blueprints are registered: wrap the model routes in the size-weighted limit."""
    limiter = app.extensions.get("qa_limiter")
    if limiter is None or not settings.text_ratelimit:
        return
    for endpoint in TEXT_ENDPOINTS:
        app.view_functions[endpoint] = limiter.limit(
            settings.text_ratelimit, cost=_kilobytes, override_defaults=False,
        )(app.view_functions[endpoint])


def init_app(app: Flask, settings: Settings) -> Limiter | None:
    """Install the limiter when `RATELIMIT` or `TEXT_RATELIMIT` is set; a malformed value fails
    at startup."""
    if not settings.ratelimit and not settings.text_ratelimit:
        return None
    for value in (settings.ratelimit, settings.text_ratelimit):
        if value:
            parse_many(value)
    limiter = Limiter(
        client_key, app=app, default_limits=[settings.ratelimit] if settings.ratelimit else [],
        default_limits_exempt_when=_exempt, storage_uri=storage_uri(settings),
        key_prefix="qa", headers_enabled=False,
        # Counters' store down: keep serving with per-worker counts in memory rather than 500s.
        in_memory_fallback_enabled=True,
    )
    app.after_request(lambda response: _headers(limiter, response))
    app.extensions["qa_limiter"] = limiter
    return limiter

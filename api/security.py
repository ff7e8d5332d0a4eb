"""Bearer API keys for `/v1`, off unless `API_KEYS` lists some.

Keys are compared with `hmac.compare_digest` against every configured key (no early exit), so the
time taken says nothing about how much of a key was right. Probes, docs and CORS preflights stay
open.
"""
from __future__ import annotations

import hashlib
import hmac

from flask import Flask, current_app, g, request

from api.errors import Problem

PROTECTED_PREFIX = "/v1/"
SECURITY_SCHEME = {"type": "http", "scheme": "bearer",
                   "description": "An API key from `API_KEYS`, sent as "
                                  "`Authorization: Bearer <key>`."}


def key_id(key: str) -> str:
    """A short, non-reversible name for a key: what logs and the rate-limit store see."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _presented_key() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def _matches(presented: str, keys: tuple[str, ...]) -> bool:
    found = False
    for key in keys:
        found |= hmac.compare_digest(presented.encode(), key.encode())
    return found


def require_key() -> None:
    """Before each `/v1` request: 401 problem unless a configured key is presented."""
    keys = current_app.extensions["qa_settings"].api_keys
    if not keys or request.method == "OPTIONS" or not request.path.startswith(PROTECTED_PREFIX):
        return
    presented = _presented_key()
    if presented is None or not _matches(presented, keys):
        raise Problem(401, "Send a valid API key as `Authorization: Bearer <key>`.",
                      headers={"WWW-Authenticate": 'Bearer realm="quote-attribution"'})
    g.api_key_id = key_id(presented)


def init_app(app: Flask) -> None:
    """Register the check; it must run before the rate limiter, which keys on `g.api_key_id`."""
    app.before_request(require_key)

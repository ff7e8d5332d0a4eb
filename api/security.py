"""Who is calling `/v1`, and may they: bearer API keys with scopes, checked before each request.

Keys live hashed in the store (`flask keys create`, `profiles/keys.py`); keys listed in `API_KEYS`
are bootstrap keys with every scope, compared with `hmac.compare_digest` against every entry (no
early exit). With neither, the service is open (every caller has every scope) and
`gunicorn.conf.py` keeps it on loopback unless `ALLOW_OPEN_ACCESS=1`. Failed authentications count
per client address (`api/auth_limit.py`). Probes, docs and CORS preflights stay open.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from flask import Flask, current_app, g, request

from api import auth_limit
from api.errors import Problem
from profiles import keys

PROTECTED_PREFIX = "/v1/"
SECURITY_SCHEME = {"type": "http", "scheme": "bearer",
                   "description": "An API key from `flask keys create` (or `API_KEYS`), sent as "
                                  "`Authorization: Bearer <key>`. Scopes: `read` (GET, analyze, "
                                  "quote check), `write` (PUT/DELETE of the key's own articles), "
                                  "`admin` (profile PATCH and merge, any article)."}
ADMIN_ENDPOINTS = frozenset({"speakers.merge_speakers", "speakers.patch_speaker"})
READING_POSTS = frozenset({"analyze.analyze", "batch.analyze_batch", "quotes.check"})
"""POSTs that store nothing; every other POST, PUT, PATCH and DELETE needs `write`."""


@dataclass(frozen=True)
class Principal:
    """The caller: `owner` is what their articles record; `None` when access is open."""

    owner: str | None
    scopes: frozenset[str]

    @property
    def admin(self) -> bool:
        return "admin" in self.scopes


OPEN_ACCESS = Principal(None, frozenset(keys.SCOPES))


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


def required_scope() -> str:
    """The scope the matched route needs (unknown routes: `read`, so they 404 for readers)."""
    if request.endpoint in ADMIN_ENDPOINTS:
        return "admin"
    if request.method in ("GET", "HEAD") or request.endpoint in READING_POSTS:
        return "read"
    return "write"


def _identify(presented: str | None) -> Principal | None:
    """The caller's principal, or `None` when a key is needed and none valid was sent."""
    env_keys = current_app.extensions["qa_settings"].api_keys
    if presented is not None and _matches(presented, env_keys):
        g.api_key_id = key_id(presented)
        return Principal(f"env:{g.api_key_id}", frozenset(keys.SCOPES))
    with current_app.extensions["qa_read_db"].connect() as connection:
        found = keys.find_live_key(connection, presented) if presented else None
        if found is not None:
            g.api_key_id = f"db{found.id}"
            return Principal(keys.owner_of(found), frozenset(found.scopes.split()))
        if not env_keys and not keys.any_live_key(connection):
            return OPEN_ACCESS
    return None


def require_key() -> None:
    """Before each `/v1` request: 401 without a valid key, 429 after too many failures from
    this address, 403 when the key lacks the route's scope."""
    if request.method == "OPTIONS" or not request.path.startswith(PROTECTED_PREFIX):
        return
    auth_limit.refuse_if_blocked()
    principal = _identify(_presented_key())
    if principal is None:
        auth_limit.count_failure()
        raise Problem(401, "Send a valid API key as `Authorization: Bearer <key>`.",
                      headers={"WWW-Authenticate": 'Bearer realm="quote-attribution"'})
    g.principal = principal
    scope = required_scope()
    if scope not in principal.scopes:
        raise Problem(403, f"This key lacks the `{scope}` scope this operation needs.")


def current_principal() -> Principal:
    """The caller of this request (open access outside `/v1`)."""
    return g.get("principal", OPEN_ACCESS)


def require_owner(owner: str | None) -> None:
    """403 problem unless the caller is `owner` (the key that stored the article) or admin."""
    principal = current_principal()
    if principal.admin or (owner is not None and principal.owner == owner):
        return
    raise Problem(403, "This article belongs to another API key: only that key or an admin key "
                       "may overwrite or delete it.")


def init_app(app: Flask) -> None:
    """Register the check; it must run before the rate limiter, which keys on `g.api_key_id`."""
    auth_limit.init_app(app)
    app.before_request(require_key)

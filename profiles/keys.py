"""API keys: created with a random token shown once, stored as its SHA-256, revoked by id or name.

A token carries 256 random bits, so a plain SHA-256 is enough (no salt or slow hash: nobody can
enumerate the inputs), and looking it up by its hash leaks nothing about the token through timing.
The two look-ups every `/v1` request makes (`find_live_key`, `any_live_key`) are single Core
SELECTs built once, on a plain `Connection` (a `Session` works too): a session of its own and a
freshly built statement per request were over a quarter of a GET's CPU. They still ask the store
every time, so a revocation is immediate.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from profiles.models import ApiKey, utcnow

SCOPES = ("read", "write", "admin")
TOKEN_PREFIX = "qa_"


_LIVE_KEYS = select(ApiKey.id, ApiKey.scopes, ApiKey.token_hash).where(ApiKey.revoked_at.is_(None))
_BY_HASH = _LIVE_KEYS.where(ApiKey.token_hash == bindparam("digest"))
_ANY_LIVE = _LIVE_KEYS.with_only_columns(ApiKey.id).limit(1)


class KeyNotFound(LookupError):
    """No live key has this id or name."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class LiveKey(NamedTuple):
    """What a request needs of its key: who it is and what it may do."""

    id: int
    scopes: str
    token_hash: str


def owner_of(key: ApiKey | LiveKey) -> str:
    """What `Article.owner` records: stable across renames, never the token."""
    return f"key:{key.id}"


def create_key(session: Session, name: str, scopes: Iterable[str]) -> tuple[ApiKey, str]:
    """A new key and its token (the only time the token exists outside the client)."""
    chosen = [s for s in SCOPES if s in set(scopes)]
    unknown = set(scopes) - set(SCOPES)
    if unknown or not chosen:
        raise ValueError(f"scopes must be among {', '.join(SCOPES)}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(name=name, token_hash=token_hash(token), scopes=" ".join(chosen),
                 created_at=utcnow())
    session.add(key)
    session.flush()
    return key, token


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, id_or_name: str) -> ApiKey:
    """Revoke the live key with this id (digits) or name; its articles keep their owner."""
    query = select(ApiKey).where(ApiKey.revoked_at.is_(None))
    if id_or_name.isdigit():
        query = query.where(ApiKey.id == int(id_or_name))
    else:
        query = query.where(ApiKey.name == id_or_name)
    key = session.scalar(query)
    if key is None:
        raise KeyNotFound(id_or_name)
    key.revoked_at = utcnow()
    return key


def find_live_key(connection: Connection | Session, token: str) -> LiveKey | None:
    """The unrevoked key whose token this is, if any."""
    digest = token_hash(token)
    row = connection.execute(_BY_HASH, {"digest": digest}).first()
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return LiveKey(*row)


def any_live_key(connection: Connection | Session) -> bool:
    return connection.scalar(_ANY_LIVE) is not None

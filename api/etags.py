"""Optimistic concurrency: strong `ETag`s on articles and profiles, `If-Match` checked inside the
write's transaction (so the row is locked when compared) and a 412 problem when stale.

A missing (or empty) `If-Match` is allowed (no 428): clients written before ETags existed keep
working; editors that want protection from lost updates send it. `If-Match: *` means "only if it
exists".
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from flask import request

from api.errors import Problem
from profiles.models import Article

HEADER = {"ETag": {"description": "Version of the representation; send it back in `If-Match`.",
                   "schema": {"type": "string"}}}
IF_MATCH = {"in": "header", "name": "If-Match", "required": False,
            "description": "Apply only if the resource still has this `ETag` (412 otherwise); "
                           "`*` means only if it exists. Optional.",
            "schema": {"type": "string"}}


def _tag(material: str) -> str:
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def article_etag(article: Article) -> str:
    """Changes whenever the article is stored again (`updated_at` is set on every PUT)."""
    return _tag(f"{article.id}|{article.updated_at.isoformat()}")


def representation_etag(dumped: Any) -> str:
    """A hash of the serialised representation: for profiles, which change whenever any article
    quoting them does."""
    return _tag(json.dumps(dumped, sort_keys=True, default=str))


def header(etag: str) -> dict[str, str]:
    return {"ETag": f'"{etag}"'}


def require_match(current: str | None) -> None:
    """412 problem when `If-Match` was sent and `current` (`None`: no such resource) fails it."""
    if not request.headers.get("If-Match", "").strip():
        return
    wanted = request.if_match
    if current is not None and (wanted.star_tag or wanted.contains(current)):
        return
    raise Problem(412, "The resource changed since you read it (or does not exist): GET it "
                       "again and retry with its current `ETag` in `If-Match`.")

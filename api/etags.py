"""Optimistic concurrency: strong `ETag`s on articles and profiles, `If-Match` checked inside the
write's transaction (so the row is locked when compared) and a 412 problem when stale.

A missing `If-Match` is allowed (no 428): clients written before ETags existed keep working;
editors that want protection from lost updates send it. `If-Match: *` means "only if it exists".
A field that is present is always evaluated (RFC 9110 13.1.1): one that is empty or names no
entity tag matches nothing, so it is a 412 like a stale tag, never read as absent (red round:
`If-Match:` with nothing after it let the write through). 412 rather than 400: what the client
must learn is that nothing was written, and 412 is the status that says so for a precondition.
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
                           "`*` means only if it exists. Optional; when sent, it is always "
                           "compared: an empty value or one naming no entity tag matches "
                           "nothing (412).",
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
    """412 problem when `If-Match` was sent and `current` (`None`: no such resource) fails it;
    sent empty or naming no entity tag, it fails whatever `current` is."""
    if "If-Match" not in request.headers:
        return
    wanted = request.if_match
    if current is not None and (wanted.star_tag or wanted.contains(current)):
        return
    if not wanted:
        raise Problem(412, "`If-Match` names no entity tag (it is empty or malformed), so it "
                           "matches nothing: send the `ETag` of a GET, or `*`, or no "
                           "`If-Match` at all.")
    raise Problem(412, "The resource changed since you read it (or does not exist): GET it "
                       "again and retry with its current `ETag` in `If-Match`.")

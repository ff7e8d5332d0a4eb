"""Opaque cursors for keyset pagination: the sort values of the last item seen, base64 JSON.

Keyset pages stay fast and stable as rows are added (no OFFSET scans, no skipped rows); the
cursor names its listing so a cursor from one endpoint is refused by another.
"""
from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from profiles.errors import InvalidCursor


def encode(listing: str, values: list[Any]) -> str:
    """`values` are the last item's sort keys (datetimes as ISO strings)."""
    raw = [listing, *[v.isoformat() if isinstance(v, datetime) else v for v in values]]
    return base64.urlsafe_b64encode(json.dumps(raw).encode()).decode().rstrip("=")


def decode(listing: str, cursor: str, size: int) -> list[Any]:
    """The sort keys from `cursor`, checked to belong to `listing` and to have `size` values."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as error:
        raise InvalidCursor() from error
    if not isinstance(raw, list) or len(raw) != size + 1 or raw[0] != listing \
            or any(isinstance(v, str) and "\x00" in v for v in raw):
        raise InvalidCursor()
    return raw[1:]


def as_datetime(value: Any) -> datetime | None:
    """A datetime sort key back from its ISO string."""
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise InvalidCursor() from error

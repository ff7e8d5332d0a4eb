"""A page of a listing: its items and the cursor of the next page (None on the last)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from profiles import cursor

T = TypeVar("T")

MAX_LIMIT = 100
"""Largest page a caller may ask for; bigger pages cost one response more than they save."""


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def clamp(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def page_of(rows: Sequence[T], limit: int, listing: str,
            sort_keys: Callable[[T], list[Any]]) -> Page[T]:
    """`rows` fetched with `limit + 1`: the extra row only says whether a next page exists."""
    items = list(rows[:limit])
    more = len(rows) > limit
    return Page(items, cursor.encode(listing, sort_keys(items[-1])) if more and items else None)

"""How one body is written in different orders (`Justice Department`, `Department of Justice`):
the forms `profiles/affiliation_search.py` tries for `GET /v1/speakers?affiliation=`.
"""
from __future__ import annotations

REORDERED_HEADS = frozenset(sorted([
    "agency", "board", "bureau", "commission", "committee", "council", "department", "ministry",
    "office", "service",
]))
"""Body nouns written before or after their field: `Finance Ministry` / `Ministry of Finance`,
`Defense Department` / `Department of Defense`."""

DROPPED_LEADING_WORDS = frozenset(sorted(["federal", "us"]))
"""Leading words a body's name often goes without (`U.S. Department of Justice`, `the federal
Justice Department` -> `Justice Department`); `U.S.` is `us` once folded."""

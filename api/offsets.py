"""`?offsets=utf16`: character offsets counted in UTF-16 code units, as JavaScript counts them.

The engine and the store count code points (Python string indices). A browser or a CMS editor
counts UTF-16 code units, so for it every offset after an emoji or another character outside
the Basic Multilingual Plane is one short per such character. The conversion is done here, at
the edge, over the dumped response: every object with integer `start` and `end` members is a
span of one text, and each code point above U+FFFF before an offset adds one to it.

A view whose response carries offsets takes the parameter with `@offsets.option(blp)`; the
schemas of stored rows then call `in_requested_unit(dumped, text)` with (a getter of) the
text the offsets index, and `/v1/analyze` converts the engine's result against the text it was sent.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from flask import g
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from api.schemas.common import described

CODEPOINTS = "codepoints"
UTF16 = "utf16"
UNITS = (CODEPOINTS, UTF16)
ASTRAL = re.compile("[\U00010000-\U0010ffff]")

F = TypeVar("F", bound=Callable[..., Any])


class OffsetsQuerySchema(Schema):
    """The unit of every offset in the response."""

    offsets = fields.String(load_default=CODEPOINTS, validate=validate.OneOf(UNITS),
                            metadata=described(
                                "Unit of every `start`/`end` in the response: `codepoints` "
                                "(Python string indices, the default) or `utf16` (UTF-16 code "
                                "units, what JavaScript's `text.substring(start, end)` and "
                                "editors in the browser count). Any other value is a 422.",
                                UTF16))


class Utf16Offsets:
    """Code-point offsets into one text as UTF-16 code-unit offsets."""

    def __init__(self, text: str) -> None:
        self.astral = [m.start() for m in ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self.astral, offset)


def recount(data: Any, convert: Callable[[int], int]) -> Any:
    """`data` (dumped JSON) with every span's `start` and `end` passed through `convert`."""
    if isinstance(data, list | tuple):
        return [recount(item, convert) for item in data]
    if not isinstance(data, dict):
        return data
    out = {key: recount(value, convert) for key, value in data.items()}
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
        out["start"], out["end"] = convert(out["start"]), convert(out["end"])
    return out


def requested_unit() -> str:
    return g.get("qa_offsets", CODEPOINTS)


def in_requested_unit(data: Any, text: Callable[[], str]) -> Any:
    """Dumped `data` whose offsets index `text()`, in the unit the request asked for; the text
    is only fetched when the unit is not code points."""
    if requested_unit() != UTF16:
        return data
    body = text()
    return recount(data, Utf16Offsets(body)) if ASTRAL.search(body) else data


def engine_result_in_requested_unit(result: Any, text: str) -> Any:
    """An engine result (frozen dataclasses) whose offsets index `text`, as records in the
    requested unit; the result itself when nothing changes (the common case costs nothing)."""
    if requested_unit() != UTF16 or not ASTRAL.search(text):
        return result
    return recount(asdict(result), Utf16Offsets(text))


def option(blp: Blueprint) -> Callable[[F], F]:
    """Document and read `?offsets=` for one view; the view itself never sees the parameter."""

    def decorator(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, offsets: str, **kwargs: Any) -> Any:
            g.qa_offsets = offsets
            return view(*args, **kwargs)

        return blp.arguments(OffsetsQuerySchema, location="query", as_kwargs=True)(wrapper)

    return decorator

"""Format characters around quote marks (zero-width space, joiners, direction marks, BOM,
soft hyphen): scraped pages leave them where a reader sees nothing, so the mark scanner looks
past them (`win\u200b”` closes as `win”` does) and trims them from a quote's edges."""
from __future__ import annotations

import unicodedata

_INVISIBLE_RUN = 8
"""Format characters looked past beside a mark (a longer run reads as a gap): the cost per mark
stays bounded in a text made of them."""


def invisible(ch: str) -> bool:
    """A format character (zero-width space, joiners, direction marks, BOM, soft hyphen):
    scraped pages leave them around quote marks, where a reader sees nothing."""
    return unicodedata.category(ch) == "Cf"


def is_blank(ch: str) -> bool:
    """Space, or a format character standing where a space would."""
    return ch.isspace() or invisible(ch)


def visible_before(text: str, at: int) -> str:
    """The visible character before `at` (a space at the text's start): `win\u200b”` closes
    as `win”` does, and ` \u200b“We` opens as ` “We` does."""
    i = at - 1
    while i >= 0 and at - i <= _INVISIBLE_RUN and invisible(text[i]):
        i -= 1
    return text[i] if i >= 0 else " "


def visible_after(text: str, at: int) -> str:
    """The visible character from `at` on (a space at the text's end)."""
    i = at
    while i < len(text) and i - at < _INVISIBLE_RUN and invisible(text[i]):
        i += 1
    return text[i] if i < len(text) else " "


def visible_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A segment's bounds without the format characters at its edges (`“We will win\u200b”` is
    `We will win`): what a reader sees quoted, and what the speech rules read."""
    while start < end and invisible(text[start]):
        start += 1
    while end > start and invisible(text[end - 1]):
        end -= 1
    return start, end

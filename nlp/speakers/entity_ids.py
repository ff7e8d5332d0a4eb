"""Speaker entity ids, made and read only here: `n:` and a name's words (`n:Jane Doe`) for a
named entity, `u:` and a description's words (`u:senior official`) for an unnamed one."""
from __future__ import annotations

from collections.abc import Iterable

NAMED = "n:"
UNNAMED = "u:"


def named_id(words: Iterable[str]) -> str:
    return NAMED + " ".join(words)


def unnamed_id(words: Iterable[str]) -> str:
    return UNNAMED + " ".join(words)


def id_words(eid: str) -> tuple[str, ...]:
    """The words an id was made of (a name's, for a named entity)."""
    return tuple(eid[len(NAMED):].split(" "))


def first_word(eid: str) -> str:
    """The first name of a named entity's id, as `first_name_gender` reads it."""
    return id_words(eid)[0]

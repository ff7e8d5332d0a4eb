"""When two names are one: the engine's rule within an article, beside the store's across
articles (`profiles/identity.py`), both on folded words (`nlp/text/folding.py`).

Within an article, newswire introduces a person in full and then shortens the name: a mention
`refers_to` a fuller name with the same last word and, when the mention has two words or more,
the same first word (`Pompeo`, `Mike Pompeo`; `Hillary Clinton`, `Hillary Rodham Clinton`), or
that ends with the mention (`Le Pen`, `Marine Le Pen`: `ends_name`). Across articles a name alone
is weaker evidence, so the store asks more (middle names that agree, and a surname alone joins
nothing without a shared affiliation) and forgives spelling slips; see `profiles/identity.py`.
"""
from __future__ import annotations

Words = tuple[str, ...]


def refers_to(short: Words, full: Words) -> bool:
    """Whether `short` can be a shortened mention of `full` (see the module docstring)."""
    return bool(short) and len(full) >= len(short) and full[-1] == short[-1] and (
        len(short) == 1 or full[0] == short[0])


def same_name(a: Words, b: Words) -> bool:
    """Whether one of two names can be a mention of the other."""
    return refers_to(a, b) or refers_to(b, a)


def ends_name(short: Words, full: Words) -> bool:
    """`Le Pen` of `Marine Le Pen`: the last words of `full` are `short`."""
    return len(full) >= len(short) and full[-len(short):] == short

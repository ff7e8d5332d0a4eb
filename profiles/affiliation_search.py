"""Which stored organisations `GET /v1/speakers?affiliation=` means: every form of a body's name
finds it, as a reader would (`SDF` and `Syrian Democratic Forces`; `Justice Department`,
`Department of Justice` and `DOJ`; case and accents set aside).

Forms are built from the query (word orders, a dropped `U.S.`), then looked up in SQL by their
exact key, as a whole-word part of a stored name (`syrian democratic`), by short form, and by
acronym: an acronym's candidates come from the acronym index and are confirmed with
`same_organization`, so `DJ` for `Dow Jones` never passes for `DOJ`. The cost follows the
query's few forms and the organisations sharing its initials, not the store.
"""
from __future__ import annotations

from itertools import combinations
from typing import Any

from sqlalchemy import func, literal, or_, select
from sqlalchemy.orm import Session

from nlp.lexicon.bodies import FUNCTION_WORDS
from nlp.lexicon.body_forms import DROPPED_LEADING_WORDS, REORDERED_HEADS
from profiles.models import Organization
from profiles.organizations import org_words, same_organization

_FUNCTION_INITIALS = frozenset(w[0] for w in FUNCTION_WORDS)


def name_forms(name: str) -> set[str]:
    """The keys `name` may be stored under: as written, without a leading `U.S.`, and with a
    body noun moved (`justice department` <-> `department of justice`)."""
    words = org_words(name)
    forms = {tuple(words)}
    if len(words) > 1 and words[0] in DROPPED_LEADING_WORDS:
        forms.add(tuple(words[1:]))
    for form in list(forms):
        forms |= _reordered(form)
    return {" ".join(f) for f in forms if f}


def _reordered(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """`department of justice` -> `justice department`, and back."""
    if "of" in words:
        i = words.index("of")
        if i == 1 and words[0] in REORDERED_HEADS and i + 1 < len(words):
            return {(*words[2:], words[0])}
        return set()
    if len(words) > 1 and words[-1] in REORDERED_HEADS:
        return {(words[-1], "of", *words[:-1])}
    return set()


def acronym_of(name: str) -> str | None:
    """The query as an acronym (`SDF`, `sdf`, `U.N.`): one word of two to seven letters."""
    letters = name.strip().replace(".", "")
    return letters.lower() if 2 <= len(letters) <= 7 and letters.isalpha() else None


def _acronym_keys(acronym: str) -> set[str]:
    """Acronym index keys a body spelt `acronym` may have: the index leaves out function words'
    initials (`Department of Justice` is `dj`), and its name may be stored in the other order
    (`Justice Department`, `jd`), so `doj` is also looked up as `dj` and `jd`."""
    optional = [i for i, c in enumerate(acronym) if c in _FUNCTION_INITIALS and i > 0]
    keys = set()
    for n in range(len(optional) + 1):
        for dropped in combinations(optional, n):
            keys.add("".join(c for i, c in enumerate(acronym) if i not in dropped))
    if len(acronym) > 2 and acronym[1] == "o":
        keys.add(acronym[2:] + acronym[0])
    return keys


def _initials(form: str) -> set[str]:
    words = form.split()
    return {"".join(w[0] for w in words),
            "".join(w[0] for w in words if w not in FUNCTION_WORDS)} if len(words) > 1 else set()


def _titled(form: str) -> str:
    return " ".join(w.capitalize() for w in form.split())


def organizations_named(session: Session, name: str) -> list[int]:
    """Ids of the organisations `name` names, in any of its forms."""
    forms = name_forms(name)
    acronym = acronym_of(name)
    padded = literal(" ") + Organization.key + literal(" ")
    conditions: list[Any] = [Organization.key.in_(sorted(forms))]
    conditions += [padded.contains(f" {form} ", autoescape=True) for form in sorted(forms)]
    if acronym:
        conditions.append(func.lower(Organization.short) == acronym)
    ids = set(session.scalars(select(Organization.id).where(or_(*conditions))))
    return sorted(ids | _by_acronym(session, acronym, forms))


def _by_acronym(session: Session, acronym: str | None, forms: set[str]) -> set[int]:
    """An acronym query's full names, and a full name's acronym-only organisations, each
    confirmed with `same_organization` against every form of the stored name."""
    keys = _acronym_keys(acronym) if acronym else set()
    spelled = set().union(*(_initials(f) for f in forms)) if forms else set()
    if not keys and not spelled:
        return set()
    candidates = session.scalars(select(Organization).where(or_(
        Organization.acronym.in_(sorted(keys | spelled)), Organization.key.in_(sorted(spelled)))))
    asked = ([acronym.upper()] if acronym else []) + [_titled(f) for f in forms]
    return {o.id for o in candidates
            if any(same_organization(q, None, stored, o.short) for q in asked
                   for stored in [o.name, *map(_titled, name_forms(o.name))])}

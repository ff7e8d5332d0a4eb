"""Outlets and organisations: rows looked up by a normalised key, created on first sight.

Both are shared by every article, so two workers may meet the same new name at once. The insert
is `INSERT ... ON CONFLICT DO NOTHING` followed by a read: the loser of the race waits on the
unique index for the winner to commit and then reads the winner's row (the warehouse/db.py
pattern, expressed in SQL rather than as a retried transaction).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nlp.text.folding import fold
from profiles.models import Organization, Outlet
from profiles.organizations import (
    canonical_organization,
    is_acronym,
    org_acronym,
    org_key,
    same_organization,
)


def insert_ignoring_conflict(session: Session, table: Table, values: dict[str, Any],
                             key: str) -> bool:
    """INSERT that does nothing when a row with the same `key` column already exists; whether
    this call inserted the row (a concurrent loser waits for the winner and gets `False`)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(**values).on_conflict_do_nothing(index_elements=[key])
    # RETURNING, not rowcount: psycopg reports no rowcount for an INSERT ... ON CONFLICT.
    return session.execute(statement.returning(table.c[key])).first() is not None


def outlet_key(name: str) -> str:
    """`Süddeutsche  Zeitung` and `suddeutsche zeitung` are one outlet: folded like names
    (`nlp.text.folding`), spaces collapsed."""
    return " ".join(fold(name).split())


def organization_keys(name: str, short: str | None) -> tuple[str, str]:
    """The unique key and the blocking acronym of the organisation these names denote; the
    name alone when it has no word to key by (a script the folding does not cover)."""
    display = canonical_organization(name, short)
    key = org_key(display.name, display.short) or display.name.casefold()
    return key, org_acronym(display.name, display.short)


def outlet_id(session: Session, name: str | None) -> int | None:
    """The outlet's row id, created on first sight; `None` for no outlet."""
    name = (name or "").strip()
    if not name:
        return None
    key = outlet_key(name)
    insert_ignoring_conflict(session, Outlet.__table__, {"key": key, "name": name}, "key")
    return session.scalar(select(Outlet.id).where(Outlet.key == key))


def organization(session: Session, name: str, short: str | None) -> Organization:
    """The one organisation these names denote, creating or completing it.

    An exact key wins; otherwise the organisations sharing the acronym are compared with
    `same_organization`, and a single fit is used. An organisation known only by its acronym
    takes the full name when an article finally gives it (`SDF` -> `Syrian Democratic Forces`).
    """
    display = canonical_organization(name, short)
    key, block = organization_keys(name, short)
    found = session.scalar(select(Organization).where(Organization.key == key))
    if found is None:
        same_block = select(Organization).where(Organization.acronym == block)
        fits = [o for o in session.scalars(same_block)
                if same_organization(display.name, display.short, o.name, o.short)]
        if len(fits) == 1:
            found = fits[0]
            if is_acronym(found.name) and not is_acronym(display.name):
                _complete(session, found, display.name, key)
        else:
            insert_ignoring_conflict(session, Organization.__table__, {
                "key": key, "acronym": block, "name": display.name, "short": display.short},
                "key")
            found = session.scalars(select(Organization).where(Organization.key == key)).one()
    if display.short and not found.short:
        found.short = display.short
    return found


def _complete(session: Session, org: Organization, full_name: str, key: str) -> None:
    """Give an acronym-only organisation its full name; if another worker created the full
    name meanwhile, the acronym row simply stays as it is."""
    try:
        with session.begin_nested():
            org.short = org.short or org.name
            org.name, org.key = full_name, key
    except IntegrityError:
        session.refresh(org)

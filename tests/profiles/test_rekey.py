"""Migration 0008 (issue 12): a store written while names were folded the old way (`ß`, `ł`,
`đ`, `ø` kept, or dropped from organisation keys; outlets only case-folded) gets today's keys,
and the profiles, organisations and outlets that were one name under two keys become one.

The old store is built by the store's own code at revision 0007 with the old folding swapped
in (as the code stood before issue 16), then by today's code, as a store upgraded in place is.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from nlp.text import names
from profiles import catalog, organizations, rekey
from profiles.db import make_engine, make_sessionmaker
from profiles.migrations import downgrade, upgrade
from profiles.models import Organization, Outlet, SpeakerAlias, SpeakerProfile
from profiles.speakers import get_speaker
from tests.profiles.profile_fixtures import Said, Store, every_row, profiles_by_name, revision


def old_fold(text: str) -> str:
    """The folding before issue 16: decomposed accents dropped, every other letter kept."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def old_org_words(name: str) -> list[str]:
    """Organisation words before issue 12: split at any letter but `a`-`z` (`ø` too)."""
    text = old_fold(organizations.clean_org_name(name))
    text = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    return [w for w in re.split(r"[^a-z0-9&]+", text) if w]


@pytest.fixture()
def old_store(store_url: str) -> Iterator[Store]:
    upgrade(store_url, "0007")
    engine = make_engine(store_url)
    yield Store(engine, make_sessionmaker(engine))
    engine.dispose()


def write_the_old_way(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as old:
        old.setattr(names, "fold", old_fold)
        old.setattr(organizations, "fold", old_fold)
        old.setattr(organizations, "org_words", old_org_words)
        old.setattr(catalog, "outlet_key", lambda name: " ".join(name.casefold().split()))
        store.ingest("a1", Said("Anna Wałęsa", ["The harbour opens in May."],
                                affiliations=[("Øresund Port Authority", None)]),
                     outlet="Tygodnik Łódź", day=1)
        store.ingest("a2", Said("Anna Walesa", ["The ferries run again."],
                                affiliations=[("Oresund Port Authority", None),
                                              ("Øresund Port Authority", None)]),
                     outlet="Tygodnik Lodz", day=2)
        store.ingest("a3", Said("Paweł Nowak", ["The bridge is safe."]),
                     Said("Straßenbahn Union", ["The trams will stop."], kind="organization"),
                     day=3)
    store.ingest("a4", Said("Pawel Nowak", ["The bridge stays open."]),
                 Said("Strassenbahn Union", ["The strike goes on."], kind="organization"),
                 day=4)


def test_old_store_holds_one_name_under_two_keys(old_store, monkeypatch):
    """The state the migration repairs: today's code meets the old keys as other names."""
    write_the_old_way(old_store, monkeypatch)
    assert {"Anna Wałęsa", "Anna Walesa", "Straßenbahn Union",
            "Strassenbahn Union"} <= set(profiles_by_name(old_store))
    assert len(old_store.read(lambda s: s.scalars(select(Organization)).all())) == 2


def test_migration_merges_profiles_whose_names_now_share_a_key(old_store, store_url,
                                                               monkeypatch):
    write_the_old_way(old_store, monkeypatch)
    before = profiles_by_name(old_store)
    upgrade(store_url)
    after = profiles_by_name(old_store)
    assert set(after) == {"Anna Wałęsa", "Paweł Nowak", "Strassenbahn Union"}
    anna, union, pawel = after["Anna Wałęsa"], after["Strassenbahn Union"], after["Paweł Nowak"]
    assert (anna.quote_count, anna.article_count) == (2, 2)
    for old_name in ("Anna Wałęsa", "Anna Walesa"):
        assert old_store.read(get_speaker, before[old_name].id).id == anna.id
    assert (union.kind, union.quote_count) == ("organization", 2)
    assert pawel.quote_count == 2
    corrected = old_store.read(lambda s: s.scalars(select(SpeakerProfile.corrected)).all())
    assert corrected == [False] * 3, "a merge made by the migration is not an editor's"


def test_migration_merges_organisations_and_outlets_and_recounts_profiles(
        old_store, store_url, monkeypatch):
    write_the_old_way(old_store, monkeypatch)
    upgrade(store_url)
    orgs = old_store.read(lambda s: [(o.key, o.acronym) for o in s.scalars(select(Organization))])
    assert orgs == [("oresund port authority", "opa")]
    outlets = old_store.read(lambda s: [o.key for o in s.scalars(select(Outlet))])
    assert outlets == ["tygodnik lodz"]
    anna = profiles_by_name(old_store)["Anna Wałęsa"]
    assert [(a.count, a.first_seen.day, a.last_seen.day) for a in anna.affiliations] == \
        [(2, 1, 2)]
    assert len(anna.outlets) == 1


def test_migrated_aliases_hold_todays_keys_once_per_profile(old_store, store_url, monkeypatch):
    write_the_old_way(old_store, monkeypatch)
    upgrade(store_url)
    aliases = old_store.read(lambda s: s.execute(
        select(SpeakerAlias.profile_id, SpeakerAlias.key, SpeakerAlias.block_key)).all())
    keys = [(profile_id, key) for profile_id, key, _ in aliases]
    assert len(keys) == len(set(keys))
    assert {key for _, key, _ in aliases} == {"anna walesa", "pawel nowak", "strassenbahn union"}
    assert all(key.isascii() and block.isascii() for _, key, block in aliases)


def test_new_mentions_join_the_merged_profiles(old_store, store_url, monkeypatch):
    write_the_old_way(old_store, monkeypatch)
    upgrade(store_url)
    old_store.ingest("a5", Said("Anna Wałęsa", ["The cranes arrive soon."],
                                affiliations=[("ØPA", None)]),
                     Said("Straßenbahn Union", ["Talks resume."], kind="organization"), day=5)
    after = profiles_by_name(old_store)
    assert len(after) == 3
    anna = after["Anna Wałęsa"]
    assert anna.quote_count == 3
    assert [a.count for a in anna.affiliations] == [3]


def test_migration_run_again_changes_nothing(old_store, store_url, monkeypatch):
    write_the_old_way(old_store, monkeypatch)
    upgrade(store_url)
    first = every_row(old_store)
    downgrade(store_url, "0007")
    upgrade(store_url)
    assert every_row(old_store) == first
    assert len(first[SpeakerProfile.__tablename__]) == 3


def test_a_migration_that_fails_half_way_leaves_the_store_as_it_was(old_store, store_url,
                                                                   monkeypatch):
    """Organisations are merged before aliases are rekeyed: a failure then rolls both back."""
    write_the_old_way(old_store, monkeypatch)
    before = every_row(old_store)

    def fail(session: Any) -> None:
        raise RuntimeError("the database went away")
    monkeypatch.setattr(rekey, "rekey_aliases", fail)
    with pytest.raises(RuntimeError):
        upgrade(store_url)
    assert every_row(old_store) == before
    assert revision(old_store) == "0007"

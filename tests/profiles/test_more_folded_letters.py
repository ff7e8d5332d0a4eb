"""Migration 0011: a store written while `ħ`, `ŧ`, `ŋ`... were kept whole by the folding gets
today's keys and search words: `Ħamrun` and `Hamrun` are one name, and stored quotes that spell
`Ħamrun` are found by `hamrun`, on SQLite and PostgreSQL.

The old store is built by today's code at revision 0010 with the folding's letter table as it
was before these letters joined it, then by today's code, as a store upgraded in place is.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from nlp.text import folding
from profiles import reindex
from profiles.db import make_engine, make_sessionmaker
from profiles.migrations import downgrade, upgrade
from profiles.models import Organization, SpeakerAlias
from profiles.quote_search import find_quotes
from profiles.speakers import get_speaker
from tests.profiles.profile_fixtures import Said, Store, every_row, profiles_by_name, revision

OLD_LETTERS = str.maketrans({
    "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    "ı": "i", "\u2019": "'", "\u2018": "'",
})
"""`folding._PLAIN_LETTERS` before 0011."""

QUOTE = "the new stand at Ħamrun opens before the derby"


@pytest.fixture()
def old_store(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    upgrade(store_url, "0010")
    engine = make_engine(store_url)
    store = Store(engine, make_sessionmaker(engine))
    with monkeypatch.context() as old:
        old.setattr(folding, "_PLAIN_LETTERS", OLD_LETTERS)
        old.setattr(folding, "_BEFORE_DECOMPOSITION", {})
        store.ingest("m1", Said("Marija Ħabela", [QUOTE],
                                affiliations=[("Ħamrun Spartans", None)]), day=1)
    store.ingest("m2", Said("Marija Habela", ["the pitch is ready"],
                            affiliations=[("Hamrun Spartans", None)]), day=2)
    yield store
    engine.dispose()


def test_old_store_holds_one_name_under_two_keys(old_store):
    assert {"Marija Ħabela", "Marija Habela"} <= set(profiles_by_name(old_store))
    assert len(old_store.read(lambda s: s.scalars(select(Organization)).all())) == 2
    assert old_store.read(find_quotes, "hamrun").items == []


def test_migration_0011_merges_profiles_and_organisations_whose_names_now_share_a_key(
        old_store, store_url):
    before = profiles_by_name(old_store)
    upgrade(store_url)
    after = profiles_by_name(old_store)
    assert len(after) == 1
    (marija,) = after.values()
    assert (marija.quote_count, marija.article_count) == (2, 2)
    for old_name in ("Marija Ħabela", "Marija Habela"):
        assert old_store.read(get_speaker, before[old_name].id).id == marija.id
    orgs = old_store.read(lambda s: [o.key for o in s.scalars(select(Organization))])
    assert orgs == ["hamrun spartans"]
    assert [a.count for a in marija.affiliations] == [2]
    keys = old_store.read(lambda s: s.scalars(select(SpeakerAlias.key)).all())
    assert set(keys) == {"marija habela"}


@pytest.mark.parametrize("q", ["hamrun", "Hamrun", "Ħamrun", "stand at Hamrun"])
def test_migration_0011_makes_stored_quotes_findable_by_plain_letters(old_store, store_url, q):
    upgrade(store_url)
    assert [g.text for g in old_store.read(find_quotes, q).items] == [QUOTE]


def test_migration_0011_run_again_changes_nothing(old_store, store_url):
    upgrade(store_url)
    first = every_row(old_store)
    downgrade(store_url, "0010")
    upgrade(store_url)
    assert every_row(old_store) == first
    assert revision(old_store) == "0011"


def test_a_0011_that_fails_at_the_quotes_leaves_the_merged_names_unmerged(old_store, store_url,
                                                                          monkeypatch):
    """Names are rekeyed before quotes are reindexed: a failure then rolls both back."""
    before = every_row(old_store)

    def fail(text: str | None) -> str:
        raise RuntimeError("the database went away")
    monkeypatch.setattr(reindex, "word_pairs", fail)
    with pytest.raises(RuntimeError):
        upgrade(store_url)
    assert every_row(old_store) == before
    assert revision(old_store) == "0010"

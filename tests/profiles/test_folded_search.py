"""Quote search finds a word however its letters are typed: `Wałęsa`, `Walesa` and `walesa` are
one word, as they are one name in the profiles (`nlp.text.folding`), on SQLite and PostgreSQL."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from profiles import search_terms
from profiles.db import make_engine, make_sessionmaker
from profiles.migrations import downgrade, upgrade
from profiles.quote_search import find_quotes
from tests.profiles.profile_fixtures import Said, Store

QUOTE = "we marched with Wałęsa along the Straße to the Øresund bridge"


@pytest.fixture()
def marched(store: Store) -> Store:
    store.ingest("march-1", Said("Ewa Nowak", [QUOTE]), day=1)
    store.ingest("march-2", Said("Jan Kowal", ["the bridge was closed all week"]), day=2)
    return store


@pytest.mark.parametrize("q", ["Wałęsa", "walesa", "WALESA", "Straße", "strasse", "Øresund",
                               "oresund", "marched with Walesa"])
def test_a_word_is_found_in_its_own_spelling_and_its_plain_letters(marched: Store,
                                                                   q: str) -> None:
    assert [g.text for g in marched.read(find_quotes, q).items] == [QUOTE]


@pytest.fixture()
def store_of_0008(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A store written before 0009: quotes indexed without the folded spellings."""
    upgrade(store_url, "0008")
    engine = make_engine(store_url)
    with monkeypatch.context() as old:
        old.setattr(search_terms, "_respelled", lambda value, folded: [])
        Store(engine, make_sessionmaker(engine)).ingest("march-1", Said("Ewa Nowak", [QUOTE]),
                                                        day=1)
    yield Store(engine, make_sessionmaker(engine))
    engine.dispose()


def test_migration_0009_makes_stored_quotes_findable_by_plain_letters(
        store_of_0008: Store, store_url: str) -> None:
    assert store_of_0008.read(find_quotes, "walesa").items == []
    upgrade(store_url)
    assert [g.text for g in store_of_0008.read(find_quotes, "walesa").items] == [QUOTE]
    assert [g.text for g in store_of_0008.read(find_quotes, "Wałęsa").items] == [QUOTE]


def test_migration_0009_run_again_changes_nothing(store_of_0008: Store, store_url: str) -> None:
    upgrade(store_url)
    before = store_of_0008.read(lambda s: s.execute(text(
        "SELECT id, word_pairs FROM quotes ORDER BY id")).all())
    downgrade(store_url, "0008")
    upgrade(store_url)
    assert store_of_0008.read(lambda s: s.execute(text(
        "SELECT id, word_pairs FROM quotes ORDER BY id")).all()) == before
    assert len(store_of_0008.read(find_quotes, "oresund").items) == 1

"""Words for one job (`spokesman`, `spokeswoman`, `spokesperson`) are one role in a profile,
counted by article, with every word kept and returned (issue 12)."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from nlp.lexicon.jobs import job_key
from profiles.articles import get_article
from profiles.db import make_engine
from profiles.migrations import downgrade, upgrade
from profiles.speakers import search_speakers
from tests.profiles.profile_fixtures import Said, Store


def only_profile(store: Store) -> Any:
    profile, = store.read(search_speakers).items
    return profile


def test_gendered_and_neutral_words_for_a_job_share_one_key():
    assert {job_key(r) for r in ("spokesman", "spokeswoman", "Spokesperson")} == {"spokesperson"}
    assert job_key("chairman of the board") == job_key("chair of the board")
    assert job_key("chief spokeswoman") == "chief spokesperson"


def test_different_jobs_keep_different_keys():
    assert job_key("vice chair") != job_key("chair")
    assert job_key("congressman") != job_key("senator")


def test_variants_count_as_one_role_with_each_word_kept(store: Store) -> None:
    store.ingest("a1", Said("Ana Ruiz", ["One."], roles=["spokeswoman"]), day=1)
    store.ingest("a2", Said("Ana Ruiz", ["Two."], roles=["spokesperson"]), day=2)
    store.ingest("a3", Said("Ana Ruiz", ["Three."], roles=["spokeswoman"]), day=3)
    role, = only_profile(store).roles
    assert (role.name, role.count) == ("spokeswoman", 3)
    assert (role.first_seen, role.last_seen) == (datetime(2019, 3, 1, 12, tzinfo=UTC),
                                                 datetime(2019, 3, 3, 12, tzinfo=UTC))
    assert [(v.name, v.count) for v in role.variants] == [("spokeswoman", 2),
                                                          ("spokesperson", 1)]


def test_an_article_using_two_words_for_the_job_counts_once(store: Store) -> None:
    store.ingest("a1", Said("Ana Ruiz", ["One."], roles=["spokesman", "spokesperson"]), day=1)
    role, = only_profile(store).roles
    assert role.count == 1 and sorted(v.name for v in role.variants) == [
        "spokesman", "spokesperson"]


def test_a_stored_quote_keeps_the_article_word(store: Store) -> None:
    store.ingest("a1", Said("Ana Ruiz", ["One."], roles=["chairwoman"]), day=1)
    store.ingest("a2", Said("Ana Ruiz", ["Two."], roles=["chair"]), day=2)
    role, = only_profile(store).roles
    assert role.count == 2 and {v.name for v in role.variants} == {"chair", "chairwoman"}
    assert store.read(get_article, "a1").quotes[0].speaker["role"] == "chairwoman"


def test_a_surname_joins_the_profile_through_another_word_for_the_job(store: Store) -> None:
    store.ingest("a1", Said("Ana Ruiz", ["One."], roles=["spokeswoman"]))
    store.ingest("a2", Said("Tom Ruiz", ["Two."], roles=["mayor"]))
    store.ingest("a3", Said("Ruiz", ["Three."], roles=["spokesperson"]))
    profiles = {p.name: p for p in store.read(search_speakers).items}
    assert sorted(profiles) == ["Ana Ruiz", "Tom Ruiz"]
    assert profiles["Ana Ruiz"].quote_count == 2


def test_the_migration_regroups_roles_stored_before_it(store: Store, store_url: str) -> None:
    """Under 0005 each word was a role of its own; 0006 makes them one job again."""
    store.ingest("a1", Said("Ana Ruiz", ["One."], roles=["spokeswoman"]), day=1)
    store.ingest("a2", Said("Ana Ruiz", ["Two."], roles=["spokesperson"]), day=2)
    store.engine.dispose()
    downgrade(store_url, "0005")
    assert sorted(roles_table(store_url)) == [("spokesperson", 1), ("spokeswoman", 1)]
    upgrade(store_url)
    assert roles_table(store_url) == [("spokesperson", 2)]
    role, = only_profile(store).roles
    assert [(v.name, v.count) for v in role.variants] == [("spokesperson", 1),
                                                          ("spokeswoman", 1)]


def roles_table(url: str) -> list[tuple[str, int]]:
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, count FROM profile_roles")).all()
    engine.dispose()
    return [tuple(r) for r in rows]

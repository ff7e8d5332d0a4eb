"""`?affiliation=` finds every speaker of a body by any of its names: acronym and expansion,
either word order, a dropped `U.S.`, case and accents set aside (issue 12)."""
from __future__ import annotations

import pytest

from profiles.affiliation_search import name_forms
from profiles.speakers import search_speakers
from tests.profiles.profile_fixtures import Said, Store


def names(store: Store, affiliation: str, **kwargs: object) -> list[str]:
    return sorted(p.name for p in store.read(search_speakers, affiliation=affiliation,
                                              **kwargs).items)


@pytest.fixture()
def stored(store: Store) -> Store:
    store.ingest("a1", Said("Mustafa Bali", ["One."],
                            affiliations=[("Syrian Democratic Forces", "SDF")]))
    store.ingest("a2", Said("Kino Gabriel", ["Two."], affiliations=[("SDF", None)]))
    store.ingest("a3", Said("Ana Ruiz", ["Three."], affiliations=[("Justice Department", None)]))
    store.ingest("a4", Said("Tom Vale", ["Four."], affiliations=[("DOJ", None)]))
    store.ingest("a5", Said("Lea Marchal", ["Five."], affiliations=[("Société Générale", None)]))
    store.ingest("a6", Said("Ben Ode", ["Six."], affiliations=[("Dow Jones", None)]))
    store.ingest("a7", Said("Ida Nye", ["Seven."],
                            affiliations=[("Syrian Democratic Council", None)]))
    return store


def test_word_orders_and_a_leading_us_are_forms_of_one_name():
    assert {"justice department", "department of justice"} <= name_forms(
        "U.S. Department of Justice")
    assert "ministry of finance" in name_forms("the Finance Ministry")


@pytest.mark.parametrize("query", ["SDF", "sdf", "S.D.F.", "Syrian Democratic Forces",
                                   "the Kurdish-led Syrian Democratic Forces",
                                   "syrian democratic forces"])
def test_the_acronym_and_the_full_name_find_the_same_speakers(stored: Store, query: str) -> None:
    assert names(stored, query) == ["Kino Gabriel", "Mustafa Bali"]


@pytest.mark.parametrize("query", ["Justice Department", "Department of Justice",
                                   "U.S. Department of Justice", "DOJ", "doj"])
def test_every_form_of_the_justice_department_finds_its_speakers(stored: Store,
                                                                  query: str) -> None:
    assert names(stored, query) == ["Ana Ruiz", "Tom Vale"]


@pytest.mark.parametrize("query", ["societe generale", "SOCIÉTÉ GÉNÉRALE", "Société Générale"])
def test_case_and_accents_are_set_aside(stored: Store, query: str) -> None:
    assert names(stored, query) == ["Lea Marchal"]


def test_part_of_a_name_finds_every_body_holding_those_words(stored: Store) -> None:
    assert names(stored, "Syrian Democratic") == ["Ida Nye", "Kino Gabriel", "Mustafa Bali"]


def test_other_bodies_with_the_same_initials_stay_out(stored: Store) -> None:
    assert "Ben Ode" not in names(stored, "DOJ")
    assert names(stored, "DJ") == ["Ben Ode"]
    assert names(stored, "Syrian Democratic Council") == ["Ida Nye"]


def test_an_unknown_body_finds_nobody(stored: Store) -> None:
    assert names(stored, "Harbor Authority") == [] and names(stored, "...") == []


def test_the_filtered_listing_pages_like_every_listing(store: Store) -> None:
    for i in range(5):
        store.ingest(f"p{i}", Said(f"Speaker Number{'abcde'[i]}", ["Words."],
                                   affiliations=[("Syrian Democratic Forces", "SDF")]))
    seen, after = [], None
    while True:
        page = store.read(search_speakers, affiliation="SDF", limit=2, after=after)
        seen += [p.name for p in page.items]
        after = page.next_cursor
        if not after:
            break
    assert sorted(seen) == sorted(f"Speaker Number{c}" for c in "abcde")

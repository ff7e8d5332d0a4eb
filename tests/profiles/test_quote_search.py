""""Who said this?" on SQLite and PostgreSQL: what the search returns, in which order, page by
page, and how far its bounded ranking reaches (issue 14: reads flat at a million quotes)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from profiles import full_text, quote_search, search_terms
from profiles.models import Quote
from profiles.quote_search import find_quotes, score
from tests.profiles.profile_fixtures import Said, Store

FERRY = ["the ferry to the island sails at noon", "our ferry sails to the island at dawn",
         "no ferry sails on a stormy sunday", "the island ferry was late again today",
         "a new ferry will serve the island soon", "every ferry needs a careful captain"]
"""Quotes sharing `ferry`, each far enough from the others to be its own group."""


@pytest.fixture()
def ferries(store: Store) -> Store:
    for day, words in enumerate(FERRY, start=1):
        store.ingest(f"ferry-{day}", Said(f"Olga Berg{day}", [words]), day=day)
    return store


def texts(store: Store, q: str, **kwargs: object) -> list[str]:
    return [g.text for g in store.read(find_quotes, q, **kwargs).items]


def test_the_closest_wording_comes_first(ferries: Store) -> None:
    assert texts(ferries, "the ferry to the island sails at noon")[0] == FERRY[0]
    assert texts(ferries, "a new ferry will serve the island")[0] == FERRY[4]


def test_pages_follow_one_ranking_and_hold_every_group_once(ferries: Store) -> None:
    whole = texts(ferries, "ferry", limit=50)
    assert sorted(whole) == sorted(FERRY)
    paged, cursor = [], None
    while True:
        page = ferries.read(find_quotes, "ferry", limit=4, after=cursor)
        paged += [g.text for g in page.items]
        if not (cursor := page.next_cursor):
            break
    assert paged == whole


def test_the_last_page_holds_the_rest_and_no_cursor(ferries: Store) -> None:
    first = ferries.read(find_quotes, "ferry", limit=5)
    rest = ferries.read(find_quotes, "ferry", limit=5, after=first.next_cursor)
    assert len(rest.items) == 1 and rest.next_cursor is None


def test_words_in_no_quote_find_nothing(ferries: Store) -> None:
    assert texts(ferries, "zeppelin hangar") == []


def test_only_the_newest_matches_of_a_query_are_ranked(
        ferries: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented bound: of more matches than `NEWEST`, the most recently stored are the
    ones ranked, so an older quote holding only the searched word is left out."""
    monkeypatch.setattr(full_text, "NEWEST", 4)
    assert sorted(texts(ferries, "ferry", limit=50)) == sorted(FERRY[2:])


def test_the_newest_matches_are_ranked_when_only_the_newest_quotes_are_read(
        ferries: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """With statistics, PostgreSQL reads a term's matches only from the newest quotes expected
    to hold twice `NEWEST` of them (each match is a heap visit): the newest are still the ones
    ranked, as on SQLite."""
    monkeypatch.setattr(full_text, "NEWEST", 2)
    with ferries.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("ANALYZE quotes")
    assert sorted(texts(ferries, "ferry", limit=50)) == sorted(FERRY[4:])


def test_a_rare_word_finds_an_old_quote_behind_many_newer_matches(
        ferries: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound does not lose a quote asked for by its own words: its rarer words (`noon`)
    match few quotes, all ranked."""
    monkeypatch.setattr(full_text, "NEWEST", 2)
    monkeypatch.setattr(full_text, "COMMON", 3)
    assert texts(ferries, "the ferry to the island sails at noon")[0] == FERRY[0]


def test_a_quote_of_common_words_only_is_found_among_the_newest_holding_them_all(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word and pair common: the quotes holding all the query's pairs are ranked."""
    monkeypatch.setattr(full_text, "COMMON", 3)
    for i in range(3):
        store.ingest(f"tide-{i}", Said(f"Per Holm{i}", ["the tide is high today",
                                                       "high tide is the worst"]), day=i + 1)
    store.ingest("tide-late", Said("Per Holm", ["the tide is high and late today"]), day=9)
    (first, *_) = store.read(find_quotes, "the tide is high today").items
    assert first.text == "the tide is high today"
    assert len(first.occurrences) == 3


def test_quotes_holding_all_the_common_words_come_from_the_newest(
        ferries: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both words common: FTS5 reads the matches newest first; PostgreSQL, whose GIN index
    hands them over in table order, reads only the newest quotes that should hold a few times
    the number wanted, by the words' shares in its statistics. Either way the newest two are
    kept."""
    monkeypatch.setattr(quote_search, "CANDIDATES", 2)
    monkeypatch.setattr(full_text, "NEWEST", 2)
    monkeypatch.setattr(full_text, "COMMON", 2)
    with ferries.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("ANALYZE quotes")
    assert sorted(texts(ferries, "ferry island")) == sorted([FERRY[3], FERRY[4]])


def test_candidates_carry_each_match_as_stored(ferries: Store) -> None:
    """The hits hand over text, date and profile with the match (no second read by id): each
    is the stored quote's own, dates as dates on SQLite too, so ranking ties sort by them."""
    hits = ferries.read(quote_search.candidates, search_terms.words("ferry island"))
    stored = {row.id: row for row in ferries.read(lambda session: session.execute(
        select(Quote.id, Quote.text, Quote.dated_at, Quote.profile_id)).all())}
    assert sorted(h.id for h in hits) == sorted(stored)
    for hit in hits:
        assert (hit.text, hit.dated_at, hit.profile_id) == tuple(stored[hit.id][1:])


@pytest.mark.parametrize("query", ["ferry sails at noon", "island ferry late", "stormy captain"])
def test_a_score_floor_leaves_every_score_reaching_it_unchanged(query: str) -> None:
    """Search drops scores under `MIN_SCORE`, so it lets the partial match give up there."""
    for quote in FERRY:
        exact, floored = score(query, quote), score(query, quote, quote_search.MIN_SCORE)
        assert floored == exact if exact >= quote_search.MIN_SCORE \
            else floored < quote_search.MIN_SCORE

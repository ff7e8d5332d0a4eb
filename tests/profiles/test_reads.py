"""Reading the store on every backend: speaker search, "who said this?", quotes of a speaker."""
from __future__ import annotations

import pytest

from profiles import full_text
from profiles.errors import InvalidCursor, SpeakerNotFound
from profiles.quote_search import find_quotes
from profiles.speakers import search_speakers, speaker_quotes
from tests.profiles.profile_fixtures import Said, Store

SDF = ("Syrian Democratic Forces", "SDF")


@pytest.fixture()
def filled(store: Store) -> Store:
    store.ingest("a1", Said("Mustafa Bali", ["The last pocket will fall within days."],
                            roles=["spokesman"], affiliations=[SDF]), outlet="Wire One", day=1)
    store.ingest("a2", Said("Mustafa Bali", ["The last pocket will fall within days!"],
                            roles=["spokesman"], affiliations=[SDF]),
                 Said("Maria Lopez", ["The bridge reopens in May.", "We are ahead."],
                      roles=["mayor"]), outlet="Daily Two", day=2)
    store.ingest("a3", Said("Rukmini Callimachi", ["Nobody expected the town to fall."],
                            affiliations=[("The New York Times", None)]),
                 Said("Maria Lopez", ["Traffic returns next week."]), outlet="Radio Three",
                 day=3)
    return store


def names(store: Store, **search: object) -> list[str]:
    return [r.name for r in store.read(search_speakers, **search).items]


@pytest.mark.parametrize("q, expected", [
    ("mus", ["Mustafa Bali"]),
    ("bal", ["Mustafa Bali"]),
    ("lopez", ["Maria Lopez"]),
    ("Calimachi", ["Rukmini Callimachi"]),
    ("Mustafa Baly", ["Mustafa Bali"]),
    ("100%_", []),
])
def test_speaker_search_by_word_prefix_or_near_spelling(filled: Store, q: str,
                                                         expected: list[str]) -> None:
    assert names(filled, q=q) == expected


def test_speaker_search_filters_by_affiliation_and_sorts(filled: Store) -> None:
    assert names(filled, affiliation="SDF") == ["Mustafa Bali"]
    assert names(filled, affiliation="new york times") == ["Rukmini Callimachi"]
    assert names(filled) == ["Maria Lopez", "Mustafa Bali", "Rukmini Callimachi"]
    assert names(filled, sort="last_quoted")[-1] == "Mustafa Bali"
    assert names(filled, sort="name") == ["Maria Lopez", "Mustafa Bali", "Rukmini Callimachi"]


def test_speaker_pages_cover_everything_once(filled: Store) -> None:
    for sort in ("quote_count", "last_quoted", "name"):
        seen, cursor = [], None
        while True:
            page = filled.read(search_speakers, sort=sort, limit=1, after=cursor)
            seen += [r.name for r in page.items]
            if not (cursor := page.next_cursor):
                break
        assert sorted(seen) == ["Maria Lopez", "Mustafa Bali", "Rukmini Callimachi"], sort


def test_cursor_of_one_listing_is_refused_by_another(filled: Store) -> None:
    page = filled.read(search_speakers, sort="name", limit=1)
    with pytest.raises(InvalidCursor):
        filled.read(search_speakers, sort="quote_count", after=page.next_cursor)


def test_speaker_quotes_newest_first_and_paged(filled: Store) -> None:
    lopez = filled.read(search_speakers, q="lopez").items[0]
    first = filled.read(speaker_quotes, lopez.id, limit=2)
    rest = filled.read(speaker_quotes, lopez.id, limit=2, after=first.next_cursor)
    texts = [q.text for q in first.items + rest.items]
    assert texts[0] == "Traffic returns next week."
    assert sorted(texts[1:]) == ["The bridge reopens in May.", "We are ahead."]
    assert rest.next_cursor is None
    with pytest.raises(SpeakerNotFound):
        filled.read(speaker_quotes, "spk_nobody")


def test_who_said_this_finds_exact_and_reworded_quotes(filled: Store) -> None:
    for q in ("Nobody expected the town to fall", "nobody expects the town would fall",
              "the town to fal"):
        groups = filled.read(find_quotes, q).items
        assert groups, q
        assert groups[0].occurrences[0].speaker["name"] == "Rukmini Callimachi", q


def test_one_quote_in_two_outlets_is_one_group(filled: Store) -> None:
    (group, *_) = filled.read(find_quotes, "last pocket will fall within days").items
    assert sorted(q.article.outlet.name for q in group.occurrences) == ["Daily Two", "Wire One"]


def test_unrelated_query_finds_nothing(filled: Store) -> None:
    assert filled.read(find_quotes, "quantum chromodynamics").items == []
    assert filled.read(find_quotes, "'\"*() OR AND NEAR").items == []


def test_deleted_quotes_leave_the_search_index(filled: Store) -> None:
    filled.delete("a3")
    assert filled.read(find_quotes, "Nobody expected the town to fall").items == []


def test_postgresql_estimates_the_words_its_statistics_hold_instead_of_counting_them(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A GIN index counts a word by visiting a heap row per match, which grows with the store;
    words ANALYZE already holds are estimated from its statistics (common ones capped at
    `COMMON`), only the others are counted, and the search still finds the quote."""
    if filled.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's FTS5 counts up to the limit and stops")
    monkeypatch.setattr(full_text, "COMMON", 2)
    terms = ["falling", "bridge", "qwertyuiop"]

    def known() -> dict[str, float]:
        return filled.read(lambda s: full_text.FullText(s).known_by_statistics(terms))

    assert known() == {}  # never analysed: every word is counted
    with filled.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE quotes")
    assert set(known()) == {"falling", "bridge"}  # `fall` is in three quotes, `bridge` in one
    assert filled.read(lambda s: full_text.FullText(s).frequencies(terms)) == {
        "falling": 2, "bridge": 1, "qwertyuiop": 0}
    (group, *_) = filled.read(find_quotes, "nobody expected the town to fall").items
    assert group.occurrences[0].speaker["name"] == "Rukmini Callimachi"

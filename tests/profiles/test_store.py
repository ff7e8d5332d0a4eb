"""Storing articles builds one profile per real speaker across outlets (issue 5).

The five articles below report one (invented) day of an offensive from five outlets; each lists
its speakers as the engine would give them, so the expected profiles are exact.
"""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from profiles.articles import get_article, list_articles
from profiles.errors import ArticleNotFound
from profiles.models import Organization, Outlet, Quote, SpeakerProfile
from profiles.speakers import SpeakerRecord, get_speaker, search_speakers
from tests.profiles.profile_fixtures import Said, Store

SDF = ("Syrian Democratic Forces", "SDF")
FIVE_ARTICLES: list[tuple[str, str, int, list[Said]]] = [
    ("a1", "Wire One", 1, [
        Said("Mustafa Bali", ["The last pocket will fall within days.", "We move slowly."],
             roles=["spokesman"], affiliations=[SDF]),
        Said(None, ["Nobody should declare victory yet."], kind="unnamed",
             descriptor="a senior official")]),
    ("a2", "Daily Two", 2, [
        Said("Mustafa Bali", ["Civilians are still leaving the town."], roles=["spokesperson"],
             affiliations=[("the Kurdish-led Syrian Democratic Forces", None)]),
        Said("President Donald Trump", ["It is going very well."], roles=["president"])]),
    ("a3", "Radio Three", 3, [
        Said("Bali", ["Our fighters are patient."], roles=["spokesman"],
             affiliations=[("SDF", None)]),
        Said("Donald Trump", ["We will see very soon."], roles=["president"])]),
    ("a4", "Channel Four", 4, [
        Said("Mustafa Bali", ["The operation resumed at dawn."], roles=["spokesman"],
             affiliations=[SDF]),
        Said("Pentagon", ["The coalition supports the operation."], kind="organization"),
        Said("Rukmini Callimachi", ["The fighters had nowhere left to go."], roles=["reporter"],
             affiliations=[("The New York Times", None)])]),
    ("a5", "Gazette Five", 5, [
        Said("Mustafa Bali", ["It is over."], roles=["head of media office"],
             affiliations=[("Syrian Democratic Forces", None)]),
        Said("Rukmini Calimachi", ["The town was silent."], roles=["reporter"]),
        Said("Pentagon", ["We are assessing the reports."], kind="organization")]),
]


def ingest_all(store: Store) -> None:
    for article_id, outlet, day, speakers in FIVE_ARTICLES:
        store.ingest(article_id, *speakers, outlet=outlet, day=day)


def profiles_by_name(store: Store) -> dict[str, SpeakerRecord]:
    page = store.read(search_speakers, limit=100)
    return {record.name: record for record in page.items}


def day(n: int) -> datetime:
    return datetime(2019, 3, n, 12, tzinfo=UTC)


def test_five_outlets_give_one_profile_per_real_speaker(store: Store) -> None:
    ingest_all(store)
    profiles = profiles_by_name(store)
    assert sorted(profiles) == ["Donald Trump", "Mustafa Bali", "Pentagon", "Rukmini Callimachi"]
    bali = profiles["Mustafa Bali"]
    assert (bali.kind, bali.quote_count, bali.article_count) == ("person", 6, 5)
    assert (bali.first_quoted, bali.last_quoted) == (day(1), day(5))
    assert sorted(bali.outlets) == ["Channel Four", "Daily Two", "Gazette Five", "Radio Three",
                                    "Wire One"]
    assert [(r.name, r.count, r.first_seen, r.last_seen) for r in bali.roles] == [
        ("spokesman", 4, day(1), day(4)), ("head of media office", 1, day(5), day(5))]
    assert [(v.name, v.count) for v in bali.roles[0].variants] == [
        ("spokesman", 3), ("spokesperson", 1)]
    assert [(a.name, a.short, a.count) for a in bali.affiliations] == [
        ("Syrian Democratic Forces", "SDF", 5)]
    assert "Bali" in bali.aliases
    trump = profiles["Donald Trump"]
    assert (trump.quote_count, trump.article_count) == (2, 2)
    assert trump.aliases == ["President Donald Trump"]
    assert [(r.name, r.count) for r in trump.roles] == [("president", 2)]
    assert profiles["Pentagon"].kind == "organization"
    assert profiles["Pentagon"].quote_count == 2
    assert profiles["Rukmini Callimachi"].aliases == ["Rukmini Calimachi"]


def test_reingesting_every_article_changes_nothing(store: Store) -> None:
    ingest_all(store)
    before = profiles_by_name(store)
    ingest_all(store)
    assert profiles_by_name(store) == before
    with store.sessions.begin() as session:
        assert session.scalar(select(func.count(Quote.id))) == 13
        assert session.scalar(select(func.count(Organization.id))) == 2


def test_each_stored_quote_links_its_speaker_profile(store: Store) -> None:
    ingest_all(store)
    bali = profiles_by_name(store)["Mustafa Bali"]
    article = store.read(get_article, "a4")
    assert [q.profile_id for q in article.quotes][:1] == [bali.id]
    assert article.outlet.name == "Channel Four"
    unnamed = store.read(get_article, "a1").quotes[2]
    assert unnamed.speaker["kind"] == "unnamed" and unnamed.profile_id is None


def test_unnamed_sources_get_no_profile(store: Store) -> None:
    store.ingest("u", Said(None, ["It was a mistake."], kind="unnamed",
                           descriptor="a senior official"))
    assert store.read(search_speakers).items == []


def test_hillary_and_bill_clinton_stay_two_profiles(store: Store) -> None:
    store.ingest("c1", Said("Hillary Clinton", ["I am running."], roles=["candidate"]))
    store.ingest("c2", Said("Bill Clinton", ["She is ready."], roles=["former president"]))
    store.ingest("c3", Said("Secretary of State Hillary Clinton", ["We will lead."]))
    profiles = profiles_by_name(store)
    assert sorted(profiles) == ["Bill Clinton", "Hillary Clinton"]
    assert profiles["Hillary Clinton"].quote_count == 2


def test_bare_surname_without_evidence_joins_nobody(store: Store) -> None:
    store.ingest("c1", Said("Hillary Clinton", ["I am running."]))
    store.ingest("c2", Said("Bill Clinton", ["She is ready."]))
    store.ingest("c3", Said("Clinton", ["Someone said it."]))
    assert sorted(profiles_by_name(store)) == ["Bill Clinton", "Clinton", "Hillary Clinton"]


def test_bare_surname_joins_the_one_namesake_with_that_role(store: Store) -> None:
    store.ingest("c1", Said("Hillary Clinton", ["I am running."], roles=["Secretary of State"]))
    store.ingest("c2", Said("Bill Clinton", ["She is ready."], roles=["former president"]))
    store.ingest("c3", Said("Clinton", ["We will lead."], roles=["secretary of state"]))
    profiles = profiles_by_name(store)
    assert sorted(profiles) == ["Bill Clinton", "Hillary Clinton"]
    assert profiles["Hillary Clinton"].quote_count == 2


def test_reput_moves_quotes_and_drops_the_emptied_profile(store: Store) -> None:
    store.ingest("x", Said("Maria Lopez", ["The bridge reopens in May."]), day=1)
    store.ingest("x", Said("Anna Berg", ["The bridge reopens in May."]), day=1)
    profiles = profiles_by_name(store)
    assert sorted(profiles) == ["Anna Berg"]
    assert store.read(get_article, "x").quotes[0].profile_id == profiles["Anna Berg"].id


def test_deleting_articles_updates_and_then_removes_profiles(store: Store) -> None:
    ingest_all(store)
    store.delete("a5")
    bali = profiles_by_name(store)["Mustafa Bali"]
    assert (bali.quote_count, bali.article_count, bali.last_quoted) == (5, 4, day(4))
    assert [(r.name, r.count) for r in bali.roles] == [("spokesman", 4)]
    for article_id in ("a1", "a2", "a3", "a4"):
        store.delete(article_id)
    assert store.read(search_speakers).items == []
    with pytest.raises(ArticleNotFound):
        store.delete("a1")
    with store.sessions.begin() as session:
        assert session.scalar(select(func.count(SpeakerProfile.id))) == 0


def test_organisation_known_by_acronym_takes_its_full_name_later(store: Store) -> None:
    store.ingest("o1", Said("Mustafa Bali", ["One."], affiliations=[("SDF", None)]), day=1)
    store.ingest("o2", Said("Mustafa Bali", ["Two."], affiliations=[SDF]), day=2)
    kurdish_led = ("the Kurdish-led Syrian Democratic Forces", None)
    store.ingest("o3", Said("Mustafa Bali", ["Three."], affiliations=[kurdish_led]), day=3)
    (affiliation,) = profiles_by_name(store)["Mustafa Bali"].affiliations
    assert (affiliation.name, affiliation.short, affiliation.count) == (*SDF, 3)


def test_article_listing_filters_and_pages_newest_first(store: Store) -> None:
    ingest_all(store)
    bali = profiles_by_name(store)["Mustafa Bali"]
    first = store.read(list_articles, limit=2)
    assert [a.id for a in first.items] == ["a5", "a4"]
    second = store.read(list_articles, limit=2, after=first.next_cursor)
    third = store.read(list_articles, limit=2, after=second.next_cursor)
    assert [a.id for a in second.items + third.items] == ["a3", "a2", "a1"]
    assert third.next_cursor is None
    assert [a.id for a in store.read(list_articles, outlet="radio three").items] == ["a3"]
    callimachi = profiles_by_name(store)["Rukmini Callimachi"].id
    assert [a.id for a in store.read(list_articles, speaker=callimachi).items] == ["a5", "a4"]
    ranged = store.read(list_articles, since=day(2), until=day(3), speaker=bali.id)
    assert [a.id for a in ranged.items] == ["a3", "a2"]


def test_speaker_read_by_id_matches_the_listing(store: Store) -> None:
    ingest_all(store)
    bali = profiles_by_name(store)["Mustafa Bali"]
    assert store.read(get_speaker, bali.id) == bali




def test_outlet_names_fold_like_speaker_names(store: Store) -> None:
    """Issue 12: `Tygodnik Łódź` and `tygodnik lodz` are one outlet (once only case-folded,
    they were two), and either spelling filters the articles."""
    store.ingest("o1", Said("Ana Ruiz", ["The port opens."]), outlet="Tygodnik Łódź", day=1)
    store.ingest("o2", Said("Ana Ruiz", ["The port closes."]), outlet="tygodnik  lodz", day=2)
    assert store.read(lambda s: s.scalar(select(func.count()).select_from(Outlet))) == 1
    assert [a.id for a in store.read(list_articles, outlet="Tygodnik Lodz").items] == ["o2", "o1"]

"""`/v1/speakers`: profiles across five outlets, search, quotes, merge and patch (issue 5)."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.api.five_articles import FIVE_ARTICLES, put_all, speakers_by_name

Problem = Callable[[Any, int], dict[str, Any]]


@pytest.fixture(scope="module")
def seeded(make_app: Callable[..., Flask], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the articles, built once per module (the engine runs once)."""
    path = tmp_path_factory.mktemp("speakers") / "seeded.db"
    client = make_app(DATABASE_URL=f"sqlite:///{path}").test_client()
    put_all(client)
    client.application.extensions["qa_db"].dispose()
    return path


@pytest.fixture()
def client(make_app: Callable[..., Flask], seeded: Path, tmp_path: Path) -> FlaskClient:
    """A client of an app whose store holds the five articles."""
    shutil.copy(seeded, tmp_path / "speakers.db")
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'speakers.db'}").test_client()


def test_five_articles_give_one_profile_per_real_speaker(client: FlaskClient) -> None:
    profiles = speakers_by_name(client)
    assert sorted(profiles) == ["Donald Trump", "Mustafa Bali", "Rukmini Callimachi"]
    bali = profiles["Mustafa Bali"]
    assert (bali["kind"], bali["quote_count"], bali["article_count"]) == ("person", 6, 5)
    assert bali["outlets"] == ["Channel Four", "Daily Two", "Gazette Five", "Radio Three",
                               "Wire One"]
    assert (bali["first_quoted"], bali["last_quoted"]) == ("2019-03-01T09:00:00+00:00",
                                                           "2019-03-05T13:00:00+00:00")
    spokesman = next(r for r in bali["roles"] if r["name"] == "spokesman")
    assert (spokesman["count"], spokesman["first_seen"]) == (4, "2019-03-01T09:00:00+00:00")
    assert [(a["name"], a["short"], a["count"]) for a in bali["affiliations"]] == [
        ("Syrian Democratic Forces", "SDF", 5)]
    trump = profiles["Donald Trump"]
    assert (trump["quote_count"], trump["article_count"]) == (2, 2)
    callimachi = profiles["Rukmini Callimachi"]
    assert (callimachi["quote_count"], callimachi["aliases"]) == (2, ["Rukmini Calimachi"])
    assert [(a["name"], a["count"]) for a in callimachi["affiliations"]] == [
        ("New York Times", 2)]


def test_profile_by_id_has_every_documented_field(client: FlaskClient) -> None:
    bali = speakers_by_name(client)["Mustafa Bali"]
    body = client.get(f"/v1/speakers/{bali['id']}").get_json()
    assert body == bali
    assert {"id", "name", "kind", "aliases", "roles", "affiliations", "article_count",
            "quote_count", "outlets", "first_quoted", "last_quoted"} <= set(body)
    assert set(body["roles"][0]) == {"name", "count", "first_seen", "last_seen", "variants"}
    assert set(body["affiliations"][0]) == {"name", "short", "count", "first_seen", "last_seen"}


@pytest.mark.parametrize("q, expected", [
    ("bal", ["Mustafa Bali"]),
    ("MUSTAFA", ["Mustafa Bali"]),
    ("President Trump", ["Donald Trump"]),
    ("trump", ["Donald Trump"]),
    ("Calimachi", ["Rukmini Callimachi"]),
    ("Rukmini Calimaki", ["Rukmini Callimachi"]),
    ("zzz", []),
])
def test_search_matches_word_prefixes_and_near_spellings(client: FlaskClient, q: str,
                                                          expected: list[str]) -> None:
    items = client.get("/v1/speakers", query_string={"q": q}).get_json()["items"]
    assert [item["name"] for item in items] == expected


def test_words_for_one_job_are_one_role_with_each_word_kept(client: FlaskClient) -> None:
    """Issue 12: `spokeswoman` and `spokesperson` are one role; each quote keeps its word."""
    for article_id, text in [
            ("harbor-1", '"The bridge is safe," said Ana Ruiz, a spokeswoman for the Harbor '
                         'Authority.'),
            ("harbor-2", 'Harbor Authority spokesperson Ana Ruiz said: "We checked every '
                         'bolt."')]:
        assert client.put(f"/v1/articles/{article_id}", json={"text": text}).status_code == 201
    ruiz = speakers_by_name(client)["Ana Ruiz"]
    role, = ruiz["roles"]
    assert role["count"] == 2
    assert sorted((v["name"], v["count"]) for v in role["variants"]) == [
        ("spokesperson", 1), ("spokeswoman", 1)]
    assert role["name"] == role["variants"][0]["name"]
    words = [client.get(f"/v1/articles/{a}").get_json()["quotes"][0]["speaker"]["role"]
             for a in ("harbor-1", "harbor-2")]
    assert words == ["spokeswoman", "spokesperson"]


def test_search_filters_by_affiliation_under_any_of_its_names(client: FlaskClient) -> None:
    for name in ("SDF", "Syrian Democratic Forces", "syrian democratic"):
        items = client.get("/v1/speakers", query_string={"affiliation": name}).get_json()["items"]
        assert [item["name"] for item in items] == ["Mustafa Bali"], name


def test_sorts_and_cursor_pages(client: FlaskClient) -> None:
    def names(sort: str) -> list[str]:
        found, params = [], {"limit": 1, "sort": sort}
        while True:
            page = client.get("/v1/speakers", query_string=params).get_json()
            found += [item["name"] for item in page["items"]]
            if not page["next_cursor"]:
                break
            params["cursor"] = page["next_cursor"]
        return found

    assert names("quote_count")[0] == "Mustafa Bali"
    assert names("last_quoted")[0] in ("Mustafa Bali", "Rukmini Callimachi")
    assert names("last_quoted")[-1] == "Donald Trump"
    assert names("name") == ["Donald Trump", "Mustafa Bali", "Rukmini Callimachi"]


def test_speaker_quotes_come_newest_first_with_their_article(client: FlaskClient) -> None:
    bali = speakers_by_name(client)["Mustafa Bali"]
    first = client.get(f"/v1/speakers/{bali['id']}/quotes?limit=4").get_json()
    rest = client.get(f"/v1/speakers/{bali['id']}/quotes?limit=4&cursor={first['next_cursor']}")
    quotes = first["items"] + rest.get_json()["items"]
    assert len(quotes) == 6 and rest.get_json()["next_cursor"] is None
    assert [q["article"]["outlet"] for q in quotes][:2] == ["Gazette Five", "Channel Four"]
    texts = {a[0]: a[3] for a in FIVE_ARTICLES}
    for quote in quotes:
        assert texts[quote["article"]["id"]][quote["start"]:quote["end"]] == quote["text"]
        assert quote["speaker"]["profile_id"] == bali["id"]


def test_merge_moves_everything_and_survives_reingesting(client: FlaskClient) -> None:
    profiles = speakers_by_name(client)
    bali, trump = profiles["Mustafa Bali"]["id"], profiles["Donald Trump"]["id"]
    merged = client.post(f"/v1/speakers/{bali}/merge", json={"source_id": trump})
    assert merged.status_code == 200
    assert (merged.get_json()["quote_count"], merged.get_json()["article_count"]) == (8, 5)
    assert client.get(f"/v1/speakers/{trump}").get_json()["id"] == bali
    put_all(client)
    assert sorted(speakers_by_name(client)) == ["Mustafa Bali", "Rukmini Callimachi"]
    assert speakers_by_name(client)["Mustafa Bali"]["quote_count"] == 8


def test_patched_name_and_wikidata_id_survive_reingesting(client: FlaskClient) -> None:
    bali = speakers_by_name(client)["Mustafa Bali"]["id"]
    patched = client.patch(f"/v1/speakers/{bali}", json={
        "name": "Mustafa Bali (SDF)", "wikidata_id": "Q56401409",
        "external_ids": {"viaf": "123"}}).get_json()
    assert (patched["name"], patched["wikidata_id"], patched["external_ids"]) == (
        "Mustafa Bali (SDF)", "Q56401409", {"viaf": "123"})
    put_all(client)
    again = client.get(f"/v1/speakers/{bali}").get_json()
    assert (again["name"], again["wikidata_id"], again["quote_count"]) == (
        "Mustafa Bali (SDF)", "Q56401409", 6)


def test_a_wikidata_id_longer_than_its_column_is_a_422_and_changes_nothing(
        client: FlaskClient, assert_problem: Problem) -> None:
    """Issue 13: `Q` and 5,000 digits matched the pattern and was a 500 on PostgreSQL."""
    bali = speakers_by_name(client)["Mustafa Bali"]["id"]
    before = client.get(f"/v1/speakers/{bali}").get_json()["wikidata_id"]
    assert_problem(client.patch(f"/v1/speakers/{bali}", json={"wikidata_id": "Q" + "9" * 5_000}),
                   422)
    assert client.patch(f"/v1/speakers/{bali}", json={"wikidata_id": "Q" + "9" * 19}).status_code \
        == 200
    client.patch(f"/v1/speakers/{bali}", json={"wikidata_id": before})


def test_a_wikidata_id_with_a_trailing_newline_is_a_422(client: FlaskClient,
                                                        assert_problem: Problem) -> None:
    """Python's `$` matches before a final newline: `Q42\n` passed the pattern."""
    bali = speakers_by_name(client)["Mustafa Bali"]["id"]
    assert_problem(client.patch(f"/v1/speakers/{bali}", json={"wikidata_id": "Q42\n"}), 422)


def test_corrected_profile_stays_when_its_articles_go(client: FlaskClient) -> None:
    trump = speakers_by_name(client)["Donald Trump"]["id"]
    client.patch(f"/v1/speakers/{trump}", json={"wikidata_id": "Q22686"})
    for article_id, *_ in FIVE_ARTICLES:
        client.delete(f"/v1/articles/{article_id}")
    kept = client.get(f"/v1/speakers/{trump}").get_json()
    assert (kept["name"], kept["quote_count"], kept["last_quoted"]) == ("Donald Trump", 0, None)
    assert list(speakers_by_name(client)) == ["Donald Trump"]


def test_speaker_errors_are_problems(client: FlaskClient, assert_problem: Problem) -> None:
    bali = speakers_by_name(client)["Mustafa Bali"]["id"]
    assert_problem(client.get("/v1/speakers/spk_missing"), 404)
    assert_problem(client.get("/v1/speakers/spk_missing/quotes"), 404)
    assert_problem(client.post(f"/v1/speakers/{bali}/merge", json={"source_id": bali}), 409)
    assert_problem(client.post(f"/v1/speakers/{bali}/merge", json={"source_id": "spk_x"}), 404)
    body = assert_problem(client.patch(f"/v1/speakers/{bali}", json={"wikidata_id": "56"}), 422)
    assert "wikidata_id" in body["errors"]
    assert_problem(client.get("/v1/speakers?sort=size"), 422)
    assert_problem(client.get("/v1/speakers?cursor=WyJhcnRpY2xlcyIsIDFd"), 404)


def test_impossible_corrections_are_the_documented_409(client: FlaskClient,
                                                       assert_problem: Problem) -> None:
    """Issue 13: schemathesis sent an empty external id name; the 409 was not in the spec."""
    bali = speakers_by_name(client)["Mustafa Bali"]["id"]
    for body in ({"name": "  "}, {"external_ids": {"": "1"}}):
        assert_problem(client.patch(f"/v1/speakers/{bali}", json=body), 409)
    assert "409" in client.get("/openapi.json").get_json()["paths"][
        "/v1/speakers/{speaker_id}"]["patch"]["responses"]

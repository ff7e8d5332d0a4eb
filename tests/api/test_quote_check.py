"""`POST /v1/quotes/check`: a wording as it circulates against what the store printed
(issue 15). Each kind of change comes with its verdict, and wordings that only share a few
words with a printed quote must be `not_found`."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

PRINTED = ("We will rebuild every bridge before winter, and we will not raise taxes to pay "
           "for it.")
ARTICLES = [  # written for these tests: one quote printed by three outlets, a headline copy
    ("harbour-1", "Coast Herald", "2024-03-02T08:00:00Z",
     f'"{PRINTED}" said Maria Lopez, the mayor of Riverton.'),
    ("harbour-2", "Valley News", "2024-03-01T08:00:00Z",
     f'Maria Lopez, the mayor of Riverton, said: "{PRINTED}"'),
    ("harbour-3", "City Post", "2024-03-05T08:00:00Z",
     f'Mayor Maria Lopez spoke on Monday. "{PRINTED}" she said.'),
    ("ferry-1", "City Post", "2024-03-06T08:00:00Z",
     '"The ferry timetable will change in June," said Tom Baker, a spokesman for the port '
     'authority.'),
]


@pytest.fixture(scope="module")
def seeded(make_app: Callable[..., Flask], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check") / "seeded.db"
    client = make_app(DATABASE_URL=f"sqlite:///{path}").test_client()
    for article_id, outlet, published_at, text in ARTICLES:
        response = client.put(f"/v1/articles/{article_id}", json={
            "text": text, "outlet": outlet, "published_at": published_at,
            "url": f"https://news.example/{article_id}", "title": f"{outlet} on the harbour"})
        assert response.status_code == 201, response.get_json()
    client.application.extensions["qa_db"].dispose()
    return path


@pytest.fixture()
def client(make_app: Callable[..., Flask], seeded: Path, tmp_path: Path) -> FlaskClient:
    shutil.copy(seeded, tmp_path / "check.db")
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'check.db'}").test_client()


def check(client: FlaskClient, text: str, **extra: Any) -> dict[str, Any]:
    response = client.post("/v1/quotes/check", json={"text": text, **extra})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def changes(body: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(c["kind"], c["printed"], c["circulating"])
            for c in body["matches"][0]["diff"] if c["kind"] != "equal"]


def test_the_printed_wording_is_exact_and_its_first_printing_is_the_provenance(
        client: FlaskClient) -> None:
    body = check(client, f"“{PRINTED}”")
    assert body["verdict"] == "exact"
    assert body["matches"][0]["quote"]["text"] == PRINTED
    assert body["speaker"]["name"] == "Maria Lopez"
    assert body["first_appearance"]["article"]["id"] == "harbour-2"
    assert body["first_appearance"]["article"]["outlet"] == "Valley News"
    assert body["appearance_count"] == 3
    assert body["outlets"] == ["City Post", "Coast Herald", "Valley News"]


def test_one_word_changed_is_altered_and_the_diff_names_it(client: FlaskClient) -> None:
    body = check(client, PRINTED.replace("bridge", "road"))
    assert body["verdict"] == "altered"
    assert body["matches"][0]["quote"]["text"] == PRINTED
    assert changes(body) == [("replace", "bridge", "road")]


def test_a_dropped_negation_is_altered(client: FlaskClient) -> None:
    body = check(client, PRINTED.replace("will not", "will"))
    assert body["verdict"] == "altered"
    assert changes(body) == [("delete", "not", "")]


def test_a_dropped_clause_is_altered(client: FlaskClient) -> None:
    body = check(client, "We will rebuild every bridge before winter to pay for it.")
    assert body["verdict"] == "altered"
    assert body["matches"][0]["quote"]["text"] == PRINTED
    assert changes(body) == [("delete", "and we will not raise taxes", "")]


def test_a_paraphrase_in_quote_marks_is_altered_and_finds_the_original(
        client: FlaskClient) -> None:
    body = check(client, '"The city will rebuild all the bridges before winter without '
                         'raising taxes"')
    assert body["verdict"] == "altered"
    assert body["matches"][0]["quote"]["text"] == PRINTED
    assert body["speaker"]["name"] == "Maria Lopez"


def test_contractions_fillers_and_near_spellings_are_minor_changes(client: FlaskClient) -> None:
    body = check(client, "So we will rebuild every bridge before the winter, and we won't "
                         "raise taxes to pay for it")
    assert body["verdict"] == "minor_changes"
    assert all(c["minor"] for c in body["matches"][0]["diff"] if c["kind"] != "equal")
    assert check(client, PRINTED.replace("bridge", "bridges"))["verdict"] == "minor_changes"


def test_an_excerpt_is_exact_and_says_it_is_one(client: FlaskClient) -> None:
    body = check(client, "we will rebuild every bridge before winter")
    assert body["verdict"] == "exact"
    assert body["matches"][0]["excerpt"] is True


@pytest.mark.parametrize("wording", [
    "We will cut every tax before the election",
    "The bridge collapsed before anyone could pay for repairs",
    "Nobody expected the winter to be this cold",
    "!!!",
    "quantum chromodynamics",
])
def test_wordings_that_share_only_a_few_words_are_not_found(client: FlaskClient,
                                                            wording: str) -> None:
    body = check(client, wording)
    assert body["verdict"] == "not_found"
    assert body["matches"] == [] and body["first_appearance"] is None
    assert body["speaker"] is None and body["appearance_count"] == 0


def test_the_speaker_narrows_the_check(client: FlaskClient) -> None:
    assert check(client, PRINTED, speaker="Maria Lopez")["verdict"] == "exact"
    assert check(client, PRINTED, speaker="Tom Baker")["verdict"] == "not_found"
    profile_id = check(client, PRINTED)["speaker"]["profile_id"]
    assert check(client, PRINTED, speaker=profile_id)["verdict"] == "exact"


def test_an_unknown_profile_id_is_a_404_problem(client: FlaskClient,
                                                assert_problem: Callable[[Any, int], Any]) -> None:
    response = client.post("/v1/quotes/check", json={"text": PRINTED,
                                                     "speaker": "spk_0000000000000000"})
    assert_problem(response, 404)


def test_item_reviewed_maps_to_claim_review(client: FlaskClient) -> None:
    wording = PRINTED.replace("bridge", "road")
    claim = check(client, wording)["item_reviewed"]
    assert claim["@type"] == "Claim" and claim["text"] == wording
    assert claim["author"]["@type"] == "Person" and claim["author"]["name"] == "Maria Lopez"
    assert claim["firstAppearance"]["url"] == "https://news.example/harbour-2"
    assert claim["firstAppearance"]["publisher"] == {"@type": "Organization",
                                                     "name": "Valley News"}
    assert [a["identifier"] for a in claim["appearance"]] == ["harbour-2", "harbour-1",
                                                              "harbour-3"]


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": "x", "speakr": "y"},
                                  {"text": "x", "limit": 0}])
def test_a_malformed_check_is_a_422_problem(client: FlaskClient, body: dict[str, Any],
                                            assert_problem: Callable[[Any, int], Any]) -> None:
    assert_problem(client.post("/v1/quotes/check", json=body), 422)

""""Who said this?" over stored quotes: `GET /v1/quotes?q=` (issue 5)."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.api.five_articles import put_all

CARRIED = ('"We will rebuild every bridge before winter," said Maria Lopez, the mayor of '
           'Riverton.')
REWORDED = ('Maria Lopez, the mayor of Riverton, said: "We will rebuild every bridge before '
            'the winter."')


@pytest.fixture(scope="module")
def seeded(make_app: Callable[..., Flask], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the articles, built once per module (the engine runs once)."""
    path = tmp_path_factory.mktemp("quotes") / "seeded.db"
    client = make_app(DATABASE_URL=f"sqlite:///{path}").test_client()
    put_all(client)
    client.put("/v1/articles/bridge-1", json={"text": CARRIED, "outlet": "City Post"})
    client.put("/v1/articles/bridge-2", json={"text": REWORDED, "outlet": "Valley News"})
    client.application.extensions["qa_db"].dispose()
    return path


@pytest.fixture()
def client(make_app: Callable[..., Flask], seeded: Path, tmp_path: Path) -> FlaskClient:
    """The five articles, plus one quote carried by two more outlets in slightly other words."""
    shutil.copy(seeded, tmp_path / "quotes.db")
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'quotes.db'}").test_client()


def search(client: FlaskClient, q: str, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/quotes", query_string={"q": q, **params})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_exact_words_find_the_quote_and_its_speaker(client: FlaskClient) -> None:
    (hit, *_) = search(client, "The last pocket will fall within days")["items"]
    assert hit["text"] == "The last pocket will fall within days,"
    assert hit["speaker"]["name"] == "Mustafa Bali"
    assert hit["speaker"]["profile_id"].startswith("spk_")
    assert hit["outlets"] == ["Wire One"]
    occurrence = hit["occurrences"][0]
    assert occurrence["article"]["id"] == "wire-one-offensive"
    assert hit["score"] > 0.9


@pytest.mark.parametrize("remembered", [
    "the last pockets would fall in days",
    "last pocket will fal within days",
    "within days the last pocket will fall",
])
def test_small_wording_differences_still_find_it(client: FlaskClient, remembered: str) -> None:
    hits = search(client, remembered)["items"]
    assert hits and hits[0]["speaker"]["name"] == "Mustafa Bali"


def test_one_quote_in_several_outlets_comes_back_grouped(client: FlaskClient) -> None:
    (hit, *others) = search(client, "rebuild every bridge before winter")["items"]
    assert hit["outlets"] == ["City Post", "Valley News"]
    assert len(hit["occurrences"]) == 2
    assert {o["article"]["id"] for o in hit["occurrences"]} == {"bridge-1", "bridge-2"}
    assert hit["speaker"]["name"] == "Maria Lopez"
    assert all("bridge" not in o["text"] for other in others for o in other["occurrences"])


def test_unrelated_words_find_nothing(client: FlaskClient) -> None:
    assert search(client, "quantum chromodynamics lattice")["items"] == []
    assert search(client, "!!!")["items"] == []


def test_results_page_by_cursor(client: FlaskClient) -> None:
    first = search(client, "the", limit=1)
    assert len(first["items"]) == 1 and first["next_cursor"]
    second = search(client, "the", limit=1, cursor=first["next_cursor"])
    assert second["items"] and second["items"] != first["items"]


def test_missing_query_is_a_422_problem(client: FlaskClient,
                                        assert_problem: Callable[[Any, int], Any]) -> None:
    assert "q" in assert_problem(client.get("/v1/quotes"), 422)["errors"]


def test_an_unattributed_headline_copy_does_not_hide_the_speaker(
        client: FlaskClient) -> None:
    """Issue 15: the group's best match was an unattributed copy, so `speaker` was null."""
    client.put("/v1/articles/bridge-headline", json={
        "text": 'Mayor: "We will rebuild every bridge before winter"', "outlet": "Early Wire",
        "published_at": "2001-01-01T00:00:00Z", "url": "https://news.example/early"})
    (hit, *_) = search(client, "We will rebuild every bridge before winter")["items"]
    assert {o["article"]["id"] for o in hit["occurrences"]} >= {"bridge-headline", "bridge-1"}
    assert hit["speaker"]["name"] == "Maria Lopez"
    assert hit["outlet_count"] == 3
    assert hit["first_appearance"]["article"]["id"] == "bridge-headline"
    assert hit["quotation"]["@type"] == "Quotation"
    assert hit["quotation"]["creator"]["name"] == "Maria Lopez"
    assert hit["quotation"]["isBasedOn"] == "https://news.example/early"
    assert hit["quotation"]["datePublished"].startswith("2001-01-01")


def test_each_hit_has_the_word_diff_against_the_words_searched(client: FlaskClient) -> None:
    (hit, *_) = search(client, "we will rebuild every road before winter")["items"]
    assert [(c["kind"], c["printed"], c["circulating"]) for c in hit["diff"]
            if c["kind"] != "equal"] == [("replace", "bridge", "road")]

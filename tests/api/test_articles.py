"""`/v1/articles`: store, read back, replace, list and delete articles (issue 5)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.api.five_articles import FIVE_ARTICLES, put_all, speakers_by_name

ARTICLE = ('"The bridge will reopen in May," said Maria Lopez, a spokeswoman for the city '
           'transport department.')


@pytest.fixture()
def client(make_app: Callable[..., Flask], tmp_path: Path) -> FlaskClient:
    """A client of an app with its own empty store."""
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'articles.db'}").test_client()


def test_put_stores_the_article_with_profile_linked_quotes(client: FlaskClient) -> None:
    response = client.put("/v1/articles/bridge", json={
        "text": ARTICLE, "title": "Bridge", "outlet": "City Post",
        "published_at": "2019-05-01T08:00:00+02:00"})
    assert response.status_code == 201
    body = response.get_json()
    assert (body["id"], body["outlet"], body["published_at"]) == (
        "bridge", "City Post", "2019-05-01T06:00:00+00:00")
    (quote,) = body["quotes"]
    assert ARTICLE[quote["start"]:quote["end"]] == quote["text"]
    assert quote["speaker"]["name"] == "Maria Lopez"
    assert quote["speaker"]["profile_id"].startswith("spk_")
    assert body["speakers"][0]["profile_id"] == quote["speaker"]["profile_id"]
    assert client.get("/v1/articles/bridge").get_json() == body


def test_put_accepts_a_plain_text_body(client: FlaskClient) -> None:
    response = client.put("/v1/articles/plain", data=ARTICLE.encode(),
                          content_type="text/plain; charset=utf-8")
    assert response.status_code == 201
    assert response.get_json()["quotes"][0]["speaker"]["name"] == "Maria Lopez"


def test_reput_answers_200_and_never_duplicates(client: FlaskClient) -> None:
    first = put_all(client)
    before = speakers_by_name(client)
    second = put_all(client)
    assert client.put(f"/v1/articles/{FIVE_ARTICLES[0][0]}", json={
        "text": FIVE_ARTICLES[0][3], "outlet": "Wire One",
        "published_at": FIVE_ARTICLES[0][2], "title": "Wire One: the offensive"}).status_code == 200
    assert [a["quotes"] for a in first] == [a["quotes"] for a in second]
    assert speakers_by_name(client) == before


def test_reput_with_new_text_replaces_the_quotes(client: FlaskClient) -> None:
    client.put("/v1/articles/x", json={"text": ARTICLE})
    replaced = client.put("/v1/articles/x", json={
        "text": '"Nothing changes," said Anna Berg, the mayor.'}).get_json()
    assert [q["speaker"]["name"] for q in replaced["quotes"]] == ["Anna Berg"]
    assert list(speakers_by_name(client)) == ["Anna Berg"]


def test_delete_removes_the_article_and_its_now_empty_profiles(
        client: FlaskClient, assert_problem: Callable[[Any, int], dict[str, Any]]) -> None:
    client.put("/v1/articles/bridge", json={"text": ARTICLE})
    assert client.delete("/v1/articles/bridge").status_code == 204
    assert_problem(client.get("/v1/articles/bridge"), 404)
    assert_problem(client.delete("/v1/articles/bridge"), 404)
    assert speakers_by_name(client) == {}


def test_listing_filters_by_outlet_speaker_and_dates_and_pages(client: FlaskClient) -> None:
    put_all(client)
    ids = []
    url = "/v1/articles?limit=2"
    while url:
        page = client.get(url).get_json()
        ids += [item["id"] for item in page["items"]]
        url = page["next_cursor"] and f"/v1/articles?limit=2&cursor={page['next_cursor']}"
    assert ids == [a[0] for a in reversed(FIVE_ARTICLES)]
    by_outlet = client.get("/v1/articles?outlet=radio%20three").get_json()["items"]
    assert [a["id"] for a in by_outlet] == ["radio-three-offensive"]
    trump = speakers_by_name(client)["Donald Trump"]["id"]
    dated = client.get(f"/v1/articles?speaker={trump}&since=2019-03-03T00:00:00Z"
                       "&until=2019-03-05T00:00:00Z").get_json()["items"]
    assert [a["id"] for a in dated] == ["radio-three-offensive"]


def test_unreadable_cursor_is_404_and_bad_fields_422(
        client: FlaskClient, assert_problem: Callable[[Any, int], dict[str, Any]]) -> None:
    assert_problem(client.get("/v1/articles?cursor=not-a-cursor"), 404)
    body = assert_problem(client.get("/v1/articles?since=yesterday"), 422)
    assert "since" in body["errors"]
    body = assert_problem(client.put("/v1/articles/x", json={"text": ""}), 422)
    assert "text" in body["errors"]


def test_oversized_article_gets_413_and_stores_nothing(
        make_app: Callable[..., Flask], tmp_path: Path,
        assert_problem: Callable[[Any, int], dict[str, Any]]) -> None:
    client = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'small.db'}",
                      MAX_TEXT_BYTES="50").test_client()
    assert_problem(client.put("/v1/articles/big", json={"text": ARTICLE}), 413)
    assert_problem(client.get("/v1/articles/big"), 404)


def test_an_article_past_the_time_budget_gets_422_and_stores_nothing(
        make_app: Callable[..., Flask], tmp_path: Path,
        assert_problem: Callable[..., dict[str, Any]]) -> None:
    client = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'slow.db'}",
                      ANALYSIS_TIME_BUDGET="0.000001").test_client()
    assert_problem(client.put("/v1/articles/slow", json={"text": ARTICLE}), 422,
                   "/problems/analysis-time-budget")
    assert_problem(client.get("/v1/articles/slow"), 404)

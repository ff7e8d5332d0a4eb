"""`?offsets=utf16`: offsets a JavaScript client can slice with, on every response that has
them (issue 15)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

ASTRAL_ARTICLE = (  # written for these tests: emoji and a musical symbol before and inside
    '🎉🎉 Party time. "We 𝄞 will sing all night," said Ana Ruiz, a spokeswoman for the '
    'Choir Union 🎶. "Nobody goes home early."')


def utf16_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's `text.substring(start, end)` returns."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def spans(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object with `start` and `end` in a response."""
    found = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
                found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(body)
    return found


def test_utf16_offsets_slice_every_span_as_javascript_does(client: FlaskClient) -> None:
    body = client.post("/v1/analyze?offsets=utf16", json={"text": ASTRAL_ARTICLE}).get_json()
    assert [q["text"] for q in body["quotes"]] == ["We 𝄞 will sing all night,",
                                                    "Nobody goes home early."]
    assert len(spans(body)) > 6
    for span in spans(body):
        assert utf16_slice(ASTRAL_ARTICLE, span["start"], span["end"]) == span["text"]



def test_batch_results_slice_every_span_as_javascript_does_with_utf16(
        client: FlaskClient) -> None:
    plain = "No emoji here. \"We will sing,\" said Ana Ruiz."
    body = client.post("/v1/analyze/batch?offsets=utf16", json={"articles": [
        {"text": ASTRAL_ARTICLE}, {"text": plain}]}).get_json()
    astral, simple = (r["analysis"] for r in body["results"])
    assert len(spans(astral)) > 6
    for span in spans(astral):
        assert utf16_slice(ASTRAL_ARTICLE, span["start"], span["end"]) == span["text"]
    for span in spans(simple):
        assert plain[span["start"]:span["end"]] == span["text"]

def test_code_points_stay_the_default(client: FlaskClient) -> None:
    plain = client.post("/v1/analyze", json={"text": ASTRAL_ARTICLE}).get_json()
    named = client.post("/v1/analyze?offsets=codepoints",
                        json={"text": ASTRAL_ARTICLE}).get_json()
    assert plain == named
    for span in spans(plain):
        assert ASTRAL_ARTICLE[span["start"]:span["end"]] == span["text"]
    utf16 = client.post("/v1/analyze?offsets=utf16", json={"text": ASTRAL_ARTICLE}).get_json()
    assert utf16["quotes"][0]["start"] == plain["quotes"][0]["start"] + 2


def test_a_text_without_astral_characters_has_the_same_offsets_in_both_units(
        client: FlaskClient, article: str) -> None:
    assert (client.post("/v1/analyze?offsets=utf16", json={"text": article}).get_json()
            == client.post("/v1/analyze", json={"text": article}).get_json())


@pytest.mark.parametrize("unit", ["UTF16", "utf-16", "bytes", ""])
def test_an_unknown_unit_is_a_422_problem(client: FlaskClient, unit: str,
                                          assert_problem: Callable[[Any, int], Any]) -> None:
    response = client.post(f"/v1/analyze?offsets={unit}", json={"text": ASTRAL_ARTICLE})
    assert "offsets" in assert_problem(response, 422)["errors"]
    response = client.get(f"/v1/quotes?q=sing&offsets={unit}")
    assert "offsets" in assert_problem(response, 422)["errors"]


def test_stored_quotes_come_back_in_utf16_wherever_they_are_read(client: FlaskClient) -> None:
    put = client.put("/v1/articles/astral-choir?offsets=utf16", json={"text": ASTRAL_ARTICLE})
    assert put.status_code in (200, 201)
    got = client.get("/v1/articles/astral-choir?offsets=utf16").get_json()
    assert got["quotes"] == put.get_json()["quotes"]
    profile_id = got["quotes"][0]["speaker"]["profile_id"]
    listed = client.get(f"/v1/speakers/{profile_id}/quotes?offsets=utf16").get_json()["items"]
    found = client.get("/v1/quotes?q=sing+all+night&offsets=utf16").get_json()["items"]
    checked = client.post("/v1/quotes/check?offsets=utf16",
                          json={"text": "We will sing all night"}).get_json()
    for body in (got, listed, found, checked):
        assert spans(body)
        for span in spans(body):
            assert utf16_slice(ASTRAL_ARTICLE, span["start"], span["end"]) == span["text"]

"""Errors the framework raises are problems too: 404, 405, and a 500 that shows no code."""
from __future__ import annotations

import pytest


def test_unknown_path_gets_404_problem(client, assert_problem):
    body = assert_problem(client.get("/v1/nothing-here"), 404)
    assert body["title"] == "Not Found"


def test_wrong_method_gets_405_problem_with_allow_header(client, assert_problem):
    response = client.get("/v1/analyze")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_unexpected_error_gets_500_problem_without_trace(make_app, assert_problem, caplog):
    app = make_app()

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret database password in a message")

    response = app.test_client().get("/boom")
    body = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert body["title"] == "Internal Server Error"
    assert any(body["request_id"] in record.getMessage() for record in caplog.records)


def test_errors_never_render_html(client):
    for response in (client.get("/missing"), client.put("/healthz"), client.post("/v1/analyze")):
        assert "<html" not in response.get_data(as_text=True).lower()
        assert response.mimetype == "application/problem+json"


def test_json_nested_thousands_deep_is_a_400_problem(client, assert_problem):
    body = b'{"text": ' + b"[" * 10000 + b"]" * 10000 + b"}"
    problem = assert_problem(client.post("/v1/analyze", data=body,
                                         content_type="application/json"), 400)
    assert "nested" in problem["detail"]


def test_an_integer_of_thousands_of_digits_is_a_400_problem(client, assert_problem):
    body = b'{"text": "a", "title": ' + b"9" * 5000 + b"}"
    assert_problem(client.post("/v1/analyze", data=body, content_type="application/json"), 400)


def test_an_unpaired_surrogate_in_a_json_text_is_analysed_with_its_offsets(client):
    body = b'{"text": "\\ud800 \\"We will win,\\" said Ana Ruiz."}'
    response = client.post("/v1/analyze", data=body, content_type="application/json")
    assert response.status_code == 200
    quote = response.get_json()["quotes"][0]
    assert (quote["text"], quote["start"], quote["speaker"]["name"]) == (
        "We will win,", 3, "Ana Ruiz")


@pytest.mark.parametrize("request_args", [
    ("get", "/v1/articles?since=0001-01-01T00:00:00%2B05:00", None),
    ("get", "/v1/articles?until=9999-12-31T23:59:59-05:00", None),
    ("put", "/v1/articles/edge", {"text": '"Yes," said Ana Ruiz.',
                                  "published_at": "0001-01-01T00:00:00+05:00"}),
])
def test_times_valid_in_iso_8601_but_outside_utc_years_are_422_problems(
        client, assert_problem, request_args):
    method, path, body = request_args
    problem = assert_problem(getattr(client, method)(path, json=body), 422)
    assert "UTC" in str(problem["errors"])

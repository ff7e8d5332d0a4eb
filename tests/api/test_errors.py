"""Errors the framework raises are problems too: 404, 405, and a 500 that shows no code."""
from __future__ import annotations


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

"""`POST /v1/analyze` through the Flask test client: bodies in, quotes out, every refusal a
problem."""
from __future__ import annotations

QUOTE = "The bridge will reopen in May,"


def test_json_article_returns_quotes_with_offsets_into_the_text(client, article):
    response = client.post("/v1/analyze", json={"text": article, "title": "Bridge"})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"quotes", "speakers"}
    first = body["quotes"][0]
    assert first["text"] == QUOTE
    assert article[first["start"]:first["end"]] == QUOTE
    assert first["speaker"]["name"] == "Maria Lopez"
    mention = first["speaker"]["mention"]
    assert article[mention["start"]:mention["end"]] == mention["text"]
    keys = {speaker["key"] for speaker in body["speakers"]}
    assert first["speaker"]["key"] in keys


def test_plain_text_body_is_read_as_the_article(client, article):
    as_json = client.post("/v1/analyze", json={"text": article}).get_json()
    as_text = client.post("/v1/analyze", data=article.encode(),
                          content_type="text/plain; charset=utf-8")
    assert as_text.status_code == 200
    assert as_text.get_json() == as_json


def test_text_without_quotes_gives_empty_lists(client):
    response = client.post("/v1/analyze", json={"text": "The council met on Tuesday."})
    assert response.get_json() == {"quotes": [], "speakers": []}


def test_offsets_count_code_points_not_bytes(client):
    text = 'Café owner Zoë Brandt said: "Prices will rise."'
    body = client.post("/v1/analyze", json={"text": text}).get_json()
    quote = body["quotes"][0]
    assert text[quote["start"]:quote["end"]] == quote["text"] == "Prices will rise."


def test_missing_text_gets_422_problem_with_field_errors(client, assert_problem):
    body = assert_problem(client.post("/v1/analyze", json={"title": "No body"}), 422)
    assert body["errors"] == {"text": ["Missing data for required field."]}


def test_empty_text_gets_422_problem(client, assert_problem):
    body = assert_problem(client.post("/v1/analyze", json={"text": ""}), 422)
    assert "text" in body["errors"]


def test_unknown_field_gets_422_problem_naming_it(client, assert_problem):
    body = assert_problem(client.post("/v1/analyze", json={"text": "x", "lang": "en"}), 422)
    assert body["errors"] == {"lang": ["Unknown field."]}


def test_wrong_field_type_gets_422_problem(client, assert_problem):
    body = assert_problem(client.post("/v1/analyze", json={"text": 42}), 422)
    assert body["errors"] == {"text": ["Not a valid string."]}


def test_json_that_is_not_an_object_gets_422_problem(client, assert_problem):
    assert_problem(client.post("/v1/analyze", json=["text"]), 422)


def test_malformed_json_gets_400_problem(client, assert_problem):
    response = client.post("/v1/analyze", data='{"text": "unterminated',
                           content_type="application/json")
    body = assert_problem(response, 400)
    assert "JSON" in body["detail"]


def test_wrong_content_type_gets_415_problem(client, assert_problem):
    response = client.post("/v1/analyze", data="<text>x</text>", content_type="application/xml")
    body = assert_problem(response, 415)
    assert "application/xml" in body["detail"]


def test_body_without_content_type_gets_415_problem(client, assert_problem):
    assert_problem(client.post("/v1/analyze", data=b"text"), 415)


def test_oversized_text_gets_413_problem(make_app, assert_problem):
    client = make_app(MAX_TEXT_BYTES="100").test_client()
    body = assert_problem(client.post("/v1/analyze", json={"text": "a" * 101}), 413)
    assert "100" in body["detail"]
    assert client.post("/v1/analyze", json={"text": "a" * 100}).status_code == 200


def test_size_limit_counts_utf8_bytes(make_app, assert_problem):
    client = make_app(MAX_TEXT_BYTES="100").test_client()
    assert_problem(client.post("/v1/analyze", data="é" * 51, content_type="text/plain"), 413)
    assert client.post("/v1/analyze", data="é" * 50, content_type="text/plain").status_code == 200


def test_oversized_body_is_refused_before_parsing(make_app, assert_problem):
    app = make_app(MAX_TEXT_BYTES="100")
    body = b'{"text": "' + b"a" * (app.config["MAX_CONTENT_LENGTH"] + 1) + b'"}'
    response = app.test_client().post("/v1/analyze", data=body, content_type="application/json")
    assert_problem(response, 413)


def test_a_raised_text_limit_raises_the_models_length_limit(make_app):
    """spaCy refuses texts over `max_length` (1,000,000 characters) with an error, which would be
    a 500 for a text the API accepted; the factory lifts it to the configured limit."""
    app = make_app(MAX_TEXT_BYTES="2500000")
    assert app.extensions["qa_pipeline"].max_length >= 2_500_000


def test_each_quote_names_the_rules_that_attributed_it(client, article):
    first = client.post("/v1/analyze", json={"text": article}).get_json()["quotes"][0]
    assert "/" in first["rule"] and first["method"] == "explicit_cue"
    speaker = first["speaker"]
    assert (speaker["role"], speaker["role_rule"]) == ("spokeswoman", "apposition")
    assert (speaker["affiliation"], speaker["affiliation_rule"]) == (None, None)


def test_explain_returns_the_rules_tried_for_every_segment(client, article):
    body = client.post("/v1/analyze?explain=true", json={"text": article}).get_json()
    assert [t["text"] for t in body["trace"]] == [q["text"] for q in body["quotes"]]
    steps = body["trace"][0]["steps"]
    assert steps[0]["stage"] == "speech"
    assert steps[-1] == {"stage": "attribution", "rule": "cue_source", "outcome": "fired"}
    assert client.post("/v1/analyze?explain=false", json={"text": article}).get_json() == \
        client.post("/v1/analyze", json={"text": article}).get_json()


def test_explain_traces_the_first_200_segments_and_says_the_trace_stops_there(client):
    """Red round: `'"a" ' * 20000` made a 23 MB answer and +360 MB in the worker with
    `?explain=true`; the trace now stops at 200 segments while quotes stay complete."""
    text = '"Yes," said Bob. ' * 250
    body = client.post("/v1/analyze?explain=true", json={"text": text}).get_json()
    assert len(body["quotes"]) == 250
    assert len(body["trace"]) == 200 and body["trace_truncated"] is True
    assert [t["start"] for t in body["trace"]] == [q["start"] for q in body["quotes"][:200]]
    assert all(t["steps"] for t in body["trace"])


def test_a_trace_of_every_segment_says_it_is_not_truncated(client, article):
    body = client.post("/v1/analyze?explain=true", json={"text": article}).get_json()
    assert body["trace_truncated"] is False
    assert "trace_truncated" not in client.post("/v1/analyze", json={"text": article}).get_json()


def test_explain_that_is_not_a_boolean_gets_422_problem(client, article, assert_problem):
    body = assert_problem(client.post("/v1/analyze?explain=maybe", json={"text": article}), 422)
    assert "explain" in body["errors"]


def test_an_analysis_past_the_time_budget_is_a_422_problem_that_says_so(make_app,
                                                                       assert_problem, article):
    client = make_app(ANALYSIS_TIME_BUDGET="0.000001").test_client()
    body = assert_problem(client.post("/v1/analyze", json={"text": article * 20}), 422,
                          "/problems/analysis-time-budget")
    assert body["budget_seconds"] == 0.000001
    assert "ANALYSIS_TIME_BUDGET" in body["detail"]


def test_text_not_in_english_gets_its_language_and_a_warning_and_no_quotes(client):
    text = ('La alcaldesa Ana Ruiz dijo el lunes que la ciudad "no tiene dinero para el '
            'puente". "Vamos a esperar", dijo ella.')
    resp = client.post("/v1/analyze", json={"text": text})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["quotes"] == [] and body["language"] == "es" and body["warnings"]

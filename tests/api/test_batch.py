"""`POST /v1/analyze/batch` (issue 14): results in request order, a bad article answered alone."""
from __future__ import annotations

FIRST = '"We will finish by June," said Ann Lee, a spokeswoman for the city council.'
SECOND = '"Prices will rise," Bob Roe said.'


def test_batch_answers_each_article_in_request_order_like_analyze(client):
    response = client.post("/v1/analyze/batch", json={"articles": [
        {"id": "one", "text": FIRST}, {"id": "two", "text": SECOND}, {"text": FIRST}]})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [(r["index"], r["id"], r["status"]) for r in results] == [
        (0, "one", 200), (1, "two", 200), (2, None, 200)]
    for result, text in zip(results, [FIRST, SECOND, FIRST]):
        alone = client.post("/v1/analyze", json={"text": text}).get_json()
        assert result["analysis"] == alone
        assert result["problem"] is None
    assert results[1]["analysis"]["quotes"][0]["speaker"]["name"] == "Bob Roe"


def test_a_bad_article_gets_its_own_problem_and_the_others_are_answered(client, make_app):
    small = make_app(MAX_TEXT_BYTES="200").test_client()
    response = small.post("/v1/analyze/batch", json={"articles": [
        {"id": "missing"}, {"id": "ok", "text": SECOND}, {"id": "blank", "text": "   "},
        {"id": "long", "text": SECOND * 10}]})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == [422, 200, 422, 413]
    assert results[1]["analysis"]["quotes"][0]["text"] == "Prices will rise,"
    for result in (results[0], results[2], results[3]):
        assert result["analysis"] is None
        problem = result["problem"]
        assert problem["type"] == "about:blank" and problem["status"] == result["status"]
        assert problem["title"] and problem["detail"]


def test_batch_over_the_article_count_is_a_413_problem(make_app, assert_problem):
    client = make_app(MAX_BATCH_ARTICLES="2").test_client()
    response = client.post("/v1/analyze/batch",
                           json={"articles": [{"text": SECOND}] * 3})
    assert "MAX_BATCH_ARTICLES" in assert_problem(response, 413)["detail"]


def test_batch_over_the_total_bytes_is_a_413_problem(make_app, assert_problem):
    client = make_app(MAX_BATCH_BYTES="50").test_client()
    response = client.post("/v1/analyze/batch",
                           json={"articles": [{"text": SECOND}, {"text": SECOND}]})
    assert "MAX_BATCH_BYTES" in assert_problem(response, 413)["detail"]


def test_batch_without_articles_is_a_422_problem(client, assert_problem):
    assert_problem(client.post("/v1/analyze/batch", json={"articles": []}), 422)
    assert_problem(client.post("/v1/analyze/batch", json={"items": []}), 422)


def test_a_batch_past_the_time_budget_is_a_422_problem_that_says_so(make_app, assert_problem):
    """The batch ran without the budget one analysis has: a 1 MB batch could hold a worker."""
    client = make_app(ANALYSIS_TIME_BUDGET="0.000001").test_client()
    body = assert_problem(client.post("/v1/analyze/batch", json={"articles": [
        {"text": '"We will win," said Ana Ruiz.'}]}), 422, "/problems/analysis-time-budget")
    assert "ANALYSIS_TIME_BUDGET" in body["detail"]

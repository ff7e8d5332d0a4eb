"""`/v1/backfills` (issue 14): long texts accepted as a job, 202 with a Location to follow.
The workers' side runs against the real broker in tests/e2e/test_backfill.py; here the
broker is kombu's in-process `memory://`."""
from __future__ import annotations

LONG = '"We will finish by June," said Ann Lee. ' + "The council met again. " * 2000


def test_a_long_text_is_accepted_as_a_backfill_to_follow(client):
    response = client.post("/v1/backfills", json={"articles": [
        {"id": "long-one", "text": LONG, "title": "Long"}, {"id": "short", "text": "Hi."}]})
    assert response.status_code == 202
    location = response.headers["Location"]
    body = response.get_json()
    assert location == f"/v1/backfills/{body['id']}"
    assert (body["total"], body["queued"], body["done"], body["failed"]) == (2, 2, 0, 0)
    assert client.get(location).get_json() == body


def test_unknown_backfill_is_a_404_problem(client, assert_problem):
    assert_problem(client.get("/v1/backfills/bf_nothing"), 404)


def test_a_backfill_id_with_a_nul_is_a_404_problem_on_every_store(make_app, store_url,
                                                                  assert_problem):
    """Issue 13: PostgreSQL text refuses NUL, so `/v1/backfills/%00` was a driver error, a 500."""
    with make_app(DATABASE_URL=store_url).test_client() as client:
        assert_problem(client.get("/v1/backfills/%00"), 404)
        assert_problem(client.get("/v1/backfills/bf_%00x"), 404)


def test_backfill_article_without_id_is_a_422_problem(client, assert_problem):
    body = assert_problem(client.post("/v1/backfills", json={"articles": [{"text": "Hi."}]}), 422)
    assert "articles" in body["errors"]


def test_backfill_over_the_limits_is_a_413_problem(make_app, assert_problem):
    client = make_app(MAX_BATCH_ARTICLES="1", MAX_TEXT_BYTES="100").test_client()
    two = {"articles": [{"id": "a", "text": "Hi."}, {"id": "b", "text": "Hi."}]}
    assert "MAX_BATCH_ARTICLES" in assert_problem(client.post("/v1/backfills", json=two),
                                                  413)["detail"]
    long = {"articles": [{"id": "a", "text": "word " * 50}]}
    assert "MAX_TEXT_BYTES" in assert_problem(client.post("/v1/backfills", json=long),
                                              413)["detail"]


def test_unreachable_broker_is_a_503_and_leaves_no_backfill(make_app, assert_problem):
    client = make_app(BROKER_URL="amqp://guest:guest@127.0.0.1:9//").test_client()
    response = client.post("/v1/backfills", json={"articles": [{"id": "a", "text": "Hi."}]})
    assert_problem(response, 503)


def test_a_blank_text_is_accepted_as_put_accepts_it(client):
    """Schemathesis found a spec-valid body (`"text": "\\u000b"`) refused with a 422: the spec
    asks only for one character, and `PUT /v1/articles/{id}` stores such a text."""
    response = client.post("/v1/backfills", json={"articles": [{"id": "blank", "text": "\v"}]})
    assert response.status_code == 202

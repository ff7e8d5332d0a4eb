"""Request ids: the caller's `X-Request-ID` is echoed when sane, otherwise one is made."""
from __future__ import annotations

import pytest


def test_request_id_is_generated_and_echoed(client):
    first = client.get("/healthz").headers["X-Request-ID"]
    second = client.get("/healthz").headers["X-Request-ID"]
    assert len(first) == 32 and first != second


def test_given_request_id_is_echoed(client):
    response = client.post("/v1/analyze", json={"text": "x"},
                           headers={"X-Request-ID": "cms-42:abc"})
    assert response.headers["X-Request-ID"] == "cms-42:abc"


def test_problem_body_carries_the_given_request_id(client):
    body = client.get("/missing", headers={"X-Request-ID": "trace-7"}).get_json(force=True)
    assert body["request_id"] == "trace-7"


@pytest.mark.parametrize("forged", ["two words", "x" * 129, "line\tbreak", "ä"])
def test_odd_request_id_is_replaced_not_echoed(client, forged):
    echoed = client.get("/healthz", headers={"X-Request-ID": forged}).headers["X-Request-ID"]
    assert echoed != forged and len(echoed) == 32

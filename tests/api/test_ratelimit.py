"""Rate limits: off by default; when on, per key or client address, beside the store (the
default), in memory or in Redis."""
from __future__ import annotations

import socket
import uuid

import pytest

REDIS_URI = "redis://127.0.0.1:6379"
BODY = {"text": "Nothing quoted here."}


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


STORAGES = [
    pytest.param("", id="database"),  # the default: counted beside the store
    pytest.param("memory://", id="memory"),
    pytest.param(REDIS_URI, id="redis", marks=pytest.mark.skipif(
        not _redis_answers(), reason="no Redis at 127.0.0.1:6379")),
]


def _fresh_client(app):
    """A client from an address no other test used, so Redis counters start at zero."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.1"
    return client


def test_limits_off_by_default_send_no_ratelimit_headers(client):
    for _ in range(5):
        response = client.post("/v1/analyze", json=BODY)
        assert response.status_code == 200
        assert "RateLimit-Limit" not in response.headers


@pytest.mark.parametrize("storage", STORAGES)
def test_requests_over_the_limit_get_429_problem_with_headers(make_app, assert_problem, storage):
    app = make_app(RATELIMIT="2/minute", RATELIMIT_STORAGE_URI=storage,
                   API_KEYS=f"key-{uuid.uuid4().hex}")
    key = app.extensions["qa_settings"].api_keys[0]
    client = app.test_client()
    auth = {"Authorization": f"Bearer {key}"}
    first = client.post("/v1/analyze", json=BODY, headers=auth)
    assert first.status_code == 200
    assert first.headers["RateLimit-Limit"] == "2"
    assert first.headers["RateLimit-Remaining"] == "1"
    assert 0 < int(first.headers["RateLimit-Reset"]) <= 60
    assert first.headers["RateLimit-Policy"] == "2;w=60"
    assert client.post("/v1/analyze", json=BODY, headers=auth).headers["RateLimit-Remaining"] == "0"
    refused = client.post("/v1/analyze", json=BODY, headers=auth)
    body = assert_problem(refused, 429)
    assert "2 per 1 minute" in body["detail"]
    assert refused.headers["RateLimit-Remaining"] == "0"
    assert 0 < int(refused.headers["Retry-After"]) <= 60


@pytest.mark.parametrize("storage", STORAGES)
def test_limits_count_per_key(make_app, assert_problem, storage):
    one, two = f"one-{uuid.uuid4().hex}", f"two-{uuid.uuid4().hex}"
    app = make_app(RATELIMIT="1/minute", RATELIMIT_STORAGE_URI=storage, API_KEYS=f"{one},{two}")
    client = app.test_client()

    def call(key):
        return client.post("/v1/analyze", json=BODY, headers={"Authorization": f"Bearer {key}"})

    assert call(one).status_code == 200
    assert_problem(call(one), 429)
    assert call(two).status_code == 200


@pytest.mark.parametrize("storage", STORAGES)
def test_limits_count_per_address_without_keys(make_app, assert_problem, storage):
    app = make_app(RATELIMIT="1/minute", RATELIMIT_STORAGE_URI=storage)
    first, second = _fresh_client(app), _fresh_client(app)
    assert first.post("/v1/analyze", json=BODY).status_code == 200
    assert_problem(first.post("/v1/analyze", json=BODY), 429)
    assert second.post("/v1/analyze", json=BODY).status_code == 200


def test_probes_and_docs_are_never_limited(make_app):
    client = _fresh_client(make_app(RATELIMIT="1/minute"))
    for _ in range(3):
        for path in ("/healthz", "/openapi.json"):
            response = client.get(path)
            assert response.status_code == 200
            assert "RateLimit-Limit" not in response.headers


def test_malformed_limit_fails_at_startup(make_app):
    with pytest.raises(ValueError):
        make_app(RATELIMIT="lots per day")


def test_unreachable_redis_falls_back_to_memory_instead_of_failing(make_app, assert_problem):
    app = make_app(RATELIMIT="1/minute", RATELIMIT_STORAGE_URI="redis://127.0.0.1:9")
    client = _fresh_client(app)
    assert client.post("/v1/analyze", json=BODY).status_code == 200
    assert_problem(client.post("/v1/analyze", json=BODY), 429)

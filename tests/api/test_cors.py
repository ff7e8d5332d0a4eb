"""CORS for browser CMS plugins: off by default, only the configured origins when on."""
from __future__ import annotations

import pytest

ORIGIN = "https://cms.example.org"


@pytest.fixture(scope="module")
def cors_client(make_app):
    return make_app(CORS_ORIGINS=f"{ORIGIN} https://other.example.org",
                    API_KEYS="cors-key").test_client()


def test_cors_off_by_default_sends_no_allow_origin(client):
    response = client.post("/v1/analyze", json={"text": "x"}, headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_configured_origin_gets_cors_headers(cors_client):
    response = cors_client.post("/v1/analyze", json={"text": "x"},
                                headers={"Origin": ORIGIN, "Authorization": "Bearer cors-key"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-Request-ID" in response.headers["Access-Control-Expose-Headers"]


def test_unlisted_origin_gets_no_cors_headers(cors_client):
    response = cors_client.post("/v1/analyze", json={"text": "x"},
                                headers={"Origin": "https://evil.example.com",
                                         "Authorization": "Bearer cors-key"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_preflight_is_answered_without_a_key(cors_client):
    response = cors_client.options("/v1/analyze", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization, Content-Type"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "authorization" in response.headers["Access-Control-Allow-Headers"].lower()


def test_error_responses_carry_cors_headers_too(cors_client):
    """A browser plugin can only read a 401 problem if it carries the CORS headers."""
    response = cors_client.post("/v1/analyze", json={"text": "x"}, headers={"Origin": ORIGIN})
    assert response.status_code == 401
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN

"""API keys: off by default; when on, `/v1` needs `Authorization: Bearer <key>`."""
from __future__ import annotations

import pytest

from api.security import _matches

BODY = {"text": "Nothing quoted here."}


@pytest.fixture(scope="module")
def keyed(make_app):
    return make_app(API_KEYS="first-key, second-key").test_client()


def test_keys_off_by_default_lets_requests_through(client):
    assert client.post("/v1/analyze", json=BODY).status_code == 200


def test_request_without_key_gets_401_problem(keyed, assert_problem):
    response = keyed.post("/v1/analyze", json=BODY)
    body = assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Bearer" in body["detail"]


@pytest.mark.parametrize("header", ["Bearer wrong-key", "Bearer first-ke", "Bearer ",
                                    "Basic Zmlyc3Qta2V5", "first-key"])
def test_wrong_or_malformed_key_gets_401_problem(keyed, assert_problem, header):
    assert_problem(keyed.post("/v1/analyze", json=BODY, headers={"Authorization": header}), 401)


@pytest.mark.parametrize("key", ["first-key", "second-key"])
def test_every_configured_key_is_accepted(keyed, key):
    response = keyed.post("/v1/analyze", json=BODY, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200


def test_scheme_name_is_case_insensitive(keyed):
    response = keyed.post("/v1/analyze", json=BODY, headers={"Authorization": "bearer first-key"})
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/openapi.json", "/openapi.yaml", "/docs"])
def test_probes_and_docs_need_no_key(keyed, path):
    assert keyed.get(path).status_code == 200


def test_unauthenticated_404_under_v1_is_401_first(keyed, assert_problem):
    """Unknown `/v1` paths do not reveal which routes exist to callers without a key."""
    assert_problem(keyed.get("/v1/secret-route"), 401)


def test_key_comparison_checks_every_key():
    assert _matches("b", ("a", "b", "c"))
    assert not _matches("d", ("a", "b", "c"))
    assert not _matches("", ("a",))

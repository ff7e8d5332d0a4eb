"""Issue 13: API keys stored hashed, with scopes, ownership of articles (BOLA) and revocation."""
from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import select

from api.security import OPEN_ACCESS
from profiles.models import ApiKey, Article

TEXT = '"The bridge will reopen in May," said Maria Lopez, a spokeswoman for the city.'


@pytest.fixture()
def keyed_app(make_app, tmp_path):
    """An app on its own database, so its keys close no other test's app."""
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'keys.db'}")


def create(app, name: str, *scopes: str) -> str:
    args = ["keys", "create", name] + [a for s in scopes for a in ("--scope", s)]
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture()
def tokens(keyed_app):
    return {"alice": create(keyed_app, "alice", "read", "write"),
            "bob": create(keyed_app, "bob", "read", "write"),
            "reader": create(keyed_app, "reader", "read"),
            "editor": create(keyed_app, "editor", "read", "write", "admin")}


def test_created_key_is_stored_only_as_its_hash(keyed_app, tokens):
    with keyed_app.extensions["qa_sessions"].begin() as session:
        stored = session.scalar(select(ApiKey).where(ApiKey.name == "alice"))
        assert stored.token_hash == hashlib.sha256(tokens["alice"].encode()).hexdigest()
        assert stored.scopes == "read write"
    listing = keyed_app.test_cli_runner().invoke(args=["keys", "list"]).output
    assert "alice" in listing and tokens["alice"] not in listing


def test_a_key_name_cannot_be_created_twice(keyed_app, tokens):
    result = keyed_app.test_cli_runner().invoke(args=["keys", "create", "alice"])
    assert result.exit_code != 0


def test_once_a_key_exists_anonymous_calls_get_401(keyed_app, tokens, assert_problem):
    assert_problem(keyed_app.test_client().get("/v1/articles"), 401)


def test_read_key_reads_but_cannot_write(keyed_app, tokens, assert_problem):
    client = keyed_app.test_client()
    assert client.get("/v1/articles", headers=bearer(tokens["reader"])).status_code == 200
    assert client.post("/v1/analyze", json={"text": TEXT},
                       headers=bearer(tokens["reader"])).status_code == 200
    body = assert_problem(client.put("/v1/articles/a1", json={"text": TEXT},
                                     headers=bearer(tokens["reader"])), 403)
    assert "write" in body["detail"]


def test_bola_another_key_cannot_overwrite_or_delete_an_article(keyed_app, tokens,
                                                                 assert_problem):
    client = keyed_app.test_client()
    assert client.put("/v1/articles/mine", json={"text": TEXT, "title": "Alice's"},
                      headers=bearer(tokens["alice"])).status_code == 201
    assert_problem(client.put("/v1/articles/mine", json={"text": "Defaced."},
                              headers=bearer(tokens["bob"])), 403)
    assert_problem(client.delete("/v1/articles/mine", headers=bearer(tokens["bob"])), 403)
    kept = client.get("/v1/articles/mine", headers=bearer(tokens["bob"])).get_json()
    assert kept["title"] == "Alice's" and kept["text"] == TEXT
    assert client.put("/v1/articles/mine", json={"text": TEXT, "title": "Alice 2"},
                      headers=bearer(tokens["alice"])).status_code == 200


def test_admin_key_may_overwrite_and_delete_any_article_keeping_its_owner(keyed_app, tokens):
    client = keyed_app.test_client()
    client.put("/v1/articles/hers", json={"text": TEXT}, headers=bearer(tokens["alice"]))
    assert client.put("/v1/articles/hers", json={"text": TEXT, "title": "Fixed"},
                      headers=bearer(tokens["editor"])).status_code == 200
    with keyed_app.extensions["qa_sessions"].begin() as session:
        owner = session.get(Article, "hers").owner
        alice = session.scalar(select(ApiKey).where(ApiKey.name == "alice"))
        assert owner == f"key:{alice.id}"
    assert client.delete("/v1/articles/hers", headers=bearer(tokens["editor"])).status_code == 204


def test_profile_patch_and_merge_need_admin(keyed_app, tokens, assert_problem):
    client = keyed_app.test_client()
    stored = client.put("/v1/articles/p1", json={"text": TEXT}, headers=bearer(tokens["alice"]))
    profile = stored.get_json()["quotes"][0]["speaker"]["profile_id"]
    assert_problem(client.patch(f"/v1/speakers/{profile}", json={"name": "Defaced Name"},
                                headers=bearer(tokens["alice"])), 403)
    assert_problem(client.post(f"/v1/speakers/{profile}/merge", json={"source_id": "spk_x"},
                               headers=bearer(tokens["bob"])), 403)
    assert client.patch(f"/v1/speakers/{profile}", json={"name": "María López"},
                        headers=bearer(tokens["editor"])).status_code == 200


def test_revoked_key_is_refused_from_the_next_request(keyed_app, tokens, assert_problem):
    client = keyed_app.test_client()
    assert client.get("/v1/articles", headers=bearer(tokens["bob"])).status_code == 200
    result = keyed_app.test_cli_runner().invoke(args=["keys", "revoke", "bob"])
    assert result.exit_code == 0, result.output
    assert_problem(client.get("/v1/articles", headers=bearer(tokens["bob"])), 401)
    assert keyed_app.test_cli_runner().invoke(args=["keys", "revoke", "bob"]).exit_code != 0


def test_revoke_by_id(keyed_app, tokens):
    with keyed_app.extensions["qa_sessions"].begin() as session:
        key_id = session.scalar(select(ApiKey.id).where(ApiKey.name == "reader"))
    assert keyed_app.test_cli_runner().invoke(args=["keys", "revoke", str(key_id)]).exit_code == 0
    assert keyed_app.test_client().get("/v1/articles",
                                       headers=bearer(tokens["reader"])).status_code == 401


def test_env_bootstrap_keys_have_every_scope(make_app, tmp_path):
    app = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'env.db'}", API_KEYS="boot-key")
    client = app.test_client()
    stored = client.put("/v1/articles/e1", json={"text": TEXT}, headers=bearer("boot-key"))
    profile = stored.get_json()["quotes"][0]["speaker"]["profile_id"]
    assert client.patch(f"/v1/speakers/{profile}", json={"wikidata_id": "Q1"},
                        headers=bearer("boot-key")).status_code == 200


def test_failed_authentications_are_limited_per_address(make_app, tmp_path, assert_problem):
    app = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'fail.db'}",
                   API_KEYS=f"k-{uuid.uuid4().hex}", AUTH_FAILURE_LIMIT="3/minute")
    client = app.test_client()
    for _ in range(3):
        assert_problem(client.get("/v1/articles", headers=bearer("guess")), 401)
    response = client.get("/v1/articles", headers=bearer("guess"))
    assert_problem(response, 429)
    assert int(response.headers["Retry-After"]) > 0
    right = bearer(app.extensions["qa_settings"].api_keys[0])
    assert_problem(client.get("/v1/articles", headers=right), 429)  # no oracle while blocked
    other = client.get("/v1/articles", headers=right, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200


def test_with_no_keys_every_caller_has_every_scope(client):
    assert OPEN_ACCESS.admin
    assert client.put("/v1/articles/open-1", json={"text": TEXT}).status_code in (200, 201)


def test_backfills_carry_the_sending_key_as_owner(keyed_app, tokens, monkeypatch):
    """Issue 13: the worker stores each article under the key that started the backfill."""
    from bulk import queue

    sent = []
    monkeypatch.setattr(queue, "enqueue", lambda app, backfill, position, article, admin:
                        sent.append((article.owner, admin)))
    client = keyed_app.test_client()
    for name in ("alice", "bob", "editor"):
        response = client.post("/v1/backfills", json={"articles": [{"id": "b1", "text": "Hi."}]},
                               headers=bearer(tokens[name]))
        assert response.status_code == 202
    (alice, alice_admin), (bob, _), (_, editor_admin) = sent
    assert alice and bob and alice != bob
    assert (alice_admin, editor_admin) == (False, True)

"""The path prefix of links comes from the server's settings, never from a request header (red
round: gunicorn took a loopback client's `SCRIPT_NAME` header as the prefix of every `Location`)."""
from __future__ import annotations

from pathlib import Path

import requests

from tests.e2e.gunicorn import running_gunicorn

BACKFILL = {"articles": [{"id": "prefix-1", "text": '"We are ready," said Ann Lee.'}]}


def test_a_loopback_clients_script_name_header_sets_no_prefix(server):
    """Before: `/elsewhere/healthz` with `SCRIPT_NAME: /elsewhere` answered 200 (the header was
    taken as a prefix), `/healthz` with it a 400."""
    moved = requests.get(f"{server.url}/elsewhere/healthz", headers={"SCRIPT_NAME": "/elsewhere"},
                         timeout=10)
    assert moved.status_code == 404
    assert moved.headers["Content-Type"] == "application/problem+json"
    plain = requests.get(f"{server.url}/healthz", headers={"SCRIPT_NAME": "/elsewhere"},
                         timeout=10)
    assert plain.status_code == 200


def test_a_prefix_set_in_the_servers_environment_leads_every_location(tmp_path: Path):
    settings = {"SCRIPT_NAME": "/quotes", "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}",
                "BROKER_URL": "memory://", "API_KEYS": "", "WEB_CONCURRENCY": "1",
                "THREADS": "2", "RATELIMIT_STORAGE_URI": "memory://"}
    with running_gunicorn(settings, tmp_path / "gunicorn.log", ready="/quotes/healthz") as url:
        queued = requests.post(f"{url}/quotes/v1/backfills", json=BACKFILL, timeout=60,
                               headers={"SCRIPT_NAME": "/evil"})
        assert queued.status_code == 202, queued.text
        assert queued.headers["Location"].startswith("/quotes/v1/backfills/bf_")
        followed = requests.get(f"{url}{queued.headers['Location']}", timeout=10)
        assert followed.status_code == 200 and followed.json()["total"] == 1

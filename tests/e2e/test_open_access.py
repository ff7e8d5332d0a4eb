"""Issue 13: with no API key the service writes for anyone, so gunicorn.conf.py refuses to bind a
non-loopback address unless `ALLOW_OPEN_ACCESS=1` (or a key exists)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from api.config import Settings
from api.open_access import is_loopback, refusal
from tests.e2e.gunicorn import ROOT, free_port, running_gunicorn


@pytest.mark.parametrize("bind", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000",
                                  "127.0.0.2:80", "unix:/tmp/qa.sock"])
def test_loopback_binds_are_local(bind: str) -> None:
    assert is_loopback(bind)


@pytest.mark.parametrize("bind", ["0.0.0.0:8000", "[::]:8000", "10.1.2.3:80", "example.org:80",
                                  ":8000"])
def test_other_binds_are_not(bind: str) -> None:
    assert not is_loopback(bind)


def test_open_bind_is_allowed_with_a_key_or_the_explicit_setting(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'refusal.db'}"
    assert refusal(["0.0.0.0:80"], Settings(database_url=url))
    assert refusal(["127.0.0.1:80"], Settings(database_url=url)) is None
    assert refusal(["0.0.0.0:80"], Settings(database_url=url, api_keys=("k",))) is None
    assert refusal(["0.0.0.0:80"], Settings(database_url=url, allow_open_access=True)) is None


def test_gunicorn_refuses_a_public_bind_without_keys(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'g.db'}", "API_KEYS": "",
           "ALLOW_OPEN_ACCESS": "", "BIND": f"0.0.0.0:{free_port()}"}
    done = subprocess.run([sys.executable, "-m", "gunicorn", "wsgi:app"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "ALLOW_OPEN_ACCESS" in done.stdout + done.stderr


def test_gunicorn_starts_on_loopback_without_keys(tmp_path: Path) -> None:
    settings = {"DATABASE_URL": f"sqlite:///{tmp_path / 'l.db'}", "API_KEYS": "",
                "WEB_CONCURRENCY": "1"}
    with running_gunicorn(settings, tmp_path / "gunicorn.log"):
        pass

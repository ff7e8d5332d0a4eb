"""Issue 13: with default settings the rate limit holds across gunicorn workers (counted beside
the store, `api/ratelimit_store.py`), not once per worker as `memory://` counts."""
from __future__ import annotations

import re
from pathlib import Path

import requests

from tests.e2e.gunicorn import running_gunicorn

LIMIT = 15
REQUESTS = 60


def _accepted_by_two_workers(tmp_path: Path, storage: str) -> int:
    """How many of `REQUESTS` new connections got a 200, with both workers seen serving."""
    settings = {"DATABASE_URL": f"sqlite:///{tmp_path / 'limits.db'}", "API_KEYS": "",
                "RATELIMIT": f"{LIMIT}/minute", "RATELIMIT_STORAGE_URI": storage,
                "WEB_CONCURRENCY": "2", "THREADS": "4"}
    log = tmp_path / "gunicorn.log"
    with running_gunicorn(settings, log) as url:
        statuses = [requests.get(f"{url}/v1/articles", headers={"Connection": "close"},
                                 timeout=30).status_code for _ in range(REQUESTS)]
    pids = set(re.findall(r'"GET /v1/articles HTTP/1.1" \d+ .* pid=<(\d+)>', log.read_text()))
    assert len(pids) == 2, "both workers took requests"
    assert set(statuses) == {200, 429}
    return statuses.count(200)


def test_two_workers_share_one_limit_by_default(tmp_path: Path) -> None:
    assert _accepted_by_two_workers(tmp_path, storage="") == LIMIT


def test_memory_counts_per_worker(tmp_path: Path) -> None:
    """The contrast that makes the test above mean something."""
    assert _accepted_by_two_workers(tmp_path, storage="memory://") > LIMIT

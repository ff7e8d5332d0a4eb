"""Issue 13 under real concurrency, through gunicorn on SQLite and PostgreSQL: of 20 simultaneous
first PUTs of one id exactly one is told `201 Created`, and of simultaneous PUTs carrying the same
`If-Match` exactly one wins, the others get 412."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.e2e.gunicorn import running_gunicorn

PARALLEL = 20
TEXT = '"The ferry runs again on Monday," said Petra Lind, the harbour master of Westport.'


@pytest.fixture()
def server(store_url: str, tmp_path: Path) -> Iterator[str]:
    settings = {"DATABASE_URL": store_url, "API_KEYS": "", "RATELIMIT": "", "CORS_ORIGINS": "",
                "WEB_CONCURRENCY": "4", "THREADS": "4"}
    with running_gunicorn(settings, tmp_path / "gunicorn.log", ready="/readyz") as url:
        yield url


def _all_at_once(call, count: int) -> list[int]:
    barrier = threading.Barrier(count)

    def one(n: int) -> int:
        barrier.wait()
        return call(n)

    with ThreadPoolExecutor(count) as pool:
        return sorted(pool.map(one, range(count)))


def test_twenty_simultaneous_first_puts_get_exactly_one_201(server: str) -> None:
    statuses = _all_at_once(lambda n: requests.put(
        f"{server}/v1/articles/race", json={"text": TEXT, "title": f"v{n}"}, timeout=120
    ).status_code, PARALLEL)
    assert statuses == [200] * (PARALLEL - 1) + [201]


def test_simultaneous_puts_with_one_etag_let_exactly_one_through(server: str) -> None:
    first = requests.put(f"{server}/v1/articles/edit", json={"text": TEXT}, timeout=120)
    tag = first.headers["ETag"]
    statuses = _all_at_once(lambda n: requests.put(
        f"{server}/v1/articles/edit", json={"text": TEXT, "title": f"editor {n}"},
        headers={"If-Match": tag}, timeout=120).status_code, 8)
    assert statuses == [200] + [412] * 7

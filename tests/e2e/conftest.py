"""A real gunicorn (the repository's gunicorn.conf.py, two workers, preloaded model) on a free
port."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.gunicorn import running_gunicorn

API_KEY = "e2e-key"


@dataclass(frozen=True)
class Server:
    url: str
    log: Path
    api_key: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Started once per session with a temporary SQLite file, API keys and a generous rate limit."""
    folder = tmp_path_factory.mktemp("gunicorn")
    log = folder / "gunicorn.log"
    settings = {"DATABASE_URL": f"sqlite:///{folder / 'e2e.db'}", "API_KEYS": API_KEY,
                "RATELIMIT": "1000/minute", "RATELIMIT_STORAGE_URI": "memory://",
                "CORS_ORIGINS": "", "WEB_CONCURRENCY": "2", "THREADS": "2"}
    with running_gunicorn(settings, log) as url:
        yield Server(url, log, API_KEY)

"""A real gunicorn (the repository's gunicorn.conf.py, two workers, preloaded model) on a free port."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "e2e-key"
STARTUP_SECONDS = 120


@dataclass(frozen=True)
class Server:
    url: str
    log: Path
    api_key: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Started once per session with a temporary SQLite file, API keys and a generous rate limit."""
    folder = tmp_path_factory.mktemp("gunicorn")
    log = folder / "gunicorn.log"
    url = f"http://127.0.0.1:{_free_port()}"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'e2e.db'}", "API_KEYS": API_KEY,
           "RATELIMIT": "1000/minute", "RATELIMIT_STORAGE_URI": "memory://", "CORS_ORIGINS": "",
           "WEB_CONCURRENCY": "2", "THREADS": "2", "BIND": url.removeprefix("http://")}
    with log.open("w") as sink:
        process = subprocess.Popen([sys.executable, "-m", "gunicorn", "wsgi:app"], cwd=ROOT,
                                   env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited with {process.returncode}:\n{log.read_text()}")
            try:
                if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not answer in {STARTUP_SECONDS}s:\n{log.read_text()}")
            time.sleep(0.25)
        yield Server(url, log, API_KEY)
    finally:
        process.send_signal(signal.SIGINT)  # quick shutdown: nothing in flight is worth waiting for
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()

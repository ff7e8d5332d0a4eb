"""Start the repository's gunicorn (wsgi:app, gunicorn.conf.py) on a free port for a test."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_gunicorn(settings: dict[str, str], log: Path, ready: str = "/healthz") -> Iterator[str]:
    """gunicorn with `settings` added to the environment, until `ready` answers 200; yields
    its base URL and stops it afterwards (SIGINT: nothing in flight is worth waiting for)."""
    address = f"127.0.0.1:{free_port()}"
    env = {**os.environ, **settings, "BIND": address}
    with log.open("w") as sink:
        process = subprocess.Popen([sys.executable, "-m", "gunicorn", "wsgi:app"], cwd=ROOT,
                                   env=env, stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://{address}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited with {process.returncode}:\n{log.read_text()}")
            try:
                if requests.get(f"{url}{ready}", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not answer in {STARTUP_SECONDS}s:\n{log.read_text()}")
            time.sleep(0.25)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()

"""Start a real Celery backfill worker (`celery -A bulk.worker worker`) for a test."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.e2e.gunicorn import ROOT

BROKER_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672//")
"""The machine's RabbitMQ (`.ci/run` checks it answers, and starts it if down)."""
REDIS_BROKER_URL = os.environ.get("TEST_REDIS_BROKER_URL", "redis://127.0.0.1:6379/0")
"""The machine's Redis, the other broker `BROKER_URL` may name (`.ci/run` checks it too)."""


class Worker:
    """`celery worker --concurrency N` in its own process group, so a test can SIGKILL the
    whole worker (main process and pool) as a crashed machine would."""

    def __init__(self, settings: dict[str, str], log: Path, processes: int = 2,
                 broker: str = BROKER_URL) -> None:
        self.log = log
        env = {**os.environ, **settings, "BROKER_URL": broker}
        with log.open("a") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "bulk.worker", "worker",
                 "--concurrency", str(processes), "--pool", "prefork", "--without-gossip",
                 "--without-mingle", "--without-heartbeat", "--loglevel", "INFO"],
                cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
                start_new_session=True)

    def kill(self) -> None:
        """SIGKILL to every process of the worker: nothing gets to acknowledge or clean up."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

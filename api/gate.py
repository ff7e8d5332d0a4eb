"""The gate: at most `ACTIVE_REQUESTS` requests of one worker process run the app at once.

gunicorn's threaded worker has many threads (`THREADS`) so that slow clients, each holding one
while its body arrives (`api/edge.py`), cannot starve the others. But every thread that runs
Python competes for the one GIL: with eight requests in flight a thread that returns from a
database read waits behind the others' switch intervals, and GET p99 under 16 clients was 3.9x
its p50 (`bench/recycling.py`). Past the gate only a few run; the rest wait on a semaphore, which
costs no CPU and keeps arrival order roughly fair. Reads and writes have a lane each: an analysis
holds its slot for seconds, and reads queued behind four of them would wait that long, where
sharing the GIL with them costs a read milliseconds. Probes and `/metrics` skip the gate, so a
worker busy with long analyses still answers its orchestrator.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from typing import Any

from api.edge import StartResponse, WsgiApp

UNGATED = frozenset({"/healthz", "/readyz", "/metrics"})
READS = frozenset({"GET", "HEAD", "OPTIONS"})


class Slots:
    """A semaphore that serves its waiters in arrival order: a freed slot is handed to the
    longest waiter, never taken by a thread that arrives meanwhile (`threading.Semaphore`
    lets newcomers barge in, and the waiters they pass make the latency tail)."""

    def __init__(self, size: int) -> None:
        self.free = size
        self.lock = threading.Lock()
        self.waiting: deque[threading.Event] = deque()

    def __enter__(self) -> None:
        with self.lock:
            if self.free and not self.waiting:
                self.free -= 1
                return
            turn = threading.Event()
            self.waiting.append(turn)
        turn.wait()

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            if self.waiting:
                self.waiting.popleft().set()
            else:
                self.free += 1


class Gate:
    """Wraps a WSGI app with two semaphores of `limit` slots, one for reads and one for
    writes (0: no gate)."""

    def __init__(self, app: WsgiApp, limit: int) -> None:
        self.app = app
        self.lanes = {lane: Slots(limit) for lane in (True, False)} \
            if limit > 0 else None

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self.lanes is None or environ.get("PATH_INFO") in UNGATED:
            return self.app(environ, start_response)
        with self.lanes[environ.get("REQUEST_METHOD", "GET") in READS]:
            return self.app(environ, start_response)

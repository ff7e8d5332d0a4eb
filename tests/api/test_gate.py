"""The gate (`api/gate.py`): at most `ACTIVE_REQUESTS` requests run the app at once per process."""
from __future__ import annotations

import threading
import time
from typing import Any

from api.gate import Gate, Slots


class Recorder:
    """A WSGI app that counts how many calls are inside it at once."""

    def __init__(self, hold: float = 0.05) -> None:
        self.hold, self.inside, self.most = hold, 0, 0
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        with self.lock:
            self.inside += 1
            self.most = max(self.most, self.inside)
        time.sleep(self.hold if environ["PATH_INFO"].startswith("/v1/") else 0)
        with self.lock:
            self.inside -= 1
        start_response("200 OK", [])
        return [b"ok"]


def call_at_once(app: Gate, paths: list[str]) -> None:
    threads = [threading.Thread(target=app, args=({"PATH_INFO": p}, lambda *a: None))
               for p in paths]  # no REQUEST_METHOD: reads
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_no_more_requests_than_the_limit_run_the_app_at_once() -> None:
    inner = Recorder()
    call_at_once(Gate(inner, 3), ["/v1/articles"] * 12)
    assert inner.most == 3


def test_a_limit_of_zero_means_no_gate() -> None:
    inner = Recorder()
    call_at_once(Gate(inner, 0), ["/v1/articles"] * 6)
    assert inner.most == 6


def test_probes_pass_a_gate_held_by_slow_requests() -> None:
    gate = Gate(Recorder(hold=2.0), 1)
    busy = threading.Thread(target=gate, args=({"PATH_INFO": "/v1/analyze"}, lambda *a: None))
    busy.start()
    time.sleep(0.1)
    started = time.monotonic()
    gate({"PATH_INFO": "/healthz"}, lambda *a: None)
    assert time.monotonic() - started < 0.5
    busy.join()


def test_reads_pass_a_gate_whose_write_lane_is_held_by_analyses() -> None:
    """Four long analyses in a worker must not make its reads wait for them to end."""
    gate = Gate(Recorder(hold=2.0), 1)
    busy = threading.Thread(target=gate, args=(
        {"PATH_INFO": "/v1/analyze", "REQUEST_METHOD": "POST"}, lambda *a: None))
    busy.start()
    time.sleep(0.1)
    started = time.monotonic()
    gate({"PATH_INFO": "/docs", "REQUEST_METHOD": "GET"}, lambda *a: None)  # gated, not held
    assert time.monotonic() - started < 1.0
    busy.join()


def test_writes_have_their_own_limit() -> None:
    inner = Recorder()
    gate = Gate(inner, 2)
    threads = [threading.Thread(target=gate, args=(
        {"PATH_INFO": "/v1/analyze", "REQUEST_METHOD": "POST"}, lambda *a: None))
        for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert inner.most == 2


def test_freed_slots_go_to_waiters_in_arrival_order() -> None:
    slots = Slots(1)
    order: list[int] = []
    slots.__enter__()

    def wait(n: int) -> None:
        with slots:
            order.append(n)
    waiters = []
    for n in range(5):
        waiters.append(threading.Thread(target=wait, args=(n,)))
        waiters[-1].start()
        while len(slots.waiting) <= n:  # each one queued before the next arrives
            time.sleep(0.001)
    slots.__exit__(None, None, None)
    for thread in waiters:
        thread.join()
    assert order == [0, 1, 2, 3, 4]

"""Slow clients against the real gunicorn: they cost a bounded thread each, never the service."""
from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.e2e.gunicorn import running_gunicorn

SLOW_CLIENTS = 50
BODY_TIMEOUT = 4


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("slow")
    settings = {"DATABASE_URL": f"sqlite:///{folder / 'slow.db'}", "API_KEYS": "",
                "RATELIMIT": "", "WEB_CONCURRENCY": "2", "BODY_TIMEOUT": str(BODY_TIMEOUT)}
    with running_gunicorn(settings, folder / "gunicorn.log") as base:
        yield base


def slow_post(base: str, declared: int = 5000, sent: bytes = b'{"t') -> socket.socket:
    """Headers and the first bytes of a body declared `declared` bytes long; the rest never
    comes."""
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    sock.sendall((f"POST /v1/analyze HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json"
                  f"\r\nContent-Length: {declared}\r\n\r\n").encode() + sent)
    return sock


def test_fifty_slow_bodies_do_not_delay_healthz_or_analyze(url: str) -> None:
    held = [slow_post(url) for _ in range(SLOW_CLIENTS)]
    try:
        time.sleep(0.5)   # every slow connection has reached a worker thread by now
        started = time.monotonic()
        health = requests.get(f"{url}/healthz", timeout=5)
        health_seconds = time.monotonic() - started
        started = time.monotonic()
        analysis = requests.post(f"{url}/v1/analyze", timeout=30,
                                 json={"text": '"We will win," said Jane Doe, the mayor.'})
        analyze_seconds = time.monotonic() - started
    finally:
        for sock in held:
            sock.close()
    assert health.status_code == 200 and health_seconds < 1, health_seconds
    assert analysis.status_code == 200 and analyze_seconds < 5, analyze_seconds


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    data = b""
    sock.settimeout(BODY_TIMEOUT + 10)
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < int(
            dict(line.split(": ", 1) for line in data.split(b"\r\n\r\n")[0].decode()
                 .split("\r\n")[1:]).get("Content-Length", "0")):
        part = sock.recv(65536)
        if not part:
            break
        data += part
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode().split("\r\n")
    headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def test_a_body_shorter_than_its_content_length_gets_a_408_problem_in_time(url: str) -> None:
    sock = slow_post(url, declared=5000, sent=b'{"text": "abc')
    started = time.monotonic()
    try:
        status, headers, body = read_response(sock)
    finally:
        sock.close()
    assert status == 408
    assert headers["content-type"] == "application/problem+json"
    assert json.loads(body)["status"] == 408
    assert time.monotonic() - started < BODY_TIMEOUT + 2


def test_healthz_still_answers_after_slow_clients_time_out(url: str) -> None:
    held = [slow_post(url) for _ in range(SLOW_CLIENTS)]
    time.sleep(BODY_TIMEOUT + 1)
    for sock in held:
        sock.close()
    assert requests.get(f"{url}/healthz", timeout=2).status_code == 200




def test_metrics_add_up_requests_from_every_worker(url: str) -> None:
    """Fresh connections land on both workers; /metrics (served by one) counts all of them."""
    for _ in range(20):
        assert requests.get(f"{url}/readyz", timeout=5).status_code == 200
    body = requests.get(f"{url}/metrics", timeout=5).text
    line = next(line for line in body.splitlines() if line.startswith(
        'qa_http_requests_total{method="GET",route="/readyz",status="200"}'))
    assert float(line.split()[-1]) >= 20


def test_json_logs_carry_the_request_id(tmp_path: Path) -> None:
    """LOG_FORMAT=json: every gunicorn line is a JSON object; the access line has the echoed id."""
    log = tmp_path / "gunicorn.log"
    settings = {"DATABASE_URL": f"sqlite:///{tmp_path / 'logs.db'}", "API_KEYS": "",
                "RATELIMIT": "", "WEB_CONCURRENCY": "1", "LOG_FORMAT": "json"}
    with running_gunicorn(settings, log) as base:
        requests.get(f"{base}/healthz", headers={"X-Request-ID": "trace-me-42"}, timeout=5)
        time.sleep(0.5)
    records = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert records and all("level" in record and "time" in record for record in records)
    assert any("trace-me-42" in record["message"] for record in records)

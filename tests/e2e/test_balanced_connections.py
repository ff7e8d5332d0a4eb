"""Keep-alive connections end up shared evenly between gunicorn's two workers (`api/balance.py`):
an uneven share was the GET latency tail under 16 clients (issue 13)."""
from __future__ import annotations

import http.client
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.balance import SETTLE
from tests.e2e.gunicorn import running_gunicorn

CLIENTS = 16
ROUNDS = 60
TRIES = 3     # fresh connections each time: an even split by luck passes one, not all
ESTABLISHED = "01"


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("balance")
    settings = {"DATABASE_URL": f"sqlite:///{folder / 'balance.db'}", "API_KEYS": "",
                "RATELIMIT": "", "WEB_CONCURRENCY": "2"}
    with running_gunicorn(settings, folder / "gunicorn.log") as base:
        yield base


def server_sockets(port: int) -> set[str]:
    """Inodes of the established TCP sockets whose local port is `port` (the server's ends)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == ESTABLISHED:
            inodes.add(fields[9])
    return inodes


def held_by_process(inodes: set[str]) -> Counter[int]:
    """How many of those sockets each process holds open (its /proc/PID/fd links)."""
    held: Counter[int] = Counter()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        except OSError:
            continue
        held[int(pid)] += sum(1 for link in links
                              if (m := re.fullmatch(r"socket:\[(\d+)\]", link)) and m[1] in inodes)
    return +held


def balanced_shares(host: str, port: int) -> Counter[int]:
    """Connect `CLIENTS` keep-alive clients, make requests (reconnecting when told to close)
    until a round passes without a close, and count the connections each worker then holds.
    Rounds are `SETTLE` apart, so a worker's wait for its last close never hides a surplus."""
    clients = [http.client.HTTPConnection(host, port, timeout=10) for _ in range(CLIENTS)]
    try:
        for _ in range(ROUNDS):
            closed = 0
            for client in clients:
                client.request("GET", "/v1/articles?limit=1")
                response = client.getresponse()
                response.read()
                assert response.status == 200
                if response.will_close:
                    client.close()
                    closed += 1
            if not closed:
                return held_by_process(server_sockets(port))
            time.sleep(SETTLE)
        raise AssertionError(f"still closing {closed} connections after {ROUNDS} rounds")
    finally:
        for client in clients:
            client.close()


@pytest.mark.parametrize("attempt", range(TRIES))
def test_sixteen_keep_alive_clients_are_shared_evenly_between_two_workers(url: str,
                                                                          attempt: int) -> None:
    host, port = url.removeprefix("http://").split(":")
    shares = balanced_shares(host, int(port))
    assert sum(shares.values()) == CLIENTS and len(shares) == 2, shares
    assert max(shares.values()) - min(shares.values()) <= 1, shares

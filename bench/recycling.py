"""GET latency under 16 clients with and without worker recycling (`MAX_REQUESTS`).

    .venv/bin/python bench/recycling.py                # ~1 min: two gunicorn runs of 15 s each
    .venv/bin/python bench/recycling.py --seconds 30 --max-requests 200
    .venv/bin/python bench/recycling.py --no-recycling --env THREADS=4   # one run, other settings

Each run starts the repository's gunicorn (gunicorn.conf.py, two workers, a scratch SQLite store)
and keeps 16 clients on `GET /v1/articles` (a store read, no engine) for `--seconds`, then prints
p50, p99 and their ratio; the bar is p99 within 2x p50 with the shipped settings. Under each
run, one line per worker: the connections it held half-way (`ss`), its requests and its own
server-side p50 / p99 (access log), which show an uneven share of the keep-alive connections.
The clients run in a separate process, each on one keep-alive `http.client` connection, so
their own CPU (printed beside the figures) neither shares the bench's interpreter nor hides in
the server's latency; an
in-process `requests` client cost about as much CPU as the server and its GIL waits showed up as
server tail latency. A `--max-requests` low enough to recycle workers several times in the run
shows what recycling costs: each restart forks a worker while requests queue behind it.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.e2e.gunicorn import running_gunicorn  # noqa: E402

CLIENTS = 16
PATH = "/v1/articles?limit=5"
ACCESS = re.compile(r'"GET /v1/articles\S* [^"]*" 200 .* (\d+)ms .*pid=<?(\d+)')


def per_worker(log_text: str) -> dict[int, list[float]]:
    """Server-side milliseconds of each GET, by the pid of the worker that answered (access
    log): a connection stays with the worker that accepted it, so uneven shares show here."""
    times: dict[int, list[float]] = {}
    for match in ACCESS.finditer(log_text):
        times.setdefault(int(match[2]), []).append(float(match[1]))
    return times


def _client(url: str, deadline: float, latencies: list[float]) -> None:
    """One keep-alive connection making GETs until `deadline`; reconnects if the server closes."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    while time.monotonic() < deadline:
        started = time.perf_counter()
        connection.request("GET", PATH)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {PATH} answered {response.status}")
        latencies.append(time.perf_counter() - started)
        if response.will_close:
            connection.close()
    connection.close()


def _drive(url: str, seconds: float, clients: int, out: Connection) -> None:
    """The load process: `clients` threads for `seconds`; sends back latencies and its CPU time."""
    deadline = time.monotonic() + seconds
    per_client: list[list[float]] = [[] for _ in range(clients)]
    threads = [threading.Thread(target=_client, args=(url, deadline, mine)) for mine in per_client]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.send(([x for mine in per_client for x in mine], time.process_time()))
    out.close()


def measure(url: str, seconds: float, clients: int = CLIENTS) -> tuple[list[float], float]:
    """Latencies of every GET the load process made, and the CPU seconds it spent."""
    receive, send = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("spawn").Process(
        target=_drive, args=(url, seconds, clients, send))
    process.start()
    latencies, cpu = receive.recv()
    process.join()
    return latencies, cpu


def connections(port: int) -> dict[int, int]:
    """Established client connections held by each process listening on `port` (`ss -p`)."""
    listing = subprocess.run(["ss", "-Htnp", "state", "established", f"( sport = :{port} )"],
                             capture_output=True, text=True, check=False).stdout
    held: dict[int, int] = {}
    for pid in re.findall(r"pid=(\d+)", listing):
        held[int(pid)] = held.get(int(pid), 0) + 1
    return held


def run(settings: dict[str, str], seconds: float
        ) -> tuple[float, float, int, float, dict[int, list[float]], dict[int, int]]:
    """p50, p99, requests, client CPU, the server-side times by worker of the measured part, and
    the connections each worker held half-way through."""
    with tempfile.TemporaryDirectory() as folder:
        settings = {"DATABASE_URL": f"sqlite:///{folder}/bench.db", "API_KEYS": "", "RATELIMIT": "",
                    "WEB_CONCURRENCY": "2", **settings}
        log = Path(folder) / "gunicorn.log"
        with running_gunicorn(settings, log) as url:
            measure(url, 2)                       # warm-up
            warmed = log.stat().st_size
            held: dict[int, int] = {}
            sample = threading.Timer(seconds / 2, lambda: held.update(
                connections(urlsplit(url).port or 80)))
            sample.start()
            latencies, cpu = measure(url, seconds)
            sample.join()
        with log.open() as text:
            text.seek(warmed)
            workers = per_worker(text.read())
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49], cuts[98], len(latencies), cpu, workers, held


def print_workers(workers: dict[int, list[float]], held: dict[int, int]) -> None:
    """One line per worker: connections held half-way, its share of the requests and its own
    server-side p50 / p99 (from the request's parse to its last byte written)."""
    total = sum(len(times) for times in workers.values()) or 1
    for pid, times in sorted(workers.items()):
        cuts = statistics.quantiles(times, n=100) if len(times) > 1 else times * 99
        print(f"  worker {pid:<8} {held.get(pid, 0):>3} connections {len(times):>7} requests"
              f" ({len(times) / total:.0%})  server p50 {cuts[49]:.0f} ms  p99 {cuts[98]:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--max-requests", type=int, default=300)
    parser.add_argument("--no-recycling", action="store_true", help="only the shipped run")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for gunicorn's environment (repeatable)")
    args = parser.parse_args()
    extra = dict(item.split("=", 1) for item in args.env)
    runs = [("off (shipped)", {"MAX_REQUESTS": "0"})]
    if not args.no_recycling:
        runs.append((f"MAX_REQUESTS={args.max_requests}", {"MAX_REQUESTS": str(args.max_requests)}))
    print(" ".join(args.env) or "shipped settings")
    print(f"{'recycling':<24}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}{'p99/p50':>9}"
          f"{'client cpu s':>14}")
    for label, settings in runs:
        p50, p99, count, cpu, workers, held = run({**extra, **settings}, args.seconds)
        print(f"{label:<24}{count:>9}{p50 * 1000:>9.1f}{p99 * 1000:>9.1f}{p99 / p50:>9.2f}"
              f"{cpu:>14.1f}")
        print_workers(workers, held)


if __name__ == "__main__":
    main()

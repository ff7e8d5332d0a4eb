"""GET latency under 16 clients with and without worker recycling (`MAX_REQUESTS`).

    .venv/bin/python bench/recycling.py                # ~1 min: two gunicorn runs of 15 s each
    .venv/bin/python bench/recycling.py --seconds 30 --max-requests 200

Each run starts the repository's gunicorn (gunicorn.conf.py, two workers, a scratch SQLite store)
and keeps 16 client threads on `GET /v1/articles` (a store read, no engine) for `--seconds`, then
prints p50, p99 and their ratio; the bar is p99 within 2x p50 with the shipped settings. A
`--max-requests` low enough to recycle workers several times in the run shows what recycling
costs: each restart forks a worker that must warm up while requests queue behind it.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.e2e.gunicorn import running_gunicorn  # noqa: E402

CLIENTS = 16


def measure(url: str, seconds: float) -> list[float]:
    """Latencies of every GET made by `CLIENTS` threads in `seconds`."""
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        with requests.Session() as session:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                session.get(f"{url}/v1/articles?limit=5", timeout=30).raise_for_status()
                with lock:
                    latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def run(max_requests: int, seconds: float) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        settings = {"DATABASE_URL": f"sqlite:///{folder}/bench.db", "API_KEYS": "", "RATELIMIT": "",
                    "WEB_CONCURRENCY": "2", "MAX_REQUESTS": str(max_requests)}
        with running_gunicorn(settings, Path(folder) / "gunicorn.log") as url:
            measure(url, 2)                       # warm-up
            latencies = measure(url, seconds)
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49], cuts[98], len(latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--max-requests", type=int, default=300)
    args = parser.parse_args()
    print(f"{'recycling':<28}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}{'p99/p50':>9}")
    for label, value in (("off (shipped)", 0), (f"MAX_REQUESTS={args.max_requests}",
                                                args.max_requests)):
        p50, p99, count = run(value, args.seconds)
        print(f"{label:<28}{count:>9}{p50 * 1000:>9.1f}{p99 * 1000:>9.1f}{p99 / p50:>9.2f}")


if __name__ == "__main__":
    main()

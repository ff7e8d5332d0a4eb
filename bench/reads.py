"""Read latency as the store grows: p50/p99 of `GET /v1/speakers/{id}` and `GET /v1/quotes?q=`.

    .venv/bin/python bench/reads.py --sizes 10000,100000            # SQLite, ~3 min
    .venv/bin/python bench/reads.py --sizes 10000,100000 \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test   # ~8 min

Options: `--requests N` per endpoint and size (default 200). On PostgreSQL the store is a
scratch database created on that server and dropped afterwards. Prints one table row per size.
`--store URL` keeps the store instead (a SQLite file or a PostgreSQL database that exists):
a later run carries on from what it holds, so a million quotes are filled once and timed again
after a change:

    .venv/bin/python bench/reads.py --sizes 1000000 --store sqlite:////work/cache/search/1m.db

The store is filled by the benchmark itself (`bench/synthetic_store.py`: synthetic rows through
SQLAlchemy core, Zipf-shaped words and speakers, profile figures derived set-wise, then on
PostgreSQL the VACUUM ANALYZE that autovacuum would run). After each size is reached the same
kinds of requests are timed: speakers from the most quoted down to random ones, and "who said
this?" queries made of five to eight consecutive words of a stored quote, one word in four
misspelt by a letter. Reads should stay flat: the 1,000,000 figures close to the 10,000 ones.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service import make_client, scratch_database
from synthetic_store import Filler

from profiles.models import Quote, SpeakerProfile


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p99 in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


def timed_gets(client, paths: list[str], label: str,
               server: Callable[[], float]) -> tuple[float, float, float, float]:
    """Wall p50/p99 and CPU p50/p99 (ms) of this process plus the database server's backends
    (`server_cpu`): on a shared machine the CPU time is the steadier figure."""
    walls, cpus = [], []
    for path in tqdm(paths, desc=label, unit="req", leave=False):
        served = server()
        start, cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu + server() - served)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path}: {response.status_code} "
                               f"{response.get_data(True)[:200]}")
    return (*percentiles(walls), *percentiles(cpus))


@contextmanager
def server_cpu(url: str) -> Iterator[Callable[[], float]]:
    """CPU seconds used so far by the PostgreSQL backends serving this database, read from
    `/proc/PID/schedstat` (a server on this machine; 0 for SQLite, which runs in process)."""
    if make_url(url).get_backend_name() != "postgresql":
        yield lambda: 0.0
        return
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        def used() -> float:
            pids = conn.exec_driver_sql(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()").scalars()
            return sum(int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
                       for pid in pids if Path(f"/proc/{pid}/schedstat").exists()) / 1e9
        yield used
    engine.dispose()


def read_paths(filler: Filler, requests: int) -> tuple[list[str], list[str]]:
    """Speakers (the ten most quoted, then random ones) and quote searches to time."""
    rng = random.Random(requests)
    with filler.sessions() as session:
        top = list(session.scalars(select(SpeakerProfile.id)
                                   .order_by(SpeakerProfile.quote_count.desc()).limit(10)))
        ids = top + rng.sample(filler.profiles, min(len(filler.profiles), requests - len(top)))
        total = session.scalar(select(func.max(Quote.id))) or 1
        texts = [session.scalar(select(Quote.text).where(Quote.id >= rng.randint(1, total))
                                .order_by(Quote.id).limit(1)) for _ in range(requests)]
    speakers = [f"/v1/speakers/{i}" for i in ids]
    searches = [f"/v1/quotes?{urlencode({'q': filler.fake.query(t)})}" for t in texts if t]
    return speakers, searches


@contextmanager
def kept_or_scratch(store: str | None, server_url: str | None) -> Iterator[str]:
    """The kept store's URL as given, else a scratch store's."""
    if store:
        yield store
        return
    with scratch_database(server_url) as url:
        yield url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000",
                        help="comma-separated quote counts to reach and measure "
                             "(default 10000,100000)")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint and size")
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: temporary SQLite)")
    parser.add_argument("--store", help="a store to keep and fill on (SQLite or PostgreSQL URL)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))

    rows = []
    with kept_or_scratch(args.store, args.database_url) as url:
        client = make_client(url)
        filler = Filler(url)
        filler.resume()
        for size in sizes:
            filler.grow(size)
            speakers, searches = read_paths(filler, args.requests)
            client.get(speakers[0])
            client.get(searches[0])
            with server_cpu(url) as server:
                rows.append((filler.quote_count(), len(filler.profiles),
                             timed_gets(client, speakers, f"speakers@{size}", server),
                             timed_gets(client, searches, f"quotes@{size}", server)))
        filler.engine.dispose()
    backend = "postgresql" if "postgresql" in (args.store or args.database_url or "") \
        else "sqlite"
    print(f"store: {backend}; {args.requests} requests per endpoint and size")
    print(f"{'quotes':>8} {'profiles':>8}  GET /v1/speakers/{{id}} p50/p99 ms (cpu)   "
          "GET /v1/quotes?q= p50/p99 ms (cpu)")
    for quotes, profiles, (s50, s99, sc50, sc99), (q50, q99, qc50, qc99) in rows:
        print(f"{quotes:>8} {profiles:>8}  {s50:7.2f} / {s99:7.2f} ({sc50:.2f} / {sc99:.2f})   "
              f"{q50:7.2f} / {q99:7.2f} ({qc50:.2f} / {qc99:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

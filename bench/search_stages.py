"""Where the time of `GET /v1/quotes?q=` goes on a kept store (`bench/reads.py --store`).

    .venv/bin/python bench/search_stages.py --store sqlite:////work/cache/search/1m.db

The same "who said this?" queries as `bench/reads.py` are run through `find_quotes` with each
stage timed (term counts, the rare terms' ranking, the common terms' window, reading the
candidates' text, fuzzy scoring, loading the page's quotes, the word diff), then through the
app for the whole request. Prints p50/p99 and the mean of each stage's CPU time in ms (on
PostgreSQL the server's share is not in it: time the SQL there with EXPLAIN ANALYZE).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reads import percentiles, read_paths
from service import make_client
from synthetic_store import Filler

from profiles import full_text, quote_search
from profiles.db import make_engine, make_sessionmaker

STAGES = [(full_text.FullText, "frequencies"), (full_text.FullText, "any_hits"),
          (full_text.FullText, "all_hits"), (quote_search, "words"),
          (quote_search, "score"), (quote_search, "load_quotes"), (quote_search, "compare")]
"""(owner, name) of each function timed as a stage of its own."""


def timed(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, adding its CPU time (this process's: on SQLite it holds the database's
    work too; the machine is shared, so wall time says more of the neighbours) to `spent`."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="a store filled by bench/reads.py")
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    filler = Filler(args.store)
    filler.resume()
    _, paths = read_paths(filler, args.requests)
    queries = [unquote_plus(path.split("q=", 1)[1]) for path in paths]
    sessions = make_sessionmaker(make_engine(args.store))
    spent: dict[str, float] = defaultdict(float)
    for owner, name in STAGES:
        if hasattr(owner, name):
            setattr(owner, name, timed(spent, name, getattr(owner, name)))
    samples: dict[str, list[float]] = defaultdict(list)
    for round_ in range(2):  # the first warms the caches
        for query in queries:
            spent.clear()
            with sessions() as session:
                start = time.process_time()
                quote_search.find_quotes(session, query)
                total = time.process_time() - start
            if round_:
                for _, name in STAGES:
                    samples[name].append(spent[name])
                samples["find_quotes"].append(total)
    client = make_client(args.store)
    for path in paths:
        client.get(path)
    for path in paths:
        start = time.process_time()
        client.get(path)
        samples["GET"].append(time.process_time() - start)
    print(f"{'stage':<16} {'p50':>7} {'p99':>7} {'mean':>7}  CPU ms, {len(paths)} queries")
    for name, values in samples.items():
        p50, p99 = percentiles(values)
        print(f"{name:<16} {p50:7.2f} {p99:7.2f} {statistics.mean(values) * 1000:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

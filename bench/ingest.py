"""Ingest throughput: articles per second through `PUT /v1/articles/{id}`, per store backend.

    .venv/bin/python bench/ingest.py /work/shared/data/polnear/train.jsonl \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test       # ~3 min

Options: `--articles N` (default 30). Prints one line per backend and round: PUT articles/s,
the engine alone (`POST /v1/analyze`) in articles/s, and the store's median ms per article.

The store always runs on a temporary SQLite file, and also on a scratch database created on
the PostgreSQL server `--database-url` names (dropped afterwards). Parsing dominates a PUT and
the machine may be shared, so each PUT is paired with a `POST /v1/analyze` of the same text
(engine only, nothing stored) just before it: the median of the paired differences is what the
store costs per article, steadier than subtracting two separate runs. A second round re-sends
every article (the idempotent replace path), paired the same way.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import read_jsonl
from service import make_client, put_article, scratch_database


def analyze(client, record: dict) -> None:
    response = client.post("/v1/analyze", json={"text": record["text"]})
    if response.status_code != 200:
        raise RuntimeError(f"analyze {record['id']}: {response.status_code}")


def paired_round(client, records: list[dict], label: str) -> tuple[float, float, float]:
    """(PUT articles/s, analyze articles/s, median store ms per article) over one round."""
    puts, analyses = [], []
    for r in tqdm(records, desc=label, unit="article", leave=False):
        start = time.perf_counter()
        analyze(client, r)
        middle = time.perf_counter()
        put_article(client, r)
        puts.append(time.perf_counter() - middle)
        analyses.append(middle - start)
    store = statistics.median(p - a for p, a in zip(puts, analyses)) * 1000
    return len(records) / sum(puts), len(records) / sum(analyses), store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles_path", help="FORMAT.md JSONL file with article texts")
    parser.add_argument("--articles", type=int, default=30, help="articles to send (default 30)")
    parser.add_argument("--database-url", help="PostgreSQL server URL to bench as well")
    args = parser.parse_args(argv)

    records = read_jsonl(args.articles_path)[:args.articles]
    chars = sum(len(r["text"]) for r in records)
    print(f"articles: {len(records)}, {chars / len(records):.0f} characters on average")
    backends = [("sqlite", None)]
    if args.database_url:
        backends.append(("postgresql", args.database_url))
    for backend, server in backends:
        with scratch_database(server) as url:
            client = make_client(url)
            analyze(client, records[0])
            for label in ("new", "re-PUT"):
                put_rate, engine_rate, store_ms = paired_round(client, records,
                                                               f"{backend} {label}")
                print(f"{backend:10s} {label:6s} PUT {put_rate:5.2f} articles/s "
                      f"(engine alone {engine_rate:5.2f}/s; "
                      f"store median {store_ms:5.0f} ms/article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

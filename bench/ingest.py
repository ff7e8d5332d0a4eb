"""Ingest throughput: articles per second through `PUT /v1/articles/{id}`, per store backend.

    python bench/ingest.py ARTICLES.jsonl [--articles 40] [--database-url postgresql+psycopg://...]

The store always runs on a temporary SQLite file, and also on a scratch database of the
PostgreSQL server when `--database-url` names one. Parsing dominates a PUT, so the same articles
also go through `POST /v1/analyze` (engine only, nothing stored): the difference is what the
store costs per article. A second round re-sends every article (the idempotent replace path).
"""
from __future__ import annotations

import argparse
import sys
import time
from functools import partial
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import read_jsonl
from service import make_client, put_article, scratch_database


def timed(label: str, records: list[dict], send) -> float:
    """Seconds to send every record once."""
    start = time.perf_counter()
    for r in tqdm(records, desc=label, unit="article", leave=False):
        send(r)
    return time.perf_counter() - start


def analyze(client, record: dict) -> None:
    response = client.post("/v1/analyze", json={"text": record["text"]})
    if response.status_code != 200:
        raise RuntimeError(f"analyze {record['id']}: {response.status_code}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles_path", help="FORMAT.md JSONL file with article texts")
    parser.add_argument("--articles", type=int, default=40, help="articles to send (default 40)")
    parser.add_argument("--database-url", help="PostgreSQL server URL to bench as well")
    args = parser.parse_args(argv)

    records = read_jsonl(args.articles_path)[:args.articles]
    chars = sum(len(r["text"]) for r in records)
    print(f"articles: {len(records)}, {chars / len(records):.0f} characters on average")
    backends = [("sqlite", None)] + ([("postgresql", args.database_url)] if args.database_url else [])
    baseline = None
    for backend, server in backends:
        with scratch_database(server) as url:
            client = make_client(url)
            if baseline is None:
                analyze(client, records[0])
                baseline = timed("analyze", records, partial(analyze, client))
                print(f"engine only (POST /v1/analyze): {len(records) / baseline:6.2f} articles/s")
            first = timed(f"PUT {backend}", records, partial(put_article, client))
            again = timed(f"re-PUT {backend}", records, partial(put_article, client))
            overhead = (first - baseline) / len(records) * 1000
            print(f"{backend:10s} PUT new: {len(records) / first:6.2f} articles/s "
                  f"(store ~{overhead:.0f} ms/article over the engine); "
                  f"re-PUT: {len(records) / again:6.2f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

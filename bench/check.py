"""Latency of `POST /v1/quotes/check` on a store of 10,000 articles (issue 15: p99 <= 100 ms).

    .venv/bin/python bench/check.py                                   # SQLite, ~3 min
    .venv/bin/python bench/check.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test

Options: `--articles N` (default 10000, eight quotes each, as `bench/reads.py` fills them),
`--requests N` per kind of wording (default 100). The store is filled with `bench/reads.py`'s
synthetic rows (made-up Zipf-shaped vocabulary, no corpus text). Then each kind of wording a
fact-checker sends is timed: a stored quote as printed, with one word changed, with a clause
dropped, and made-up sentences nobody said (which must come back `not_found`). Prints p50/p99
per kind and how often the verdict was the expected one. There is no spaCy pipeline in a check,
so no ratio to it is printed.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reads import percentiles
from service import make_client, scratch_database
from synthetic_store import QUOTES_PER_ARTICLE, Filler

from profiles.models import Quote

EXPECTED = {"printed": "exact", "one word changed": "altered", "clause dropped": "altered",
            "nobody said it": "not_found"}


def wordings(filler: Filler, requests: int) -> dict[str, list[str]]:
    """Wordings of each kind, from random stored quotes of at least twelve words."""
    rng = random.Random(requests)
    with filler.sessions() as session:
        top = session.scalar(select(func.max(Quote.id))) or 1
        texts: list[str] = []
        while len(texts) < requests:
            text = session.scalar(select(Quote.text).where(Quote.id >= rng.randint(1, top))
                                  .order_by(Quote.id).limit(1))
            if text and len(text.split()) >= 12:
                texts.append(text)
    changed, dropped = [], []
    for text in texts:
        words = text.split()
        i = rng.randrange(1, len(words) - 1)
        changed.append(" ".join(words[:i] + [filler.fake.name().split()[1].lower()]
                                + words[i + 1:]))
        j = rng.randrange(2, len(words) - 6)
        dropped.append(" ".join(words[:j] + words[j + 4:]))
    unsaid = [filler.fake.quote() for _ in range(requests)]
    return {"printed": texts, "one word changed": changed, "clause dropped": dropped,
            "nobody said it": unsaid}


def timed_checks(client, texts: list[str], label: str) -> tuple[float, float, Counter]:
    samples, verdicts = [], Counter()
    for text in tqdm(texts, desc=label, unit="req", leave=False):
        start = time.perf_counter()
        response = client.post("/v1/quotes/check", json={"text": text})
        samples.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise RuntimeError(f"check {text!r}: {response.status_code} "
                               f"{response.get_data(True)[:200]}")
        verdicts[response.get_json()["verdict"]] += 1
    return (*percentiles(samples), verdicts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100, help="requests per kind")
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: temporary SQLite)")
    args = parser.parse_args(argv)
    with scratch_database(args.database_url) as url:
        client = make_client(url)
        filler = Filler(url)
        filler.grow(args.articles * QUOTES_PER_ARTICLE)
        kinds = wordings(filler, args.requests)
        client.post("/v1/quotes/check", json={"text": kinds["printed"][0]})
        rows = {kind: timed_checks(client, texts, kind) for kind, texts in kinds.items()}
        quotes = filler.quote_count()
        filler.engine.dispose()
    backend = "postgresql" if args.database_url else "sqlite"
    print(f"store: {backend}; {filler.articles} articles, {quotes} quotes; "
          f"{args.requests} checks per kind")
    print(f"{'wording':<18} {'p50 ms':>8} {'p99 ms':>8}  expected verdict")
    everything = []
    for kind, (p50, p99, verdicts) in rows.items():
        right = verdicts[EXPECTED[kind]] / sum(verdicts.values())
        everything.append(p99)
        print(f"{kind:<18} {p50:8.2f} {p99:8.2f}  {EXPECTED[kind]} {right:.0%} "
              f"({dict(verdicts)})")
    print(f"worst p99 {max(everything):.2f} ms (bar: 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

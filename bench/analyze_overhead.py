"""What the HTTP layer adds to one article: `POST /v1/analyze` against the bare spaCy model.

    python bench/analyze_overhead.py GOLD.jsonl [--articles 20] [--repeats 5]

Times, per article, the model without our components (`spacy.load`), the engine (`nlp.analyze`)
and the whole request through the Flask test client (parsing, validation, engine, serialisation),
interleaved so that load from other processes hits all three alike; reports medians and the
ratios the issue bounds (API / bare model <= 1.25).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import nlp  # noqa: E402
from api import create_app  # noqa: E402
from bench.corpus import read_jsonl  # noqa: E402


def _seconds(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="JSONL with a `text` per line (FORMAT.md)")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    texts = [record["text"] for record in read_jsonl(args.gold)[:args.articles]]
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"DATABASE_URL": f"sqlite:///{folder}/bench.db"})
        client = app.test_client()
        bare = spacy.load(app.extensions["qa_settings"].model_name)
        engine = app.extensions["qa_pipeline"]
        runs = {
            "bare model": lambda text: bare(text),
            "engine": lambda text: nlp.analyze(engine, text),
            "POST /v1/analyze": lambda text: client.post("/v1/analyze", json={"text": text}),
        }
        for run in runs.values():  # warm-up
            run(texts[0])
        times: dict[str, list[float]] = {name: [] for name in runs}
        for text in texts:
            per_article = {name: [] for name in runs}
            for _ in range(args.repeats):
                for name, run in runs.items():
                    per_article[name].append(_seconds(lambda: run(text)))
            for name, values in per_article.items():
                times[name].append(statistics.median(values))

    total = {name: sum(values) for name, values in times.items()}
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} articles, {words} words, median of {args.repeats} runs each")
    for name, seconds in total.items():
        print(f"  {name:18} {1000 * seconds / len(texts):8.1f} ms/article")
    print(f"  API / bare model   {total['POST /v1/analyze'] / total['bare model']:.3f}")
    print(f"  API / engine       {total['POST /v1/analyze'] / total['engine']:.3f}")


if __name__ == "__main__":
    main()

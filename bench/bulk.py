"""Bulk throughput on the same texts, each way as a ratio to bare `nlp.pipe` in the same run.

    python bench/bulk.py FILE.jsonl [--limit 200] [--broker amqp://guest:guest@127.0.0.1:5672//]

Ways: bare spaCy `nlp.pipe` (the model as it ships, 1 and 2 processes); the engine's
`nlp.pipe` (`nlp.analyze_many`); `POST /v1/analyze/batch` through the Flask test client (the
view, schemas and JSON, no network); `flask ingest --processes 1` and `2` into a fresh SQLite
store (in this process, model already loaded); a backfill with a Celery worker of 1 and 2
processes on the real broker, timed from the first message queued to the last article done,
after a warm-up backfill of two articles per process (worker start-up excluded). Articles/s
and words/s for each. `--only backfill` runs the bare ways and those.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _records(path: str, limit: int) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()][:limit]
    return [{"id": r["id"].replace("/", "_"), "text": r["text"]} for r in rows]


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _app(folder: Path, **extra: str):
    from api import create_app

    return create_app({"DATABASE_URL": f"sqlite:///{folder / uuid.uuid4().hex}.db",
                       "API_KEYS": "", "RATELIMIT": "", "MAX_BATCH_BYTES": "2000000", **extra})


def _batch(app, records: list[dict]) -> None:
    client = app.test_client()
    for start in range(0, len(records), 100):
        response = client.post("/v1/analyze/batch", json={"articles": records[start:start + 100]})
        assert response.status_code == 200, response.get_data(as_text=True)[:300]


def _ingest(app, feed: Path, processes: int) -> None:
    result = app.test_cli_runner().invoke(args=["ingest", "-p", str(processes), str(feed)])
    assert result.exit_code == 0 and "failures: 0" in result.stderr, result.output


def _backfill(folder: Path, feed: Path, broker: str, processes: int, total: int) -> float:
    queue = f"qa_bench_{uuid.uuid4().hex[:8]}"
    app = _app(folder, BROKER_URL=broker, BACKFILL_QUEUE=queue)
    env = {**os.environ, "DATABASE_URL": app.extensions["qa_settings"].database_url,
           "BROKER_URL": broker, "BACKFILL_QUEUE": queue}
    log = folder / f"{queue}.log"
    with log.open("w") as sink:
        worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "bulk.worker", "worker",
                                   "-c", str(processes), "--without-gossip", "--without-mingle",
                                   "--without-heartbeat", "--loglevel", "INFO"], cwd=ROOT,
                                  env=env, stdout=sink, stderr=subprocess.STDOUT)
    warmup = folder / f"{queue}-warmup.jsonl"
    with feed.open(encoding="utf-8") as lines:
        warmup.write_text("".join(json.dumps({**json.loads(line), "id": f"warmup-{n}"}) + "\n"
                                  for n, line in zip(range(2 * processes), lines)))
    try:
        _run_backfill(app, warmup, 2 * processes)  # every pool process has run a task
        start = time.perf_counter()
        _run_backfill(app, feed, total)
        return time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait()
        from kombu import Connection
        with Connection(broker) as connection:
            connection.default_channel.queue_delete(queue)


def _run_backfill(app, feed: Path, total: int) -> None:
    result = app.test_cli_runner().invoke(args=["backfill", str(feed)])
    backfill_id = result.stdout.strip()
    client = app.test_client()
    while True:
        status = client.get(f"/v1/backfills/{backfill_id}").get_json()
        if status["done"] + status["failed"] == total:
            return
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--broker", default="amqp://guest:guest@127.0.0.1:5672//")
    parser.add_argument("--only", help="run only the ways whose name contains this (and bare)")
    args = parser.parse_args()
    import spacy

    import nlp

    records = _records(args.path, args.limit)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    folder = Path(tempfile.mkdtemp(prefix="qa-bench-bulk-"))
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    bare = spacy.load(nlp.DEFAULT_MODEL)
    app = _app(folder)
    pipeline = app.extensions["qa_pipeline"]
    list(bare.pipe(texts[:5]))
    list(nlp.analyze_many(pipeline, texts[:5]))
    ways: dict[str, Callable[[], float]] = {
        "bare nlp.pipe": lambda: _timed(lambda: list(bare.pipe(texts))),
        "bare nlp.pipe n_process=2": lambda: _timed(lambda: list(bare.pipe(texts, n_process=2))),
        "engine nlp.pipe": lambda: _timed(lambda: list(nlp.analyze_many(pipeline, texts))),
        "POST /v1/analyze/batch": lambda: _timed(lambda: _batch(app, records)),
        "ingest --processes 1": lambda: _timed(lambda: _ingest(_app(folder), feed, 1)),
        "ingest --processes 2": lambda: _timed(lambda: _ingest(_app(folder), feed, 2)),
    }
    for n in (1, 2):
        ways[f"backfill, worker -c {n}"] = (
            lambda n=n: _backfill(folder, feed, args.broker, n, len(records)))
    if args.only:
        ways = {name: run for name, run in ways.items()
                if name.startswith("bare") or args.only in name}
    print(f"{len(texts)} articles, {words} words")
    seconds: dict[str, float] = {}
    for name, run in ways.items():
        seconds[name] = run()
        base = seconds["bare nlp.pipe"]
        print(f"{name:28} {len(texts) / seconds[name]:7.2f} articles/s "
              f"{words / seconds[name]:9.0f} words/s  x{base / seconds[name]:.2f} of bare",
              flush=True)
    if "ingest --processes 2" in seconds:
        ratio = seconds["ingest --processes 1"] / seconds["ingest --processes 2"]
        print(f"ingest 2 vs 1: x{ratio:.2f}")
    if "backfill, worker -c 2" in seconds:
        print("backfill -c 2 vs bare n_process=2: "
              f"x{seconds['bare nlp.pipe n_process=2'] / seconds['backfill, worker -c 2']:.2f}")


if __name__ == "__main__":
    main()

"""Speed and memory of the engine against the bare spaCy pipeline on the same articles.

    python bench/speed.py FILE.jsonl [--limit 100] [--model NAME] [--batch-size 16] [--json]

The machine is shared, so the two sides are not timed in separate runs whose load differs:
each article goes through `spacy.load(model)` as it ships (`bare`), then through the engine
(`engine`: our tokenizer and the model's components, then our components and `to_analysis`,
what `nlp.analyze` and `POST /v1/analyze` run), one right after the other. Batched, `nlp.pipe`
over a chunk of texts is timed the same two ways, chunk by chunk. Our components' own cost per
article is printed too. Peak RSS (`ru_maxrss`) comes from two fresh subprocesses,
`spacy.load(model)` alone and the engine, each running the texts batched, so neither
contaminates the other.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WARMUP = 3


def _texts(path: str, limit: int) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()][:limit]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _rates(latencies: list[float], batched: float, texts: list[str]) -> dict:
    words = sum(len(t.split()) for t in texts)
    total = sum(latencies)
    return {
        "per_article": {"articles_s": len(texts) / total, "words_s": words / total,
                        "p50_ms": 1000 * statistics.median(latencies),
                        "p99_ms": 1000 * _percentile(latencies, 0.99)},
        "batched": {"articles_s": len(texts) / batched, "words_s": words / batched},
    }


def timings(path: str, limit: int, model: str, batch_size: int) -> dict:
    """Bare and engine timings from one run, the two sides interleaved article by article."""
    import spacy

    import nlp
    from nlp.pipeline import COMPONENTS
    from nlp.records.analysis import to_analysis

    texts = _texts(path, limit)
    shipped = spacy.load(model)
    pipeline = nlp.load_pipeline(model)
    ours = [(n, p) for n, p in pipeline.pipeline if n in COMPONENTS]
    base = [(n, p) for n, p in pipeline.pipeline if n not in COMPONENTS]
    spent = {name: 0.0 for name, _ in ours} | {"to_analysis": 0.0}

    def finish(doc) -> float:
        """Our components and the public records on a parsed doc; seconds taken."""
        t_start = time.perf_counter()
        for name, proc in ours:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        to_analysis(doc)
        spent["to_analysis"] += time.perf_counter() - t0
        return time.perf_counter() - t_start

    for text in texts[:WARMUP]:
        shipped(text)
        nlp.analyze(pipeline, text)
    lat: dict[str, list[float]] = {"bare": [], "engine": []}
    for text in tqdm(texts, desc="per article", unit="doc", file=sys.stderr):
        t0 = time.perf_counter()
        shipped(text)
        lat["bare"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        doc = pipeline.make_doc(text)
        for _, proc in base:
            doc = proc(doc)
        parsed = time.perf_counter() - t0
        lat["engine"].append(parsed + finish(doc))
    per_article_ours = dict(spent)
    batched = {"bare": 0.0, "engine": 0.0}
    chunks = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    for chunk in tqdm(chunks, desc="batched", unit="batch", file=sys.stderr):
        t0 = time.perf_counter()
        list(shipped.pipe(chunk, batch_size=batch_size))
        batched["bare"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        with pipeline.select_pipes(enable=[n for n, _ in base]):
            docs = list(pipeline.pipe(chunk, batch_size=batch_size))
        parsed = time.perf_counter() - t0
        batched["engine"] += parsed + sum(finish(doc) for doc in docs)
    out = {side: {"side": side, "articles": len(texts),
                  "words": sum(len(t.split()) for t in texts),
                  **_rates(lat[side], batched[side], texts)} for side in ("bare", "engine")}
    out["engine"]["ours_ms_per_article"] = {
        k: round(1000 * v / len(texts), 2) for k, v in per_article_ours.items()}
    return out


def peak_rss(side: str, path: str, limit: int, model: str, batch_size: int) -> float:
    """Peak RSS in MB of this process after loading one side and running the texts batched."""
    import spacy

    import nlp

    texts = _texts(path, limit)
    if side == "bare":
        for _ in spacy.load(model).pipe(texts, batch_size=batch_size):
            pass
    else:
        for _ in nlp.analyze_many(nlp.load_pipeline(model), texts, batch_size=batch_size):
            pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_of(side: str, args: argparse.Namespace) -> float:
    cmd = [sys.executable, __file__, args.file, "--limit", str(args.limit), "--model", args.model,
           "--batch-size", str(args.batch_size), "--rss-of", side]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    return float(out.stdout)


def compare(bare: dict, engine: dict) -> dict:
    """Engine over bare for each figure (times: > 1 is slower; rates: < 1 is slower)."""
    return {
        "per_article_time": bare["per_article"]["articles_s"] / engine["per_article"]["articles_s"],
        "p50": engine["per_article"]["p50_ms"] / bare["per_article"]["p50_ms"],
        "p99": engine["per_article"]["p99_ms"] / bare["per_article"]["p99_ms"],
        "batched_time": bare["batched"]["articles_s"] / engine["batched"]["articles_s"],
        "peak_rss": engine["peak_rss_mb"] / bare["peak_rss_mb"],
    }


def report(bare: dict, engine: dict, ratios: dict) -> str:
    """A small table for a terminal."""
    lines = [f"{bare['articles']} articles, {bare['words']} words",
             (f"{'':8}{'art/s':>8}{'words/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
              f"{'batch art/s':>13}{'batch w/s':>11}{'RSS MB':>9}")]
    for r in (bare, engine):
        p, b = r["per_article"], r["batched"]
        lines.append(f"{r['side']:8}{p['articles_s']:8.2f}{p['words_s']:10.0f}{p['p50_ms']:9.1f}"
                     f"{p['p99_ms']:9.1f}{b['articles_s']:13.2f}{b['words_s']:11.0f}"
                     f"{r['peak_rss_mb']:9.0f}")
    lines.append("engine/bare: " + ", ".join(f"{k} {v:.3f}" for k, v in ratios.items()))
    lines.append("our components, ms per article: " + ", ".join(
        f"{k} {v}" for k, v in engine["ours_ms_per_article"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import nlp

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--limit", type=int, default=100, help="articles to time (machine is shared)")
    ap.add_argument("--model", default=nlp.DEFAULT_MODEL)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rss-of", choices=["bare", "engine"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_of:
        print(peak_rss(args.rss_of, args.file, args.limit, args.model, args.batch_size))
        return 0
    results = timings(args.file, args.limit, args.model, args.batch_size)
    bare, engine = results["bare"], results["engine"]
    for r in (bare, engine):
        r["peak_rss_mb"] = _rss_of(r["side"], args)
    ratios = compare(bare, engine)
    if args.json:
        print(json.dumps({"bare": bare, "engine": engine, "engine_over_bare": ratios}))
    else:
        print(report(bare, engine, ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())

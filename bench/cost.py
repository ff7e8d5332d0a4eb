"""Cost of the engine against the length of its input: hostile shapes and news at 1 KB ... 1 MB.

    python bench/cost.py [--shapes] [--lengths FILE.jsonl] [--sizes 1000,10000,100000,1000000]

`--shapes`: each hostile shape (a speech verb, a name, a quote mark repeated; thousands of quotes
in one sentence...) at n, 2n and 4n repetitions through `nlp.analyze`, with the growth exponent
(log2 of the time ratio from 2n to 4n: 1 is linear, 2 quadratic). `--lengths`: articles of FILE
joined into texts of each size, each analysed in a fresh process (after one short text, so
first-use loading is not counted) by the engine (`nlp.analyze`, no time budget) and by the bare
spaCy pipeline on the same text, with seconds and peak RSS (`ru_maxrss`) of each and their
ratio. Texts are built here, never stored.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import resource
import string
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _names(n: int) -> list[str]:
    letters = itertools.product(string.ascii_lowercase, repeat=3)
    return ["".join(w).capitalize() for w in itertools.islice(letters, n)]


SHAPES: dict[str, tuple[int, Callable[[int], str]]] = {
    "speech verbs": (1000, lambda n: '"Yes," ' + "said " * n + "Bob."),
    "quotes in one sentence": (500, lambda n: '"Yes," said ' * n + "Bob."),
    "names in one list": (1000, lambda n: '"Yes," said ' + "Bob Smith, " * n + "."),
    "distinct speakers": (500, lambda n: "".join(
        f'"Yes," said {w} Smith{w.lower()}, a spokesman for the {w} Party. ' for w in _names(n))),
    "one surname, many people": (500, lambda n: "".join(
        f'"Yes," said {w} Smith. ' for w in _names(n))),
    "quote marks": (2000, lambda n: '"' * n),
    "quoted words on one line": (2000, lambda n: '"a" b ' * n),
    "apostrophes": (2000, lambda n: "'" * n),
    "curly marks": (2000, lambda n: "\u201c" * n),
    "alternating marks": (2000, lambda n: "\"'" * n),
    "pronoun quotes": (500, lambda n: "Bob Smith spoke. " + '"Yes," he said. ' * n),
    "long word": (20000, lambda n: "a" * n),
}
"""Name: (n, the text of n repetitions)."""


def _seconds(analyze: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    analyze(text)
    return time.perf_counter() - start


def shapes() -> None:
    import nlp

    pipeline = nlp.load_pipeline()
    print(f"{'shape':28s} {'n':>6s} {'chars 4n':>9s} {'t(n)':>7s} {'t(2n)':>7s} {'t(4n)':>7s}"
          f" {'growth':>6s}")
    for name, (n, make) in SHAPES.items():
        times = [_seconds(lambda t: nlp.analyze(pipeline, t), make(n * k)) for k in (1, 2, 4)]
        growth = math.log2(times[2] / times[1]) if times[1] > 0.01 else float("nan")
        print(f"{name:28s} {n:6d} {len(make(4 * n)):9d} {times[0]:7.2f} {times[1]:7.2f}"
              f" {times[2]:7.2f} {growth:6.2f}", flush=True)


def news(path: str, size: int) -> str:
    """Articles of `path` joined by paragraph breaks, cut to `size` characters."""
    parts, total = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def one(side: str, path: str, size: int) -> None:
    """Run one side on one text in this (fresh) process; print seconds and peak RSS as JSON."""
    text = news(path, size)
    if side == "engine":
        import nlp

        pipeline = nlp.load_pipeline()

        def run(t: str) -> object:
            return nlp.analyze(pipeline, t)
    else:
        import spacy

        from nlp import DEFAULT_MODEL

        run = spacy.load(DEFAULT_MODEL)
        run.max_length = max(run.max_length, size + 1)
    run(news(path, 2000))  # load what either side loads on first use
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds = _seconds(run, text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024,
                      "model_mb": before / 1024}))


def lengths(path: str, sizes: list[int]) -> None:
    print(f"{'chars':>9s} {'engine s':>9s} {'bare s':>8s} {'ratio':>6s} {'engine MB':>10s}"
          f" {'bare MB':>8s} {'growth':>6s}")
    previous = None
    for size in sizes:
        got = {side: json.loads(subprocess.run(
            [sys.executable, __file__, "--one", side, path, str(size)], check=True,
            capture_output=True, text=True).stdout.splitlines()[-1]) for side in ("engine", "bare")}
        engine, bare = got["engine"], got["bare"]
        growth = "" if previous is None else \
            f"{math.log(engine['seconds'] / previous[1]) / math.log(size / previous[0]):6.2f}"
        print(f"{size:9d} {engine['seconds']:9.2f} {bare['seconds']:8.2f}"
              f" {engine['seconds'] / bare['seconds']:6.2f} {engine['peak_mb']:10.0f}"
              f" {bare['peak_mb']:8.0f} {growth}", flush=True)
        previous = (size, engine["seconds"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shapes", action="store_true", help="time the hostile shapes")
    ap.add_argument("--lengths", metavar="FILE.jsonl", help="articles to build long texts from")
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--one", nargs=3, metavar=("SIDE", "FILE", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one[0], args.one[1], int(args.one[2]))
        return
    if args.shapes:
        shapes()
    if args.lengths:
        lengths(args.lengths, [int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()

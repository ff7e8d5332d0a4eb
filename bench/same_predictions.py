"""Whether two prediction files say the same: every value of the first, exactly, in the second.

    python bench/same_predictions.py BEFORE.jsonl AFTER.jsonl [--show N]

For refactoring the engine: BEFORE is written by the old code (`bench/predict.py` or
`bench/accuracy.py --pred-out`), AFTER by the new. Every article, quote, speaker field, cue,
method, confidence and rejected segment of BEFORE must be in AFTER with the same value and type
(`1` is not `1.0`); fields only AFTER has (a rule name, say) are new, listed once and left out.
Prints the first differences by path (`<id> .quotes[3].speaker.name: 'A' != 'B'`) and ends with
`identical` (exit 0) or the count of differences (exit 1).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_by_id(path: str | Path) -> dict[str, dict]:
    """Prediction records by article id."""
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}


def differences(before: Any, after: Any, path: str, new: set[str]) -> Iterator[str]:
    """Where `after` departs from `before` (paths like `.quotes[3].speaker.name`); keys only
    `after` has go to `new`, without list indexes, so each new field is named once."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key, value in before.items():
            if key not in after:
                yield f"{path}.{key}: missing"
            else:
                yield from differences(value, after[key], f"{path}.{key}", new)
        new.update(re.sub(r"\[\d+\]", "", f"{path}.{key}") for key in after.keys() - before.keys())
    elif isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            yield f"{path}: {len(before)} items != {len(after)}"
        for i, (b, a) in enumerate(zip(before, after)):
            yield from differences(b, a, f"{path}[{i}]", new)
    elif type(before) is not type(after) or before != after:
        yield f"{path}: {before!r} != {after!r}"


def compare(before: dict[str, dict], after: dict[str, dict]) -> tuple[list[str], set[str]]:
    """All differences, article by article in BEFORE's order, and the new fields."""
    found: list[str] = []
    new: set[str] = set()
    for doc_id, record in before.items():
        if doc_id not in after:
            found.append(f"{doc_id}: missing")
            continue
        found.extend(f"{doc_id} {d}" for d in differences(record, after[doc_id], "", new))
    found.extend(f"{doc_id}: not in BEFORE" for doc_id in after.keys() - before.keys())
    return found, new


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--show", type=int, default=20, help="how many differences to print")
    args = ap.parse_args(argv)
    before, after = read_by_id(args.before), read_by_id(args.after)
    found, new = compare(before, after)
    for line in found[:args.show]:
        print(line)
    if new:
        print("new fields, not compared: " + ", ".join(sorted(new)))
    quotes = sum(len(r.get("quotes", ())) for r in before.values())
    print(f"{len(before)} articles, {quotes} quotes: "
          + ("identical" if not found else f"{len(found)} differences"))
    return 0 if not found else 1


if __name__ == "__main__":
    sys.exit(main())

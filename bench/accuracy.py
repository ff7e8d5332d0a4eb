"""Run the engine over a FORMAT.md JSONL file and score it, tuned and held parts side by side.

    python bench/accuracy.py GOLD.jsonl [--parsed CACHE.spacy] [--errors N] [--json]
                             [--pred-out PRED.jsonl] [--pred-in PRED.jsonl] [--kind KIND]
                             [--bbc ../shared/data/bbc/articles.jsonl]

Prints, for the whole file and for each part of `bench/splits.py` (train and BBC ids; the seeds
and other files have one part, `all`): quote P/R/F1 (false positives on unattributed segments
apart), speaker accuracy overall and by gold mention kind, end-to-end P/R/F1, role and
affiliation accuracy when the gold has them, the held-minus-tuned gap, and the error kinds of
each part. Errors themselves are listed (the first N, optionally of one kind, with context)
from the tuned part only: held articles are for figures, never for reading.
`--pred-in` scores an existing prediction file instead of running the engine.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import read_jsonl
from predict import predictions, write_jsonl
from scoring import read_records, score
from splits import bbc_sample, part_of

from nlp import DEFAULT_MODEL

DEFAULT_BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc" / "articles.jsonl"
ROWS = (
    ("quote P", lambda r: r["quote"]["precision"]),
    ("quote R", lambda r: r["quote"]["recall"]),
    ("quote F1", lambda r: r["quote"]["f1"]),
    ("speaker", lambda r: r["speaker_accuracy"]),
    ("  named", lambda r: r["speaker_by_gold_mention"].get("named", {}).get("accuracy")),
    ("  pronoun", lambda r: r["speaker_by_gold_mention"].get("pronoun", {}).get("accuracy")),
    ("  nominal", lambda r: r["speaker_by_gold_mention"].get("nominal", {}).get("accuracy")),
    ("e2e P", lambda r: r["end_to_end"]["precision"]),
    ("e2e R", lambda r: r["end_to_end"]["recall"]),
    ("e2e F1", lambda r: r["end_to_end"]["f1"]),
    ("roles", lambda r: r.get("roles", {}).get("accuracy")),
    ("  spurious", lambda r: r.get("roles", {}).get("spurious_rate")),
    ("affiliations", lambda r: r.get("affiliations", {}).get("accuracy")),
    ("  spurious", lambda r: r.get("affiliations", {}).get("spurious_rate")),
)


def split_gold(gold: dict[str, dict], bbc_path: Path | None) -> dict[str, dict[str, dict]]:
    """The gold records by part: `tuned` and `held` for train and BBC ids, else `all`."""
    needs_bbc = any(aid.startswith("bbc/") for aid in gold)
    sample = bbc_sample(read_jsonl(bbc_path)) if needs_bbc and bbc_path else None
    parts: dict[str, dict[str, dict]] = {}
    for aid, rec in gold.items():
        splittable = aid.startswith("train/") or (aid.startswith("bbc/") and sample
                                                  and aid in sample)
        part = part_of(aid, sample) if splittable else "all"
        parts.setdefault(part, {})[aid] = rec
    return parts


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def table(results: dict[str, dict]) -> str:
    """One column per part, one row per figure; the held-minus-tuned gap when both exist."""
    names = list(results)
    gap = "tuned" in results and "held" in results
    header = f"{'':<14}" + "".join(f"{n:>10}" for n in names) + (f"{'gap':>10}" if gap else "")
    lines = [header, f"{'articles':<14}" + "".join(f"{results[n]['articles']:>10}" for n in names)]
    for label, get in ROWS:
        values = [get(results[n]) for n in names]
        if all(v is None for v in values):
            continue
        row = f"{label:<14}" + "".join(f"{_cell(v):>10}" for v in values)
        if gap:
            held, tuned = get(results["held"]), get(results["tuned"])
            row += f"{_cell(None if held is None or tuned is None else held - tuned):>10}"
        lines.append(row)
    return "\n".join(lines)


def report(results: dict[str, dict], errors: dict[str, list[dict]], n_errors: int,
           kind: str | None) -> str:
    """The figures as a table, the error kinds per part, and errors to read (tuned only)."""
    lines = [table(results)]
    for part, errs in errors.items():
        counts = Counter(f"{err['kind']}/{err['sub']}" for err in errs)
        lines.append(f"error kinds ({part}): "
                     + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    readable = errors.get("tuned", errors.get("all", []))
    shown = [err for err in readable if kind in (None, err["kind"], f"{err['kind']}/{err['sub']}")]
    for err in shown[:n_errors]:
        lines.append(json.dumps(err, ensure_ascii=False))
    return "\n".join(lines)


def score_parts(gold: dict[str, dict], pred: dict[str, dict], bbc_path: Path | None,
                ) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """Figures for the whole file and each part, and the errors of each part."""
    parts = split_gold(gold, bbc_path)
    results, errors = {}, {}
    if len(parts) > 1 or "all" not in parts:
        results["all"], _ = score(gold, pred)
    for part in sorted(parts, key=("all", "tuned", "held").index):
        results[part], errors[part] = score(parts[part], pred)
    return results, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--parsed", help="DocBin cache of the parsed texts (made if missing)")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--errors", type=int, default=20, help="how many tuned-part errors to list")
    ap.add_argument("--kind", help="list only errors of this kind (e.g. missed, missed/unseen)")
    ap.add_argument("--json", action="store_true", help="print figures and errors as JSON")
    ap.add_argument("--pred-out", help="also write the predictions here")
    ap.add_argument("--pred-in", help="score this prediction file instead of running the engine")
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC,
                    help="the BBC corpus, which fixes the BBC sample's parts")
    args = ap.parse_args(argv)
    gold = read_records(args.gold)
    if args.pred_in:
        pred = read_records(args.pred_in)
    else:
        preds = predictions(read_jsonl(args.gold), args.model, args.parsed)
        if args.pred_out:
            write_jsonl(args.pred_out, preds)
        pred = {p["id"]: p for p in preds}
    results, errors = score_parts(gold, pred, args.bbc if args.bbc.exists() else None)
    if args.json:
        readable = errors.get("tuned", errors.get("all", []))
        print(json.dumps({"parts": results, "errors": readable[:args.errors]},
                         ensure_ascii=False))
    else:
        print(report(results, errors, args.errors, args.kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())

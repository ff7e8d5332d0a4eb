"""Run the engine over a FORMAT.md JSONL file and score it by the corpus rules, with errors to read.

    python bench/accuracy.py GOLD.jsonl [--parsed CACHE.spacy] [--errors N] [--json]
                             [--pred-out PRED.jsonl] [--pred-in PRED.jsonl] [--kind KIND]

Prints quote P/R/F1 (false positives on unattributed segments apart), speaker accuracy overall
and by gold mention kind, end-to-end P/R/F1, role/affiliation accuracy when the gold has them,
a count of error kinds, and the first N errors (optionally of one kind) with context.
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

from nlp import DEFAULT_MODEL


def report(res: dict, errors: list[dict], n_errors: int, kind: str | None) -> str:
    """The figures and errors as text for a terminal."""
    q, e = res["quote"], res["end_to_end"]
    lines = [
        (f"articles {res['articles']} (missing {res['articles_missing']}), "
         f"gold quotes {res['gold_quotes']}, predicted {res['predicted_quotes']}"),
        (f"quote      P {q['precision']}  R {q['recall']}  F1 {q['f1']}  "
         f"(fp on unattributed {q['fp_on_unattributed']}, elsewhere {q['fp_elsewhere']})"),
        f"speaker    accuracy {res['speaker_accuracy']} (lenient {res['speaker_accuracy_lenient']})"
        + "".join(f"  {k}: {v['accuracy']} of {v['found']}"
                  for k, v in res["speaker_by_gold_mention"].items()),
        f"end-to-end P {e['precision']}  R {e['recall']}  F1 {e['f1']}",
    ]
    for field in ("roles", "affiliations"):
        if field in res:
            r = res[field]
            lines.append(f"{field:<13}accuracy {r['accuracy']} on {r['scored']}, "
                         f"spurious where gold has none {r['spurious_rate']}")
    counts = Counter(f"{err['kind']}/{err['sub']}" for err in errors)
    lines.append("error kinds: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    shown = [err for err in errors if kind in (None, err["kind"], f"{err['kind']}/{err['sub']}")]
    for err in shown[:n_errors]:
        lines.append(json.dumps(err, ensure_ascii=False))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--parsed", help="DocBin cache of the parsed texts (made if missing)")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--errors", type=int, default=20, help="how many errors to list")
    ap.add_argument("--kind", help="list only errors of this kind (e.g. missed, missed/unseen)")
    ap.add_argument("--json", action="store_true", help="print figures and errors as JSON")
    ap.add_argument("--pred-out", help="also write the predictions here")
    ap.add_argument("--pred-in", help="score this prediction file instead of running the engine")
    args = ap.parse_args(argv)
    gold = read_records(args.gold)
    if args.pred_in:
        pred = read_records(args.pred_in)
    else:
        preds = predictions(read_jsonl(args.gold), args.model, args.parsed)
        if args.pred_out:
            write_jsonl(args.pred_out, preds)
        pred = {p["id"]: p for p in preds}
    res, errors = score(gold, pred)
    if args.json:
        print(json.dumps({**res, "errors": errors[:args.errors]}, ensure_ascii=False))
    else:
        print(report(res, errors, args.errors, args.kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Precision of each evidence method (`how`) for roles and affiliations, on the tuned part only.

    python bench/evidence.py GOLD.jsonl PRED.jsonl [--bbc ../shared/data/bbc/articles.jsonl]
                             [--show RULE] [--field roles|affiliations]

For every gold quote the engine found, the covering prediction's role and affiliation are
grouped by the rule of their evidence (`apposition`, `premodifier`, `party_tag`, `context` …) and
counted as right (matches a gold item), other (the gold has items, none matched), or spurious
(the gold has none), and split by whether the speaker itself was right: a low-precision rule
whose misses come with a wrong speaker is a speaker problem, not a descriptor one (issue 12).
Held articles are left out, so the method can be tuned without reading them (`bench/splits.py`).
`--show RULE` lists that rule's misses with the evidence text, for reading.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from accuracy import DEFAULT_BBC, split_gold
from scoring import coverage, read_records

from bench.matching import same_phrase, same_speaker

PRED_FIELDS = {"roles": ("role",), "affiliations": ("affiliation", "affiliation_short")}
EVIDENCE = {"roles": "role_evidence", "affiliations": "affiliation_evidence"}


def outcomes(gold: dict[str, dict], pred: dict[str, dict]) -> list[dict]:
    """One row per found gold quote and field the engine gave a value: rule, outcome, speaker."""
    rows = []
    for aid, g_rec in gold.items():
        preds = (pred.get(aid) or {}).get("quotes", [])
        for g in g_rec.get("quotes", []):
            cands = [(coverage(p, g), i) for i, p in enumerate(preds) if coverage(p, g)]
            if not cands:
                continue
            ps = preds[max(cands)[1]].get("speaker") or {}
            gs = g.get("speaker") or {}
            right_speaker = bool(gs.get("name")) and same_speaker(
                gs["name"], ps.get("name"), text=g_rec.get("text"))
            for field, names in PRED_FIELDS.items():
                items, values = gs.get(field), [ps.get(n) for n in names]
                if not any(values):
                    continue
                evidence = ps.get(EVIDENCE[field]) or {}
                outcome = ("unscored" if items is None else "spurious" if not items else
                           "right" if same_phrase(items, values) else "other")
                rows.append({"field": field, "rule": evidence.get("rule") or "none",
                             "outcome": outcome, "speaker_right": right_speaker, "id": aid,
                             "start": g["start"], "speaker": ps.get("name"),
                             "gold_speaker": gs.get("name"), "gold": items, "pred": values,
                             "evidence": evidence.get("text")})
    return rows


def table(rows: list[dict]) -> str:
    """Per field and rule: values given, precision where the gold lists items, misses
    (other/spurious) and those with a wrong speaker, and the share of all values given to a
    wrong speaker (gold without lists, such as train, is scored by that share alone)."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in rows:
        c = counts[(r["field"], r["rule"])]
        c["n"] += 1
        c[r["outcome"]] += 1
        c["wrong_speaker_miss"] += r["outcome"] in ("other", "spurious") and not r["speaker_right"]
        c["wrong_speaker"] += not r["speaker_right"] and r["gold_speaker"] is not None
    lines = [f"{'field':<13}{'rule':<22}{'n':>5}{'prec':>7}{'other':>7}{'spur':>6}"
             f"{'wrongspk':>9}{'wrongspk%':>10}"]
    for (field, rule), c in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1]["n"])):
        scored = c["n"] - c["unscored"]
        prec = f"{c['right'] / scored:>7.3f}" if scored else f"{'-':>7}"
        lines.append(f"{field:<13}{rule:<22}{c['n']:>5}{prec}{c['other']:>7}{c['spurious']:>6}"
                     f"{c['wrong_speaker_miss']:>9}{c['wrong_speaker'] / c['n']:>10.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    ap.add_argument("--show", help="list this rule's misses (tuned part)")
    ap.add_argument("--field", choices=sorted(PRED_FIELDS), help="only this field")
    args = ap.parse_args(argv)
    parts = split_gold(read_records(args.gold), args.bbc if args.bbc.exists() else None)
    tuned = parts.get("tuned", parts.get("all", {}))
    rows = [r for r in outcomes(tuned, read_records(args.pred))
            if args.field in (None, r["field"])]
    print(table(rows))
    for r in rows:
        if r["rule"] == args.show and (r["outcome"] in ("other", "spurious") or
                                       r["outcome"] == "unscored" and not r["speaker_right"]):
            print(json.dumps({k: r[k] for k in r if k != "rule"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score predicted quotes against gold, by the rules of the corpus's FORMAT.md.

Our own implementation of those rules (it must agree with the reference scorer figure for
figure; `tests/bench/test_scoring.py` checks that), extended with what tuning needs: every error
with its article, offsets and context, and an error kind to count.

Matching rules, in short:
  * a prediction *covers* a gold quote when it overlaps at least half of the gold's characters;
    a gold is found when some prediction covers it, a prediction is correct when it covers some
    gold (many-to-one both ways);
  * the speaker of a found gold is the covering prediction with the largest overlap (ties go to
    the later prediction), and names match by the reference's rules (`bench/matching.py`);
  * end-to-end precision leaves out predictions whose only covered golds have no speaker name;
  * roles/affiliations: a predicted string matches a gold item by the same module's rules.
Rates are rounded to 4 decimals and F1 is taken from the rounded rates, as the reference does.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from bench.matching import same_phrase, same_speaker


def coverage(pred: dict, gold: dict) -> int:
    """Characters of `gold` inside `pred` when that is at least half of `gold`, else 0."""
    inside = min(pred["end"], gold["end"]) - max(pred["start"], gold["start"])
    return inside if inside > 0 and 2 * inside >= max(1, gold["end"] - gold["start"]) else 0


def read_records(path: str | Path) -> dict[str, dict]:
    """JSONL records by id."""
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _f1(p: float | None, r: float | None) -> float:
    return round(2 * p * r / (p + r), 4) if p and r else 0.0


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    """The segment in its surroundings, marked with [[ ]], on one line."""
    left, right = max(0, start - width), min(len(text), end + width)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).replace("\n", " | ")


def _speaker(pred: dict) -> dict:
    return pred.get("speaker") or {}


def score(gold: dict[str, dict], pred: dict[str, dict]) -> tuple[dict, list[dict]]:
    """The figures of FORMAT.md, and every error (kind, article, offsets, context)."""
    n: Counter = Counter()
    kinds: dict[str, Counter] = defaultdict(Counter)
    errors: list[dict] = []
    for aid, g_rec in gold.items():
        text = g_rec.get("text", "")
        golds = g_rec.get("quotes", [])
        unattributed = g_rec.get("unattributed_segments", [])
        p_rec = pred.get(aid)
        n["articles_missing"] += p_rec is None
        preds = [q for q in (p_rec or {}).get("quotes", [])
                 if isinstance(q.get("start"), int) and isinstance(q.get("end"), int)]
        rejected = (p_rec or {}).get("rejected", [])
        n["gold"] += len(golds)
        n["pred"] += len(preds)
        covered = [{gi for gi, g in enumerate(golds) if coverage(p, g)} for p in preds]
        for p, hits in zip(preds, covered):
            if hits:
                n["pred_correct"] += 1
                continue
            on_unattributed = any(coverage(p, u) for u in unattributed)
            n["fp_on_unattributed" if on_unattributed else "fp_elsewhere"] += 1
            errors.append({"kind": "false_positive", "sub": "unattributed" if on_unattributed
                           else "elsewhere", "id": aid, "start": p["start"], "end": p["end"],
                           "context": _context(text, p["start"], p["end"])})
        right_preds: set[int] = set()
        for gi, g in enumerate(golds):
            gs = g.get("speaker") or {}
            gname = gs.get("name")
            kind = gs.get("kind", "named" if gname else "none")
            cands = [(coverage(preds[pi], g), pi) for pi in range(len(preds)) if gi in covered[pi]]
            if gname:
                n["gold_named"] += 1
                kinds[kind]["gold"] += 1
            if not cands:
                why = next((r.get("reason", "rejected") for r in rejected if coverage(r, g)),
                           "unseen")
                errors.append({"kind": "missed", "sub": why, "id": aid, "start": g["start"],
                               "end": g["end"], "speaker": gname,
                               "context": _context(text, g["start"], g["end"])})
                continue
            n["gold_found"] += 1
            best = max(cands)[1]
            ps = _speaker(preds[best])
            if gname:
                ok = same_speaker(gname, ps.get("name"), text=g_rec.get("text"))
                n["named_found"] += 1
                n["speaker_right"] += ok
                n["speaker_right_lenient"] += same_speaker(gname, ps.get("name"), lenient=True,
                                                           text=g_rec.get("text"))
                kinds[kind]["found"] += 1
                kinds[kind]["right"] += ok
                if ok:
                    right_preds.update(pi for _, pi in cands if same_speaker(
                        gname, _speaker(preds[pi]).get("name"), text=g_rec.get("text")))
                else:
                    errors.append({
                        "kind": "wrong_speaker",
                        "sub": f"{kind}:{'none' if not ps.get('name') else 'other'}",
                        "id": aid, "start": g["start"], "end": g["end"], "gold_speaker": gname,
                        "gold_mention": gs.get("mention"), "pred_speaker": ps.get("name"),
                        "method": preds[best].get("method"),
                        "context": _context(text, g["start"], g["end"])})
            for field, pred_fields in (("roles", ("role",)),
                                       ("affiliations", ("affiliation", "affiliation_short"))):
                items = gs.get(field)
                if items is None:
                    continue
                values = [ps.get(f) for f in pred_fields]
                if not items:
                    n[f"{field}_empty_gold"] += 1
                    n[f"{field}_spurious"] += any(values)
                    if any(values):
                        errors.append({"kind": f"wrong_{field}", "sub": "spurious", "id": aid,
                                       "start": g["start"], "end": g["end"], "speaker": gname,
                                       "gold": items, "pred": values})
                    continue
                n[f"{field}_gold"] += 1
                if same_phrase(items, values):
                    n[f"{field}_right"] += 1
                else:
                    errors.append({"kind": f"wrong_{field}",
                                   "sub": "none" if not any(values) else "other",
                                   "id": aid, "start": g["start"], "end": g["end"],
                                   "speaker": gname, "gold": items, "pred": values})
        for pi, hits in enumerate(covered):
            if hits and not any((golds[gi].get("speaker") or {}).get("name") for gi in hits):
                continue
            n["e2e_pred"] += 1
            n["e2e_pred_right"] += pi in right_preds
    return _figures(len(gold), n, kinds), errors


def _figures(articles: int, n: Counter, kinds: dict[str, Counter]) -> dict:
    qp, qr = _rate(n["pred_correct"], n["pred"]), _rate(n["gold_found"], n["gold"])
    ep, er = _rate(n["e2e_pred_right"], n["e2e_pred"]), _rate(n["speaker_right"], n["gold_named"])
    res = {
        "articles": articles, "articles_missing": n["articles_missing"],
        "gold_quotes": n["gold"], "predicted_quotes": n["pred"],
        "quote": {"precision": qp, "recall": qr, "f1": _f1(qp, qr),
                  "fp_on_unattributed": n["fp_on_unattributed"], "fp_elsewhere": n["fp_elsewhere"]},
        "speaker_accuracy": _rate(n["speaker_right"], n["named_found"]),
        "speaker_accuracy_lenient": _rate(n["speaker_right_lenient"], n["named_found"]),
        "speaker_by_gold_mention": {
            k: {"gold": c["gold"], "found": c["found"], "accuracy": _rate(c["right"], c["found"])}
            for k, c in sorted(kinds.items())},
        "end_to_end": {"precision": ep, "recall": er, "f1": _f1(ep, er)},
    }
    for field in ("roles", "affiliations"):
        if n[f"{field}_gold"] or n[f"{field}_empty_gold"]:
            res[field] = {"accuracy": _rate(n[f"{field}_right"], n[f"{field}_gold"]),
                          "scored": n[f"{field}_gold"],
                          "spurious_rate": _rate(n[f"{field}_spurious"], n[f"{field}_empty_gold"])}
    return res

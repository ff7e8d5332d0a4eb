"""Join our hand annotations (offsets and strings only) with the corpus into a scorable gold file.

    python bench/annotations/build_gold.py ../shared/data/bbc/articles.jsonl /tmp/bbc-gold.jsonl \
        bench/annotations/bbc_*.jsonl [--part tuned|held]

An annotation file holds one line per article, never article text (README.md beside this file
gives the format and the rules). OUT is in the format of `../shared/data/polnear/FORMAT.md`, with
`text` filled in from the corpus, so `bench/accuracy.py` and `../shared/eval/score.py` score it.
Write OUT outside the repository: it contains the articles.

Checks, reported on stderr (exit status 1 when any fails): every span lies inside its article
and on one line, spans do not overlap, a quote mark stands right outside each end of a quote
(only before it when the quote is tagged `unclosed`: the article never closes it), and
every quote mark of the article is at an end of some annotated span (a quote or an unattributed
segment), so a quote the annotator skipped shows up.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from splits import bbc_sample, part_of  # noqa: E402

MARKS = "\"“”‘’'«»„"
KINDS = ("named", "pronoun", "nominal", "none")


def _spans(ann: dict) -> list[tuple[int, int, str]]:
    return sorted([(q["start"], q["end"], "quote") for q in ann.get("quotes", [])]
                  + [(u["start"], u["end"], "unattributed")
                     for u in ann.get("unattributed_segments", [])])


def check(ann: dict, text: str) -> list[str]:
    """What is wrong with one article's annotation."""
    problems = []
    where = ann["id"]
    spans = _spans(ann)
    unclosed = {q["start"] for q in ann.get("quotes", []) if "unclosed" in q.get("tags", [])}
    for (s, e, what), nxt in zip(spans, spans[1:] + [None]):
        if not 0 <= s < e <= len(text) or "\n" in text[s:e]:
            problems.append(f"{where} {s}-{e}: {what} outside the text or across a line")
            continue
        if nxt is not None and nxt[0] < e:
            problems.append(f"{where} {s}-{e}: overlaps {nxt[0]}-{nxt[1]}")
        after = text[e:e + 3].lstrip(" ")[:1]  # `"First paragraph. "Second…`: a space first
        closed = s in unclosed or after in MARKS + "\n" or e == len(text)
        if what == "quote" and (text[s - 1:s] not in MARKS or not closed):
            problems.append(f"{where} {s}-{e}: no quote mark right outside {text[s:e][:30]!r}")
    for q in ann.get("quotes", []):
        speaker = q.get("speaker") or {}
        if speaker.get("kind") not in KINDS:
            problems.append(f"{where} {q['start']}: speaker kind must be one of {KINDS}")
        if not isinstance(speaker.get("roles", []), list) or not isinstance(
                speaker.get("affiliations", []), list):
            problems.append(f"{where} {q['start']}: roles and affiliations are lists")
    ends = {i for s, e, _ in spans for i in (s - 1, e, e + 1)}
    for i, ch in enumerate(text):
        if ch == '"' and i not in ends:
            problems.append(f"{where} {i}: quote mark at no annotated span: "
                            f"{text[max(0, i - 25):i + 25]!r}")
    return problems


def build(annotations: list[dict], records: dict[str, dict]) -> tuple[list[dict], list[str]]:
    """Gold records in FORMAT.md's shape, and the problems found."""
    out, problems = [], []
    for ann in annotations:
        rec = records.get(ann["id"])
        if rec is None:
            problems.append(f"{ann['id']}: not in the corpus")
            continue
        text = rec["text"]
        problems += check(ann, text)
        quotes = [{**q, "text": text[q["start"]:q["end"]]} for q in ann.get("quotes", [])]
        unattributed = [{**u, "text": text[u["start"]:u["end"]]}
                        for u in ann.get("unattributed_segments", [])]
        out.append({"id": rec["id"], "text": text, "meta": {"category": rec.get("category")},
                    "quotes": quotes, "unattributed_segments": unattributed})
    return out, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("annotations", nargs="+")
    ap.add_argument("--part", choices=("tuned", "held"), help="keep only this part")
    args = ap.parse_args(argv)
    annotations = []
    for path in args.annotations:
        with open(path, encoding="utf-8") as f:
            annotations += [json.loads(line) for line in f if line.strip()]
    with open(args.corpus, encoding="utf-8") as f:
        records = {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}
    if args.part:
        sample = bbc_sample(records.values())
        annotations = [a for a in annotations if part_of(a["id"], sample) == args.part]
    out, problems = build(annotations, records)
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in out)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(out)} articles, {sum(len(r['quotes']) for r in out)} gold quotes, "
          f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Join the hand annotation of roles and affiliations with the corpus into a scorable gold file.

    python bench/roles/make_gold.py bench/roles/annotations.jsonl TRAIN.jsonl OUT.jsonl

`annotations.jsonl` holds offsets and strings only (never article text): one line per speaker of
an annotated article, `{"id", "speaker", "quotes": [[start, end], ...], "roles": [...],
"affiliations": [...]}`, optionally `"skip": "<why>"` for quotes left unscored (joint speakers).
OUT keeps only the annotated articles, each gold quote's speaker carrying `roles` and
`affiliations` lists, so `bench/accuracy.py` and the reference scorer report role and
affiliation accuracy on it. Write OUT outside the repository (it contains the articles).

Annotation rules (what counts, so that others can extend the set the same way):
  * every role and affiliation the article gives the speaker anywhere, not only by the quote;
    the speaker is the true one on reading the article (the corpus's coreference is sometimes
    wrong; the corpus name is kept, the lists follow the reading);
  * roles: offices, jobs and positions (`press secretary`, `senator`, `pollster`,
    `former governor`), as the article words them, lower case; nominals that plainly refer to
    the speaker count (`the candidate`), kinship and opinions do not (`father`, `conservative`);
  * affiliations: organisations the speaker works for, leads, represents or belongs to, by the
    fullest name the article gives and its short form when it has one: parties (`Republican
    Party` from `R-Texas`, `Republican Sen.`, `a Democratic pollster`), government bodies
    (`White House`, `Senate`), campaigns (`Clinton campaign`), companies, groups, universities,
    outlets; the polity of an office holder (`Ohio` for `Ohio Gov.`, `France` for `French
    President`, the state in `D-Nev.`);
  * a speaker with none gets empty lists, so predictions there count as spurious.
"""
from __future__ import annotations

import argparse
import json
import sys


def join(annotations: list[dict], records: list[dict]) -> tuple[list[dict], list[str]]:
    """Annotated articles with lists on each gold speaker, and problems found while joining."""
    by_quote: dict[tuple[str, int, int], dict] = {}
    for ann in annotations:
        for start, end in ann["quotes"]:
            by_quote[(ann["id"], start, end)] = ann
    wanted = {a["id"] for a in annotations}
    out, problems = [], []
    for rec in records:
        if rec["id"] not in wanted:
            continue
        quotes = []
        for q in rec["quotes"]:
            ann = by_quote.pop((rec["id"], q["start"], q["end"]), None)
            speaker = dict(q["speaker"])
            if ann is None:
                problems.append(f"{rec['id']} {q['start']}-{q['end']}: not annotated")
            elif not ann.get("skip"):
                speaker["roles"] = list(ann["roles"])
                speaker["affiliations"] = list(ann["affiliations"])
            quotes.append({**q, "speaker": speaker})
        out.append({**rec, "quotes": quotes})
    problems += [f"{aid} {s}-{e}: no such gold quote" for aid, s, e in by_quote]
    return out, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("annotations")
    ap.add_argument("train")
    ap.add_argument("out")
    args = ap.parse_args(argv)
    with open(args.annotations, encoding="utf-8") as f:
        annotations = [json.loads(line) for line in f if line.strip()]
    with open(args.train, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    out, problems = join(annotations, records)
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in out)
    for p in problems:
        print(p, file=sys.stderr)
    quotes = sum(len(r["quotes"]) for r in out)
    print(f"{len(out)} articles, {quotes} gold quotes, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

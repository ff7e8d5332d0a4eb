"""Join the hand annotation of roles and affiliations with the corpus into a scorable gold file.

    python bench/roles/make_gold.py bench/roles/annotations.jsonl TRAIN.jsonl OUT.jsonl \
        [--part tuned|held]

`annotations.jsonl` holds offsets and strings only (never article text): one line per speaker of
an annotated article, `{"id", "speaker", "quotes": [[start, end], ...], "roles": [...],
"affiliations": [...]}`, optionally `"skip": "<why>"` for quotes left unscored. OUT keeps only
the annotated articles (of one part of train, by `bench/splits.py`, with `--part`), each gold
quote's speaker carrying `roles` and `affiliations` lists, so `bench/accuracy.py` and the
reference scorer report role and affiliation accuracy on it. Write OUT outside the repository
(it contains the articles).

Annotation rules: `../shared/CONVENTIONS.md`, with the decisions of
`bench/annotations/decisions.md`; in short, and where they leave a case open:
  * `speaker` is the corpus's gold speaker (noisy, kept as it is); the lists follow who actually
    says the words on reading the article (the innermost speaker of a chain, the author of a
    document, the person whose word a fragment is), so one corpus speaker may need several lines;
  * every role and affiliation the article gives that speaker anywhere, each list holding every
    acceptable form; empty lists where the article gives none (predictions there are spurious),
    and empty for words nobody is said to have said (names, slogans, inscriptions);
  * roles: jobs, titles and functions reduced to the head phrase with the words that belong to the
    title (`senate majority whip`, `press secretary`, `vice president for defense ...` and its
    head `vice president`), lower case, honorifics expanded (`representative`, `senator`), past
    ones with `former` (beside the bare form when the article uses both); a nominal that plainly
    names the speaker counts (`the candidate`); descriptions, opinions, kinship and statuses do
    not (`a resident`, `conservative`, `his wife`, `former political prisoner`);
  * affiliations: employer, organisation represented, committee, party, campaign, government
    served, full form first with the short forms the article or common usage gives (a US party:
    `Republican Party`, `Republicans`, `GOP`; `Democratic Party`, `Democrats`); a party from a
    tag, `a Republican strategist` or an article that places the speaker among a party's members
    or candidates; an aide, spokesman, surrogate or campaign manager of a candidate gets that
    candidate's campaign (never the bare name); past employers the article states are listed;
  * not affiliations: the state of a legislator or delegate (`D-Calif.`, `the Vermont senator`,
    `a delegate from Michigan`), the chamber a legislator sits in (`Senate`, `House`), support,
    alliance and family ties (`a Trump supporter`, `a Clinton delegate`, `an ally of GOP
    leadership`), a person's own lawyer or manager; the jurisdiction of an executive office the
    article names as theirs is one (`Ohio` for `Ohio Gov.`, `France` for `French President`,
    `Fort Pierce` for its mayor);
  * organisation and document speakers get no role; their affiliation is only a parent (the
    Asahi for its column, the Democratic Party for its convention committee);
  * joint speakers (`Cruz and Trump`) carry the union of their lists.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from splits import train_part  # noqa: E402


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
    ap.add_argument("--part", choices=("tuned", "held"), help="keep only this part of train")
    args = ap.parse_args(argv)
    with open(args.annotations, encoding="utf-8") as f:
        annotations = [json.loads(line) for line in f if line.strip()]
    if args.part:
        annotations = [a for a in annotations if train_part(a["id"]) == args.part]
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

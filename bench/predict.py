"""Run the engine over a FORMAT.md JSONL file and write predictions in the scorer's format.

    python bench/predict.py GOLD.jsonl PRED.jsonl [--parsed CACHE.spacy] [--model NAME]
                            [--speakers]

Besides `quotes`, each record lists the segments the engine saw but judged not speech under
`rejected` (offsets and reason); scorers ignore it, `bench/accuracy.py` uses it to explain misses.
`--speakers` adds the article's speakers (roles, affiliations, evidence), so that
`bench/same_predictions.py` can compare everything the engine returns.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import parsed_docs, read_jsonl

from nlp import DEFAULT_MODEL, load_pipeline
from nlp.pipeline import COMPONENTS
from nlp.records.analysis import foreign, to_analysis
from nlp.records.doc import QUOTES


def predictions(records: list[dict], model: str, cache: str | None,
                speakers: bool = False) -> list[dict]:
    """One prediction record per article, the engine's quotes (and, if asked, its speakers)
    dumped as the API would."""
    pipeline = load_pipeline(model)
    texts = [r["text"] for r in records]
    out = []
    for rec, doc in zip(records, parsed_docs(pipeline, texts, cache)):
        for name in COMPONENTS:
            doc = pipeline.get_pipe(name)(doc)
        analysis = foreign(rec["text"]) or to_analysis(doc)  # as nlp.analyze answers
        rejected = [{"start": r["start"], "end": r["end"], "reason": r["reason"] or "not_speech"}
                    for r in doc._.get(QUOTES) or [] if not r["is_speech"]]
        out.append({"id": rec["id"], "quotes": [dataclasses.asdict(q) for q in analysis.quotes],
                    "rejected": rejected})
        if speakers:
            out[-1]["speakers"] = [dataclasses.asdict(s) for s in analysis.speakers]
    return out


def write_jsonl(path: str | Path, records: list[dict]) -> None:
    """One JSON object per line."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--parsed", help="DocBin cache of the parsed texts (made if missing)")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--speakers", action="store_true", help="also write the article's speakers")
    args = ap.parse_args(argv)
    write_jsonl(args.pred, predictions(read_jsonl(args.gold), args.model, args.parsed,
                                       args.speakers))
    return 0


if __name__ == "__main__":
    sys.exit(main())

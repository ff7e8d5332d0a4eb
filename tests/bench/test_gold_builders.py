"""The gold builders check what an annotator can get wrong and keep only the part asked for."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "annotations"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "roles"))

import make_gold  # noqa: E402
from build_gold import check  # noqa: E402
from splits import train_part  # noqa: E402

TEXT = 'She said: "We won the game. Her coach was pleased. "It was close."'


def _quote(start: int, end: int, tags: list[str]) -> dict:
    speaker = {"name": "Ann Lee", "kind": "named", "roles": [], "affiliations": []}
    return {"start": start, "end": end, "speaker": speaker, "tags": tags}


def _annotation(tags: list[str]) -> dict:
    first = TEXT.index("We won")
    second = TEXT.index("It was")
    return {"id": "bbc/sport/001",
            "quotes": [_quote(first, first + len("We won the game."), tags),
                       _quote(second, second + len("It was close."), [])]}


def test_a_quote_the_article_never_closes_passes_only_when_tagged_unclosed():
    assert check(_annotation(["unclosed"]), TEXT) == []
    problems = check(_annotation([]), TEXT)
    assert len(problems) == 1 and "no quote mark right outside" in problems[0]


def test_make_gold_keeps_only_the_part_asked_for(tmp_path):
    ids = [f"train/outlet_{i}" for i in range(20)]
    held = next(i for i in ids if train_part(i) == "held")
    tuned = next(i for i in ids if train_part(i) == "tuned")
    records = [{"id": i, "text": 'X said "yes".', "meta": {},
                "quotes": [{"start": 8, "end": 11, "speaker": {"name": "X"}}]}
               for i in (held, tuned)]
    annotations = [{"id": i, "speaker": "X", "quotes": [[8, 11]], "roles": ["mayor"],
                    "affiliations": []} for i in (held, tuned)]
    (tmp_path / "ann.jsonl").write_text("".join(json.dumps(a) + "\n" for a in annotations))
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "gold.jsonl"
    assert make_gold.main([str(tmp_path / "ann.jsonl"), str(tmp_path / "train.jsonl"), str(out),
                           "--part", "held"]) == 0
    gold = [json.loads(line) for line in out.read_text().splitlines()]
    assert [g["id"] for g in gold] == [held]
    assert gold[0]["quotes"][0]["speaker"]["roles"] == ["mayor"]

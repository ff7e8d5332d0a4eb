"""bench/accuracy.py reports the tuned and held parts side by side and lists tuned errors only."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from accuracy import report, score_parts, split_gold  # noqa: E402
from splits import train_part  # noqa: E402

TEXT = '"We will win," said Ana Lopez.'


def _ids(part: str, n: int) -> list[str]:
    found, i = [], 0
    while len(found) < n:
        aid = f"train/made-up-{i}"
        if train_part(aid) == part:
            found.append(aid)
        i += 1
    return found


def _records(ids: list[str]) -> tuple[dict, dict]:
    gold = {aid: {"id": aid, "text": TEXT, "quotes": [
        {"start": 1, "end": 13, "text": TEXT[1:13],
         "speaker": {"name": "Ana Lopez", "kind": "named"}}]} for aid in ids}
    pred = {aid: {"id": aid, "quotes": [{"start": 1, "end": 13, "speaker": {"name": "Bo Kim"}}]}
            for aid in ids}
    return gold, pred


def test_train_ids_are_split_into_their_fixed_parts():
    gold, _ = _records(_ids("tuned", 3) + _ids("held", 2))
    parts = split_gold(gold, None)
    assert {k: len(v) for k, v in parts.items()} == {"tuned": 3, "held": 2}


def test_other_ids_form_one_part():
    gold, _ = _records(["seeds/one", "seeds/two"])
    assert list(split_gold(gold, None)) == ["all"]


def test_report_shows_both_parts_and_the_gap_but_reads_errors_of_the_tuned_part_only():
    tuned, held = _ids("tuned", 2), _ids("held", 2)
    gold, pred = _records(tuned + held)
    results, errors = score_parts(gold, pred, None)
    assert list(results) == ["all", "tuned", "held"]
    text = report(results, errors, n_errors=10, kind=None)
    assert "gap" in text.splitlines()[0]
    assert "error kinds (held)" in text
    listed = [line for line in text.splitlines() if line.startswith("{")]
    assert len(listed) == 2 and all(any(t in line for t in tuned) for line in listed)

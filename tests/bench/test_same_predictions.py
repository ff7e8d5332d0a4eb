"""The refactoring check (bench/same_predictions.py): any changed value shows, added fields do
not."""
from __future__ import annotations

import json
from pathlib import Path

from bench.same_predictions import main

QUOTE = {"text": "We will win,", "start": 1, "end": 13, "method": "explicit_cue",
         "confidence": 0.91, "cue": {"text": "said", "start": 15, "end": 19},
         "speaker": {"name": "Ana Lopez", "role": "senator", "affiliation": None}}


def _write(path: Path, *quotes: dict) -> Path:
    path.write_text(json.dumps({"id": "a1", "quotes": list(quotes)}) + "\n", encoding="utf-8")
    return path


def test_same_values_with_an_added_field_are_identical(tmp_path, capsys):
    before = _write(tmp_path / "before.jsonl", QUOTE)
    after = _write(tmp_path / "after.jsonl", {**QUOTE, "rule": "said_after_quote"})
    assert main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("identical") and "new fields, not compared: .quotes.rule" in out


def test_a_changed_speaker_field_is_reported_by_its_path(tmp_path, capsys):
    before = _write(tmp_path / "before.jsonl", QUOTE)
    after = _write(tmp_path / "after.jsonl",
                   {**QUOTE, "speaker": {**QUOTE["speaker"], "role": "governor"}})
    assert main([str(before), str(after)]) == 1
    assert "a1 .quotes[0].speaker.role: 'senator' != 'governor'" in capsys.readouterr().out


def test_a_lost_quote_or_a_number_of_another_type_is_a_difference(tmp_path, capsys):
    before = _write(tmp_path / "before.jsonl", QUOTE, QUOTE)
    assert main([str(before), str(_write(tmp_path / "fewer.jsonl", QUOTE))]) == 1
    assert "2 items != 1" in capsys.readouterr().out
    rounded = _write(tmp_path / "float.jsonl", {**QUOTE, "start": 1.0}, QUOTE)
    assert main([str(before), str(rounded)]) == 1
    assert ".quotes[0].start: 1 != 1.0" in capsys.readouterr().out

"""Our scorer (bench/scoring.py) against the corpus's reference scorer, on invented articles."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bench.matching import same_phrase, same_speaker
from bench.scoring import coverage, read_records, score

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"

TEXT_A = ('"We will win," said Sen. Ana Lopez Jr. The Farm Workers Union (FWU) agreed. '
          'Its "plan" is "bold and fair," a spokesman said. "No," she said. "Never."')
TEXT_B = 'The mayor called it a "disaster." "Rain again," said Bo Kim.'


def _span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def _gold_quote(text, piece, name, kind="named", nth=0, **extra):
    s, e = _span(text, piece, nth)
    return {"start": s, "end": e, "text": piece,
            "speaker": {"name": name, "mention": "x", "kind": kind, **extra}}


def _pred(text, piece, name, nth=0, cut=0, **extra):
    s, e = _span(text, piece, nth)
    return {"start": s, "end": e - cut, "text": text[s:e - cut], "speaker": {"name": name, **extra}}


def _gold() -> list[dict]:
    a = {"id": "a", "text": TEXT_A, "quotes": [
        _gold_quote(TEXT_A, "We will win,", "Ana Lopez", roles=["senator"],
                    affiliations=["Farm Workers Union"]),
        _gold_quote(TEXT_A, "bold and fair,", "Farm Workers Union", kind="nominal",
                    roles=["spokesman"], affiliations=[]),
        _gold_quote(TEXT_A, "No,", "Ana Lopez", kind="pronoun", roles=[], affiliations=["FWU"]),
        _gold_quote(TEXT_A, "Never.", None, kind="none"),
    ], "unattributed_segments": [{"start": _span(TEXT_A, "plan")[0],
                                  "end": _span(TEXT_A, "plan")[1], "text": "plan"}]}
    b = {"id": "b", "text": TEXT_B, "quotes": [
        _gold_quote(TEXT_B, "Rain again,", "Bo Kim; Lee Park"),
        _gold_quote(TEXT_B, "disaster.", "Mary Jones"),
    ], "unattributed_segments": []}
    c = {"id": "c", "text": "Nothing quoted here.", "quotes": [], "unattributed_segments": []}
    return [a, b, c]


def _pred_records() -> list[dict]:
    a = {"id": "a", "quotes": [
        _pred(TEXT_A, "We will win,", "Senator Ana Lopez", role="Sen.",
              affiliation="the Farm Workers Union"),
        _pred(TEXT_A, "We will win,", "Lopez", cut=5),
        _pred(TEXT_A, "plan", None),
        _pred(TEXT_A, "bold and fair,", "FWU", role="spokesman", affiliation="Teamsters"),
        _pred(TEXT_A, "No,", "A. Lopez", affiliation_short="FWU"),
        _pred(TEXT_A, "Never.", "Ana Lopez"),
        _pred(TEXT_A, "agreed", None),
        {"start": "1", "end": 3, "text": "bad offsets"},
    ]}
    b = {"id": "b", "quotes": [
        _pred(TEXT_B, "Rain again,", "Lee Park"),
        _pred(TEXT_B, "disaster.", "Bob Jones"),
    ]}
    return [a, b]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _reference():
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    return ref


needs_reference = pytest.mark.skipif(not REFERENCE.exists(),
                                     reason="reference scorer not next to the repo")


@needs_reference
def test_figures_agree_with_reference_scorer(tmp_path):
    ref = _reference()
    gold = _write(tmp_path / "gold.jsonl", _gold())
    pred = _write(tmp_path / "pred.jsonl", _pred_records())
    expected = ref.score(ref.read_jsonl(gold), ref.read_jsonl(pred))
    ours, _ = score(read_records(gold), read_records(pred))
    assert ours == expected
    assert ours["quote"]["fp_on_unattributed"] == 1 and "roles" in ours


def test_errors_carry_kind_and_context():
    gold = {r["id"]: r for r in _gold()}
    pred = {r["id"]: r for r in _pred_records()}
    _, errors = score(gold, pred)
    kinds = {(e["kind"], e["sub"]) for e in errors}
    assert ("false_positive", "elsewhere") in kinds
    assert ("wrong_speaker", "named:other") in kinds
    assert any("[[agreed]]" in e.get("context", "") for e in errors)


def test_titles_suffixes_and_initials_are_folded():
    assert same_speaker("Ana Lopez", "Sen. Ana López Jr.", text="Sen. Ana López Jr. spoke.")
    assert same_speaker("Lopez", "Ana Lopez")
    assert not same_speaker("Ana Lopez", "Maria Lopez")
    assert same_speaker("Ana Lopez", "Maria Lopez", lenient=True)
    assert same_speaker("Royal Bank of Scotland", "RBS")
    assert not same_speaker("Ana Lopez", None)


def test_roles_match_word_sets_with_same_head():
    assert same_phrase(["press secretary"], ["White House press secretary"])
    assert not same_phrase(["press secretary"], ["secretary of state"])
    assert same_phrase(["Farm Workers Union"], [None, "FWU"])


def test_coverage_needs_half_of_the_gold():
    gold = {"start": 10, "end": 20}
    assert coverage({"start": 15, "end": 40}, gold) == 5
    assert coverage({"start": 16, "end": 40}, gold) == 0


@needs_reference
def test_name_rules_agree_with_the_reference_self_test_tables():
    """The reference scorer's own tables (surnames of several words, family name first,
    suffixes, organisation forms, mojibake) give the same verdicts through bench/matching.py;
    issue 16 changed those rules and our copy had fallen behind."""
    ref = _reference()
    for gold, pred, strict, lenient in ref.SELFTEST_NAMES:
        assert (same_speaker(gold, pred), same_speaker(gold, pred, lenient=True)) == (
            strict, lenient), (gold, pred)
    for gold, pred, text, strict in ref.SELFTEST_TEXT:
        assert same_speaker(gold, pred, text=text) == strict, (gold, pred)
    for items, pred, want in ref.SELFTEST_PHRASES:
        assert same_phrase(items, [pred]) == want, (items, pred)


def test_a_suffix_separates_father_and_son_only_when_the_article_names_both():
    both = "Ana Cruz Jr. thanked her mother, Ana Cruz."
    assert not same_speaker("Ana Cruz Jr.", "Ana Cruz", text=both)
    assert same_speaker("Ana Cruz Jr.", "Ana Cruz", text="Ana Cruz Jr. spoke. Ms. Cruz left.")


def test_surnames_of_several_words_and_family_names_first_match():
    assert same_speaker("de la Vega", "Rosa de la Vega")
    assert same_speaker("Kim", "Kim Jisoo")
    assert not same_speaker("Rosa de la Vega", "de la Vega")


def test_organisation_forms_match_but_a_following_is_not_its_principal():
    assert same_speaker("Transport Department", "Department of Transport")
    assert same_phrase(["Department of Transport"], ["Transport Department"])
    assert not same_phrase(["Lopez campaign"], ["Lopez"])


def test_spurious_affiliations_are_listed_as_errors():
    """Issue 12: an affiliation given where the gold has none is listed, so it can be read."""
    gold = {r["id"]: r for r in _gold()}
    pred = {r["id"]: r for r in _pred_records()}
    _, errors = score(gold, pred)
    spurious = [e for e in errors if (e["kind"], e["sub"]) == ("wrong_affiliations", "spurious")]
    assert [e["pred"][0] for e in spurious] == ["Teamsters"]

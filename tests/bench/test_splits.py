"""The tuned/held splits depend on the id alone, so they never move between runs or rebuilds."""
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from splits import bbc_sample, part_of, train_part  # noqa: E402


def _bbc(category: str, n: int, quoted: bool = True) -> list[dict]:
    text = 'He said "one thing" and "another".' if quoted else "No quotes here."
    return [{"id": f"bbc/{category}/{i:03d}", "category": category, "text": text}
            for i in range(n)]


def test_train_split_holds_about_a_fifth_by_id_alone():
    ids = [f"train/outlet_{i}" for i in range(2000)]
    held = [i for i in ids if train_part(i) == "held"]
    assert 0.17 < len(held) / len(ids) < 0.23
    assert [train_part(i) for i in ids] == [train_part(i) for i in reversed(ids)][::-1]


def test_bbc_sample_takes_fourteen_per_category_half_held_whatever_the_order():
    records = _bbc("sport", 30) + _bbc("tech", 30) + _bbc("tech", 5, quoted=False)
    sample = bbc_sample(records)
    assert sample == bbc_sample(list(reversed(records)))
    for category in ("sport", "tech"):
        parts = [p for i, p in sample.items() if i.startswith(f"bbc/{category}/")]
        assert len(parts) == 14 and parts.count("held") == 7


def test_a_larger_sample_keeps_every_earlier_article_in_its_part():
    records = _bbc("sport", 30) + _bbc("tech", 30)
    sample = bbc_sample(records)
    ranked = sorted((i for i in sample if i.startswith("bbc/sport/")),
                    key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
    assert [sample[i] for i in ranked] == ["tuned", "held"] * 7


def test_articles_without_two_quoted_segments_are_never_sampled():
    records = [{"id": "bbc/politics/001", "category": "politics", "text": 'Just "one".'}]
    assert bbc_sample(records) == {}


def test_part_of_refuses_a_bbc_id_outside_the_sample():
    try:
        part_of("bbc/sport/999", {})
    except KeyError:
        return
    raise AssertionError("a BBC id outside the sample must not get a part")

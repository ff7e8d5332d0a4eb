"""Annotation aid: print one article's gold speakers with every passage that mentions them.

    python bench/roles/show.py TRAIN.jsonl ARTICLE_ID [--full]

For each gold speaker (grouped by name, or by mention when the name is unknown) it lists the
gold quotes (offsets, mention kind) and every paragraph containing a word of the name or the
mention, so an annotator can read all the roles and affiliations the article gives them.
`--full` prints the article with paragraph numbers. Output goes to the terminal only: nothing
of the article is written to disk.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict

_PARAGRAPH = re.compile(r"[^\n]+")
_NOT_NAME = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "jr", "sr", "he", "she", "they",
             "i", "we", "his", "her", "it"}


def key_words(name: str) -> list[str]:
    """Words worth searching for: a name's last word (and first), else the mention's nouns."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", name) if w.lower() not in _NOT_NAME]
    return words[-1:] + words[:1] if words else []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train")
    ap.add_argument("id")
    ap.add_argument("--full", action="store_true")
    args = ap.parse_args(argv)
    with open(args.train, encoding="utf-8") as f:
        rec = next(r for r in map(json.loads, f) if r["id"] == args.id)
    text = rec["text"]
    print(rec["id"], rec["meta"].get("publisher"), len(text), "chars")
    if args.full:
        for i, para in enumerate(text.split("\n")):
            print(f"[{i}] {para}")
    groups: dict[str, list[dict]] = defaultdict(list)
    for q in rec["quotes"]:
        s = q["speaker"]
        groups[s["name"] or f"?{s['mention']}"].append(q)
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text)]
    for name, quotes in groups.items():
        print(f"\n=== {name}")
        for q in quotes:
            s = q["speaker"]
            print(f"  quote {q['start']}-{q['end']} mention={s['mention']!r} ({s['kind']}, "
                  f"{s.get('resolution')}) {q['text'][:50]!r}")
        words = key_words(name.lstrip("?"))
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b") if words else None
        for start, para in paragraphs:
            holds_quote = any(start <= q["start"] < start + len(para) for q in quotes)
            if pattern and pattern.search(para) or holds_quote:
                print(f"  @{start}: {para.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

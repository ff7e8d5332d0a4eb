"""Cross-article identity: B-cubed precision/recall/F1 of stored `speaker.profile_id` against
gold speakers, over articles of one corpus that share speakers.

    .venv/bin/python bench/identity.py /work/shared/data/polnear/train.jsonl          # ~40 s
    .venv/bin/python bench/identity.py /work/shared/data/polnear/train.jsonl --skip 1 # unseen

Options: `--articles N` (default 35, five per outlet), `--skip K`, `--show N` diagnostic rows,
`--database-url postgresql+psycopg://...` to store on a scratch database of that server instead
of a temporary SQLite file. Prints the three B-cubed lines (P, R, F1), then the gold speakers
split over several profiles and the profiles mixing several gold speakers.

Articles are chosen deterministically by their gold speakers, the same number from each outlet:
first, per outlet, its best-ranked article quoting Bill Clinton (so the two Clintons meet), then
articles ranked by how many recurring speakers they quote (people quoted in at least three
outlets), then by their quotes of those speakers, then by id. `--skip K` passes over each
outlet's first K picks, to score on articles the rules were not tuned on.

Gold identities: a gold name (joint `A; B` speakers are left out) is reduced to its words
without titles and suffixes, and to first + last word (`Donald J. Trump`, `Hillary Rodham
Clinton` and `Harry M. Reid` are their short forms); a longer title before a name of the set
(`House Speaker Paul Ryan`) and an `of` place after it (`Jeb Bush of Florida`) are dropped. A
one-word gold name is resolved to the one multi-word identity with that last (or first) word in
the same article, else in the whole set (`Obama` -> `barack obama`, `Hillary` -> `hillary
clinton`); with none it stands alone (`CNN`), with several it is left out (an ambiguous
`Clinton`). Acronyms of a multi-word identity join it.

Items are gold quotes with an identity that some stored quote covers (the covering quote with
the largest overlap, as the reference scorer picks); their predicted cluster is that quote's
`speaker.profile_id`, a quote without profile being a cluster of its own. Besides the figure over
all items, the script reports it over the items the store gave a profile (the engine found a
named speaker), and over the items whose predicted name names the gold speaker: the last
isolates the cross-article decision from attribution errors inside one article.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import read_jsonl
from matching import name_words, same_speaker
from scoring import coverage
from service import make_client, put_article, scratch_database

RECURRING_OUTLETS = 3
"""A speaker quoted in this many outlets counts as recurring for the article ranking."""


def identity_words(name: str) -> tuple[str, ...]:
    """First and last word of a gold name (without titles and suffixes)."""
    words = name_words(name)
    return tuple(words) if len(words) < 2 else (words[0], words[-1])


def gold_identities(records: list[dict]) -> dict[tuple[str, int], str]:
    """Gold identity of each (article id, gold quote index) that has one."""
    full: set[tuple[str, ...]] = set()
    for r in records:
        for q in r["quotes"]:
            name = q["speaker"]["name"]
            if name and "; " not in name and len(identity_words(name)) > 1:
                full.add(identity_words(name))
    out: dict[tuple[str, int], str] = {}
    for r in records:
        local = {identity_words(q["speaker"]["name"]) for q in r["quotes"]
                 if q["speaker"]["name"] and "; " not in q["speaker"]["name"]}
        local_full = {w for w in local if len(w) > 1}
        for i, q in enumerate(r["quotes"]):
            name = q["speaker"]["name"]
            if not name or "; " in name:
                continue
            words = _untitled(name, full)
            if len(words) == 1:
                words = _resolve_single(words[0], local_full) or _resolve_single(words[0], full) \
                    or (None if _matches(words[0], full) else words)
            if words:
                out[(r["id"], i)] = " ".join(words)
    return out


def _untitled(name: str, full: set[tuple[str, ...]]) -> tuple[str, ...]:
    """First and last word of a gold name whose title precedes it (`House Speaker Paul Ryan`,
    `Jeb Bush of Florida`): the first word that, with the surname, is a name of the set."""
    words = name_words(name)
    if "of" in words[2:]:
        words = words[:words.index("of", 2)]
    for first in words[1:-1]:
        if (first, words[-1]) in full:
            return first, words[-1]
    return identity_words(" ".join(words))


def _matches(word: str, names: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return sorted(n for n in names if word in (n[0], n[-1]) or word == "".join(w[0] for w in n))


def _resolve_single(word: str, names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    fits = _matches(word, names)
    return fits[0] if len(fits) == 1 else None


def choose_articles(records: list[dict], count: int, skip: int) -> list[dict]:
    """`count` articles spread evenly over the outlets, by the ranking in the module docstring."""
    outlets_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for r in records:
        for q in r["quotes"]:
            if q["speaker"]["name"] and len(identity_words(q["speaker"]["name"])) > 1:
                outlets_of[identity_words(q["speaker"]["name"])].add(r["meta"]["publisher"])
    recurring = {n for n, outlets in outlets_of.items() if len(outlets) >= RECURRING_OUTLETS}

    def rank(r: dict) -> tuple:
        names = [identity_words(q["speaker"]["name"]) for q in r["quotes"] if q["speaker"]["name"]]
        shared = [n for n in names if n in recurring]
        return (-len(set(shared)), -len(shared), r["id"])

    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(records, key=rank):
        by_outlet[r["meta"]["publisher"]].append(r)
    per_outlet = -(-count // len(by_outlet))
    chosen: list[dict] = []
    for outlet in sorted(by_outlet):
        ranked = by_outlet[outlet]
        bill = [r for r in ranked
                if any(identity_words(q["speaker"]["name"] or "") == ("bill", "clinton")
                       for q in r["quotes"])][:1]
        ranked = bill + [r for r in ranked if r not in bill]
        chosen.extend(ranked[skip * per_outlet:(skip + 1) * per_outlet])
    return chosen[:count]


def bcubed(items: list[tuple[str, str]]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of (predicted cluster, gold cluster) pairs."""
    if not items:
        return 0.0, 0.0, 0.0
    pred_size = Counter(p for p, _ in items)
    gold_size = Counter(g for _, g in items)
    both = Counter(items)
    precision = sum(both[i] / pred_size[i[0]] for i in items) / len(items)
    recall = sum(both[i] / gold_size[i[1]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def items_of(records: list[dict], stored: dict[str, dict], gold: dict[tuple[str, int], str]):
    """(predicted cluster, gold identity, attribution right?) for each found gold quote."""
    out = []
    for r in records:
        quotes = stored[r["id"]].get("quotes", [])
        for i, g in enumerate(r["quotes"]):
            identity = gold.get((r["id"], i))
            if identity is None:
                continue
            best, best_cover = None, 0
            for p in quotes:
                c = coverage(p, g)
                if c and c >= best_cover:
                    best, best_cover = p, c
            if best is None:
                continue
            speaker = best.get("speaker") or {}
            cluster = speaker.get("profile_id") or f"none:{r['id']}:{i}"
            right = same_speaker(g["speaker"]["name"], speaker.get("name"))
            out.append((str(cluster), identity, right))
    return out


def diagnose(items, names: dict[str, Counter], show: int) -> None:
    """The gold identities split over most profiles, and the profiles mixing most identities."""
    if show <= 0:
        return
    by_gold: dict[str, Counter] = defaultdict(Counter)
    by_pred: dict[str, Counter] = defaultdict(Counter)
    for p, g, _ in items:
        by_gold[g][p] += 1
        by_pred[p][g] += 1
    print(f"\nsplit gold identities (top {show}):")
    for g, preds in sorted(by_gold.items(), key=lambda x: -len(x[1]))[:show]:
        if len(preds) > 1:
            parts = ", ".join(f"{names[p].most_common(1)[0][0] if names[p] else p}×{n}"
                              for p, n in preds.most_common(6))
            print(f"  {g}: {len(preds)} profiles: {parts}")
    print(f"mixed profiles (top {show}):")
    for p, golds in sorted(by_pred.items(), key=lambda x: -len(x[1]))[:show]:
        if len(golds) > 1:
            label = names[p].most_common(1)[0][0] if names[p] else p
            print(f"  {label}: {dict(golds.most_common(6))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="FORMAT.md JSONL file (e.g. polnear train.jsonl)")
    parser.add_argument("--articles", type=int, default=35, help="articles to store (default 35)")
    parser.add_argument("--skip", type=int, default=0,
                        help="take each outlet's next picks after K rounds (unseen articles)")
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: temporary SQLite)")
    parser.add_argument("--show", type=int, default=8, help="diagnostic rows to print")
    args = parser.parse_args(argv)

    records = choose_articles(read_jsonl(args.gold), args.articles, args.skip)
    gold = gold_identities(records)
    stored: dict[str, dict] = {}
    with scratch_database(args.database_url) as url:
        client = make_client(url)
        for r in tqdm(records, desc="PUT", unit="article"):
            stored[r["id"]] = put_article(client, r)
    items = items_of(records, stored, gold)
    names: dict[str, Counter] = defaultdict(Counter)
    for a in stored.values():
        for q in a.get("quotes", []):
            sp = q.get("speaker") or {}
            if sp.get("profile_id"):
                names[str(sp["profile_id"])][sp.get("name")] += 1

    outlets = Counter(r["meta"]["publisher"] for r in records)
    print(f"articles: {len(records)} ({', '.join(f'{o} {n}' for o, n in sorted(outlets.items()))})")
    print(f"gold quotes with an identity: {len(gold)}; found: {len(items)}; "
          f"gold identities: {len({g for _, g, _ in items})}; profiles: {len(names)}")
    p, r, f = bcubed([(c, g) for c, g, _ in items])
    print(f"B-cubed over found named gold quotes:      P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    profiled = [(c, g) for c, g, _ in items if not c.startswith("none:")]
    p, r, f = bcubed(profiled)
    print(f"B-cubed where a profile was given ({len(profiled)}): P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    right = [(c, g) for c, g, ok in items if ok]
    p, r, f = bcubed(right)
    print(f"B-cubed where the speaker is right ({len(right)}): P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    diagnose(items, names, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())

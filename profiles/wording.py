"""How a circulating wording differs from a printed quote: a word diff, a score and a verdict.

Words are compared folded (case, diacritics, curly or straight apostrophes), so punctuation,
quote marks, dashes and spacing never count as changes. The diff goes from the printed quote to
the circulating wording: `delete` drops printed words, `insert` adds words, `replace` swaps
some. Printed words before the first or after the last word the wording shares are not
changes: quoting part of a quote is an excerpt (`excerpt` says so), not a rewording.

A change is *minor* when it leaves the meaning alone: a word spelt nearly the same (an
inflection, a spelling variant, a typo), a contraction written out (`don't` / `do not`), or a
filler word (`the`, `so`, `well`...) added or dropped. Negations never are. The thresholds were
set on sentences written for the tests, each kind of change beside negatives that share a few
words with a printed quote; see `VERDICT_THRESHOLDS`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from nlp.text.folding import fold

Verdict = Literal["exact", "minor_changes", "altered", "not_found"]
ChangeKind = Literal["equal", "insert", "delete", "replace"]

MATCH_MIN = 0.45
"""Score from which the printed quote is recognisably the source of the wording: a paraphrase
keeping its key words scores 0.5-0.7; a sentence sharing two or three words with it, under
0.35."""

MINOR_MIN = 0.8
"""Score a wording with only minor changes still needs to be `minor_changes`: past a few
added fillers the wording is no longer the quote as printed."""

VERDICT_THRESHOLDS = {"exact": 1.0, "minor_changes": MINOR_MIN, "altered": MATCH_MIN}
"""Published in the API's description of `verdict`."""

MINOR_WEIGHT = 0.25
"""What a minor change costs against a real one in the score."""

SPELLING_MIN = 80
"""rapidfuzz ratio from which two words of four letters or more are one word spelt otherwise
(`pocket` / `pockets` 92, `colour` / `color` 91; `fall` / `fell` 75 stays a change)."""

FILLERS = frozenset(sorted([
    "a", "ah", "an", "and", "er", "oh", "so", "that", "the", "uh", "um", "well",
]))
"""Words whose addition or loss leaves a quote's meaning as it was."""

CONTRACTIONS = [(re.compile(pattern), spelt) for pattern, spelt in [
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"),
    (r"n't\b", " not"), (r"'ll\b", " will"), (r"'re\b", " are"), (r"'ve\b", " have"),
    (r"'m\b", " am"), (r"'d\b", " would"),
]]
WORD = re.compile(r"\w+(?:'\w+)*")


@dataclass(frozen=True)
class Change:
    """One stretch of the diff; `printed` and `circulating` are the words on each side."""

    kind: ChangeKind
    printed: str
    circulating: str
    minor: bool


@dataclass(frozen=True)
class Comparison:
    score: float
    verdict: Verdict
    excerpt: bool
    """The wording covers only part of the printed quote."""
    diff: tuple[Change, ...]


def words(text: str) -> list[str]:
    """The words of `text` as written (apostrophes made straight)."""
    return WORD.findall(text.replace("\u2019", "'").replace("\u2018", "'"))


def _key(word: str) -> str:
    return word.lower() if word.isascii() else fold(word).lower()


def _spelt_out(words_: list[str]) -> list[str]:
    text = " ".join(_key(w) for w in words_)
    for pattern, spelt in CONTRACTIONS:
        text = pattern.sub(spelt, text)
    return [w for w in text.split() if w not in FILLERS]


def _same_word(a: str, b: str) -> bool:
    return a == b or (_spellable(a) and _spellable(b) and fuzz.ratio(a, b) >= SPELLING_MIN)


def _spellable(word: str) -> bool:
    return len(word) >= 4 and not word.isdigit()


def _aligned(printed: list[str], circulating: list[str]) -> list[str]:
    """Circulating keys with a near spelling of a printed word replaced by that word, so the
    alignment pairs `pockets` with `pocket` instead of seeing two changes. Each distinct
    unknown word is looked up once, by rapidfuzz over the printed words, so a long wording
    costs what its vocabulary does."""
    known = set(printed)
    choices = sorted(w for w in known if _spellable(w))
    near: dict[str, str] = {}
    for word in dict.fromkeys(w for w in circulating if w not in known and _spellable(w)):
        found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=SPELLING_MIN)
        if found:
            near[word] = found[0]
    return [near.get(w, w) for w in circulating]


def _is_minor(printed: list[str], circulating: list[str]) -> bool:
    if len(printed) == len(circulating) and all(
            _same_word(_key(p), _key(c)) for p, c in zip(printed, circulating, strict=True)):
        return True
    return _spelt_out(printed) == _spelt_out(circulating)


def compare(printed_text: str, circulating_text: str) -> Comparison:
    """The circulating wording against one printed quote."""
    printed, circulating = words(printed_text), words(circulating_text)
    p_keys, c_keys = [_key(w) for w in printed], [_key(w) for w in circulating]
    if not printed or not circulating:
        return Comparison(0.0, "not_found", False, ())
    blocks: list[tuple[bool, int, int, int, int]] = []  # (equal, p0, p1, c0, c1)
    for op in Levenshtein.opcodes(p_keys, _aligned(p_keys, c_keys)):
        equal = op.tag == "equal"
        if blocks and not equal and not blocks[-1][0]:
            _, p0, _, c0, _ = blocks.pop()
            blocks.append((False, p0, op.src_end, c0, op.dest_end))
        else:
            blocks.append((equal, op.src_start, op.src_end, op.dest_start, op.dest_end))
    excerpt = False
    while blocks and not blocks[0][0] and blocks[0][3] == blocks[0][4]:
        blocks.pop(0)
        excerpt = True
    while blocks and not blocks[-1][0] and blocks[-1][3] == blocks[-1][4]:
        blocks.pop()
        excerpt = True
    diff: list[Change] = []
    for equal, p0, p1, c0, c1 in blocks:
        if equal:
            diff.extend(_equal_stretch(printed[p0:p1], circulating[c0:c1]))
        else:
            diff.append(_change(printed[p0:p1], circulating[c0:c1]))
    return _judged(diff, excerpt)


def _equal_stretch(printed: list[str], circulating: list[str]) -> list[Change]:
    """Aligned words, split where a near spelling stood in for the printed word."""
    out: list[Change] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            out.append(Change("equal", " ".join(printed[i] for i in run),
                              " ".join(circulating[i] for i in run), False))
            run.clear()

    for i, (p, c) in enumerate(zip(printed, circulating, strict=True)):
        if _key(p) == _key(c):
            run.append(i)
        else:
            flush()
            out.append(Change("replace", p, c, True))
    flush()
    return out


def _change(printed: list[str], circulating: list[str]) -> Change:
    kind: ChangeKind = "replace" if printed and circulating else "delete" if printed else "insert"
    return Change(kind, " ".join(printed), " ".join(circulating), _is_minor(printed, circulating))


def _judged(diff: list[Change], excerpt: bool) -> Comparison:
    total = cost = 0.0
    for change in diff:
        size = len(change.printed.split()) + len(change.circulating.split())
        total += size
        if change.kind != "equal":
            cost += size * (MINOR_WEIGHT if change.minor else 1)
    score = round(1 - cost / total, 3) if total else 0.0
    changes = [c for c in diff if c.kind != "equal"]
    if not changes and score == 1:
        verdict: Verdict = "exact"
    elif all(c.minor for c in changes) and score >= MINOR_MIN:
        verdict = "minor_changes"
    elif score >= MATCH_MIN:
        verdict = "altered"
    else:
        verdict = "not_found"
    return Comparison(score, verdict, excerpt, tuple(diff))

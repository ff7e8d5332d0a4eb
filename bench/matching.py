"""When a predicted name names the gold speaker, and a predicted role or affiliation the gold item.

Our implementation of the reference scorer's rules (`../shared/eval/score.py`, its module
docstring and FORMAT.md "Name matching"); `tests/bench/test_scoring.py` runs the reference's own
self-test tables through these functions, so the two cannot drift apart unnoticed:

  * names are folded (mojibake undone, accents, case, typographic apostrophes, possessive `'s`),
    leading titles (Mr., Sen., President …) and trailing suffixes (Jr., III) set aside;
  * equal, acronym of each other (trailing Group/Inc. aside), or organisation names with the same
    words up to order and generic words (Justice Department / Department of Justice);
  * a multi-word surname alone matches a name ending with it (de Blasio), a one-word name a
    two-word name starting with it (family name first: Dong / Dong Xiaolin);
  * otherwise same last word and, when both have several, the same first word (lenient: the last
    word alone); a hyphenated word counts whole and split;
  * a suffix one name has and the other lacks separates them when the article names both bearers
    (Donald Trump Jr. is not Donald Trump);
  * phrases: equal after abbreviations are expanded, acronyms, organisation word sets, one word set
    inside the other with the same last word, or a proper prefix of the gold item unless the rest
    names a principal's following (Clinton / Clinton campaign).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

TITLES = frozenset([
    "adm", "ambassador", "atty", "capt", "chief", "col", "dame", "del", "dr", "former", "gen",
    "general", "gov", "governor", "hon", "judge", "justice", "lady", "lord", "lt", "maj", "mayor",
    "miss", "mr", "mrs", "ms", "pres", "president", "prof", "professor", "rep", "representative",
    "reps", "rev", "secretary", "sen", "senator", "senators", "sens", "sgt", "sheriff", "sir",
    "the", "vice",
])
SUFFIXES = frozenset(["ii", "iii", "iv", "jr", "sr"])
ORG_GENERIC = frozenset([
    "agency", "bureau", "co", "company", "corp", "corporation", "department", "dept", "group",
    "holdings", "inc", "llc", "ltd", "ministry", "office", "plc",
])
"""Words an organisation's name may add or drop and stay the same body."""
ORG_HEADS = ORG_GENERIC | frozenset([
    "administration", "army", "association", "bank", "board", "campaign", "center", "centre",
    "college", "commission", "committee", "council", "court", "defense", "foundation", "house",
    "institute", "journal", "justice", "navy", "network", "news", "party", "police", "post",
    "security", "senate", "service", "state", "times", "tower", "treasury", "union", "university",
])
"""Words that make a phrase an organisation's name (for the word-order rule)."""
FOLLOWING = frozenset([
    "administration", "aides", "allies", "camp", "campaign", "family", "foundation", "government",
    "organisation", "organization", "people", "regime", "staff", "supporters", "team",
    "transition", "white",
])
"""What follows a principal's name in the name of his or her following: `Clinton campaign`."""
STOP = frozenset(["&", "a", "an", "and", "at", "for", "in", "of", "on", "the", "to"])
ABBREVIATIONS = {
    "assn": "association", "atty": "attorney", "del": "delegate", "dept": "department",
    "gen": "general", "gov": "governor", "govt": "government", "pres": "president",
    "rep": "representative", "sec": "secretary", "sen": "senator", "sens": "senator",
    "u.k.": "uk", "u.s.": "us",
}
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00c5\u00e2]")
_SPLIT = re.compile(r"[^a-z0-9.\-]+")
_POSSESSIVE = re.compile(r"'s\b")
_SUFFIX_AFTER = re.compile(r",?\s*(jr|sr|ii|iii|iv)\b")


def unmojibake(s: str) -> str:
    """UTF-8 read as Latin-1/Windows-1252, once or twice, undone (`FranÃ§ois` → `François`)."""
    t = unicodedata.normalize("NFC", s)
    if not _MOJIBAKE.search(t):
        return s
    for _ in range(3):
        fixed = None
        for encoding in ("latin-1", "cp1252"):
            try:
                fixed = t.encode(encoding).decode("utf-8")
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        if fixed is None or fixed == t:
            break
        t = fixed
    return "".join(c for c in t if unicodedata.category(c) != "Cc")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", unmojibake(s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def _words(s: str) -> list[str]:
    return [w.strip("-") for w in _SPLIT.split(_POSSESSIVE.sub("", _fold(s))) if w.strip(".-")]


def _plain(name: str) -> list[str]:
    return [t for t in (w.strip(".") for w in _words(name)) if t]


def name_parts(name: str) -> tuple[list[str], str]:
    """A name's words (leading titles dropped, hyphenated words whole) and its suffix."""
    words = _plain(name)
    while words and words[0] in TITLES:
        words = words[1:]
    suffix = ""
    while words and words[-1] in SUFFIXES:
        suffix = suffix or words[-1]
        words = words[:-1]
    return words, suffix


def name_words(name: str) -> list[str]:
    """The words that identify a person or organisation."""
    return name_parts(name)[0]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in STOP)


def acronym_pair(a: list[str], b: list[str]) -> bool:
    """Whether one is a one-word acronym of the other (`RBS` / Royal Bank of Scotland Group)."""
    for short, long in ((a, b), (b, a)):
        if len(short) != 1 or len(short[0]) < 2 or len(long) < 2:
            continue
        trimmed = list(long)
        while len(trimmed) > 2 and trimmed[-1] in ORG_GENERIC:
            trimmed.pop()
        if short[0].replace(".", "") in (_initials(long), _initials(trimmed)):
            return True
    return False


def same_organization(a: list[str], b: list[str]) -> bool:
    """Same words up to order and generic words, one of them an organisation word."""
    sa, sb = set(a) - STOP, set(b) - STOP
    if not sa or not sb or not (sa | sb) & ORG_HEADS:
        return False
    core = sa - ORG_GENERIC
    return bool(core) and core == sb - ORG_GENERIC


def _suffix_separates(words: list[str], text: str | None) -> bool:
    """Whether the article names `First Last` both with and without a suffix (father and son).
    Without the article, assume it does."""
    if text is None:
        return True
    if len(words) < 2:
        return False
    folded = _fold(text)
    pattern = (re.escape(words[0]) + r"\b(?:[\s.]+[a-z]\.?|[\s.]+[a-z-]+){0,2}?[\s.]+"
               + re.escape(words[-1]) + r"\b")
    plain = with_suffix = False
    for m in re.finditer(pattern, folded):
        if _SUFFIX_AFTER.match(folded[m.end():m.end() + 6]):
            with_suffix = True
        else:
            plain = True
    return plain and with_suffix


def _words_match(g: list[str], p: list[str], lenient: bool, separated: bool) -> bool:
    if not g or not p:
        return False
    if acronym_pair(g, p) or same_organization(g, p):
        return True
    if separated and len(g) > 1 and len(p) > 1 and not lenient:
        return False
    if g == p:
        return True
    if len(g) > 1 and len(p) > len(g) and p[-len(g):] == g and not set(g) & ORG_HEADS:
        return True  # de Blasio / Bill de Blasio
    if len(g) == 1 and len(p) == 2 and p[0] == g[0] and p[1] not in ORG_HEADS | FOLLOWING:
        return True  # Dong / Dong Xiaolin
    if lenient and len(p) == 1 and len(g) == 2 and g[0] == p[0] \
            and g[1] not in ORG_HEADS | FOLLOWING:
        return True
    if g[-1] != p[-1]:
        return False
    return lenient or len(g) == 1 or (len(p) > 1 and g[0] == p[0])


def _split_hyphens(words: list[str]) -> list[str]:
    return [x for w in words for x in w.split("-") if x]


def same_speaker(gold: str, pred: str | None, lenient: bool = False,
                 text: str | None = None) -> bool:
    """Whether `pred` names the gold speaker (`; ` joins joint speakers); `text` is the article,
    which tells whether a suffix separates two people."""
    if not pred:
        return False
    for g_name in gold.split("; "):
        for p_name in pred.split("; "):
            if same_organization(_plain(g_name), _plain(p_name)):
                return True
            (g, g_suffix), (p, p_suffix) = name_parts(g_name), name_parts(p_name)
            if not g or not p:
                continue
            separated = g_suffix != p_suffix and (
                bool(g_suffix and p_suffix)
                or _suffix_separates(g if g_suffix else p, text))
            if _words_match(g, p, lenient, separated) or _words_match(
                    _split_hyphens(g), _split_hyphens(p), lenient, separated):
                return True
    return False


def phrase_words(s: str) -> list[str]:
    """A role or affiliation as content words, common abbreviations expanded."""
    words = [ABBREVIATIONS.get(w, w.strip(".")) for w in _words(s)]
    return [w for w in words if w and w not in STOP]


def _phrase_match(g: list[str], p: list[str]) -> bool:
    if g == p or acronym_pair(g, p) or same_organization(g, p):
        return True
    if g[-1] == p[-1] and (set(g) <= set(p) or set(p) <= set(g)):
        return True
    return len(p) < len(g) and g[:len(p)] == p and not set(g[len(p):]) & FOLLOWING


def same_phrase(gold_items: Iterable[str], preds: Iterable[str | None]) -> bool:
    """Whether any predicted role/affiliation string matches any gold item."""
    golds = [g for g in (phrase_words(x) for x in gold_items) if g]
    return any(_phrase_match(g, p) for p in (phrase_words(x) for x in preds if x) if p
               for g in golds)

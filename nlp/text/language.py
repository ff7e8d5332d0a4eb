"""Whether a text is English, read cheaply from its function words: the engine's rules are
English, so another language's narration must not come back as attributed quotes (issue 16).

Only the words outside quotation marks count (an English article quoting `"Wir schaffen das"`
stays English); a narration mostly in letters of another script is that script's (`und-Cyrl`,
BCP 47's undetermined language in a named script); otherwise the language whose function words
are most frequent wins, and a text too short to tell is taken as English.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from nlp.text.folding import fold, folded_words

FUNCTION_WORDS = {
    "en": frozenset("the and of to in is that for on was with he she said it by at as".split()),
    "es": frozenset("el la los las del que y en un una por con para es dijo se su al".split()),
    "fr": frozenset("le la les des du que et en un une est pour dans sur au il a pas".split()),
    "de": frozenset("der die das und den dem ist nicht ein eine mit von sie auf sich zu".split()),
    "it": frozenset("il lo gli della che e di un una per con non sono ha del nel".split()),
    "pt": frozenset("o os as do da dos das que e em um uma para com nao por disse".split()),
    "nl": frozenset("de het een en van dat niet zijn op te met voor zei is".split()),
}
"""The commonest function words of each language told apart (folded, no diacritics)."""

_MIN_WORDS = 8
_MIN_LETTERS = 24
_SCRIPT_SAMPLE = 500
"""Letters of another script whose Unicode names vote for the script (a sample: cost bounded)."""
SCRIPTS = {
    "ARABIC": "Arab", "ARMENIAN": "Armn", "BENGALI": "Beng", "CJK": "Hani", "CYRILLIC": "Cyrl",
    "DEVANAGARI": "Deva", "GEORGIAN": "Geor", "GREEK": "Grek", "GUJARATI": "Gujr",
    "GURMUKHI": "Guru", "HANGUL": "Hang", "HEBREW": "Hebr", "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan", "KANNADA": "Knda", "MALAYALAM": "Mlym", "TAMIL": "Taml",
    "TELUGU": "Telu", "THAI": "Thai",
}
"""ISO 15924 codes of the scripts, by the first word of their letters' Unicode names."""
_QUOTED = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb][^\"\u201c\u201d\u201e\u00ab\u00bb]*"
                     r"[\"\u201c\u201d\u201e\u00ab\u00bb]")


def not_english(text: str) -> str | None:
    """The code of the language the narration of `text` is in, when it is not English."""
    narration = fold(_QUOTED.sub(" ", text))
    script = other_script(narration)
    if script is not None:
        return script
    words = folded_words(narration)
    if len(words) < _MIN_WORDS:
        return None
    hits = {code: sum(w in vocab for w in words) for code, vocab in FUNCTION_WORDS.items()}
    best = max(hits, key=lambda code: hits[code])
    return None if best == "en" or hits[best] <= hits["en"] else best


def other_script(folded: str) -> str | None:
    """`und-<Script>` when most letters of the `folded` narration are of a script other than
    Latin (folded, Latin letters are ASCII): no function word of ours can tell its language,
    and Chinese or Japanese run words together, so letters are counted, not words."""
    others = [c for c in folded if c.isalpha() and not c.isascii()]
    latin = sum(c.isascii() and c.isalpha() for c in folded)
    if len(others) < _MIN_LETTERS or len(others) <= latin:
        return None
    votes = Counter(unicodedata.name(c, "").split(" ")[0] for c in others[:_SCRIPT_SAMPLE])
    name = max(votes, key=lambda n: votes[n])
    return f"und-{SCRIPTS.get(name, 'Zzzz')}"

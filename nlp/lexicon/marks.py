"""Quote marks and the characters around them (`nlp/quotes/marks.py`)."""
from __future__ import annotations

OPENING_DOUBLE_MARKS = frozenset(["`", "«", "‘", "“", "„", "‟"])
"""First characters of double-style marks that open by shape (`"` and `''` go by flanks alone)."""

CLOSING_DOUBLE_MARKS = frozenset(["»", "’", "”"])
"""First characters of double-style marks that close by shape."""

SINGLE_MARKS = {"'": "either", "‘": "open", "’": "close"}
"""Single quote marks and the way each opens or closes by shape."""

OPENING_PUNCTUATION = frozenset(["(", "-", "/", ">", "[", "{", "–", "—"])
"""Characters after which a mark opens a quote, as after a space (`>` ends scraped markup)."""

CLOSING_PUNCTUATION = frozenset([
    "!", ")", ",", "-", ".", "/", ":", ";", "<", "?", "]", "}", "–", "—", "…",
])
"""Characters before which a mark closes a quote, as before a space (`<` starts markup)."""

ELISIONS = frozenset(sorted([
    "bout", "cause", "em", "n", "nother", "nuff", "round", "til", "tis", "twas", "ya",
]))
"""Words that start with an apostrophe (`'em`, rock 'n' roll), so it opens no single quote."""

DASHES = ("-", "\u2013", "\u2014", "\u2015")
"""Hyphen, en and em dash, horizontal bar: what sets off a digest's speaker or signs a quote
(`— Jane Doe`)."""

LIST_BULLETS = "*-\u2013\u2014\u2015\u00b7\u2022"
"""Characters that open the lines of a list (a vox pop: `- Tom Green, 54, teacher: "…"`)."""

QUESTION_LABELS = frozenset(sorted(["q", "question"]))
"""Labels of an interview's questions (`Q: "…"`): the interviewer's, no one named."""

ANSWER_LABELS = frozenset(sorted(["a", "answer"]))
"""Labels of an interview's answers (`A: "…"`): the words of the person interviewed."""

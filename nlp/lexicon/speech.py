"""Words that tell speech from titles, terms and scare quotes (`nlp/quotes/speech.py`)."""
from __future__ import annotations

QUOTING_VERBS = frozenset(sorted([
    "accuse", "allege", "applaud", "bash", "berate", "blame", "blast", "brand", "call", "cast",
    "characterize", "chant", "chide", "cite", "condemn", "criticize", "decry", "deem", "demand",
    "denounce", "deride", "describe", "dismiss", "dub", "frame", "hail", "herald", "identify",
    "imply", "intimate", "label", "lambast", "mock", "mouth", "nickname", "plead", "pledge",
    "portray", "praise", "pronounce", "protest", "question", "quote", "rail", "refer", "remark",
    "repeat", "ridicule", "scold", "sing", "slam", "speak", "talk", "term", "threaten", "tout",
    "vent", "yell",
]))
"""Verbs that frame a short quoted phrase as someone's words (`slammed the plan as
"reckless"`), besides the speech verbs above; their nouns are in SPEECH_NOUNS."""

SPEECH_NOUNS = frozenset(sorted([
    "accusation", "allegation", "announcement", "answer", "assertion", "call", "chant", "claim",
    "comment", "complaint", "criticism", "cry", "declaration", "description", "joke", "label",
    "lament", "pledge", "post", "promise", "question", "quip", "quote", "remark", "reply",
    "report", "response", "rhetoric", "shout", "statement", "talk", "tweet", "vow", "warning",
]))
"""Nouns of speech acts that frame a quoted phrase as someone's words (`his claim that "…"`);
nouns that merely share a speech verb's lemma (`the states`, `a point`) are left out."""

TITLE_CONTEXT_WORDS = frozenset(sorted([
    "album", "anthem", "article", "author", "autobiography", "biography", "book", "broadcast",
    "channel", "column", "documentary", "editor", "entitled", "episode", "essay", "film",
    "finale", "headline", "host", "magazine", "memoir", "movie", "musical", "newspaper", "novel",
    "play", "podcast", "premiere", "program", "programme", "reboot", "remake", "revival", "role",
    "season", "sequel", "series", "show", "sitcom", "song", "spinoff", "star", "starred",
    "starring", "titled", "trailer", "tune",
]))
"""Words near a title-cased quoted phrase that make it the title of a work."""

INSCRIBED_NOUNS = frozenset(sorted([
    "badge", "banner", "button", "cap", "hat", "pin", "placard", "poster", "shirt", "sign",
    "sticker", "t-shirt", "tee",
]))
"""Things words are printed on: a quoted phrase right before one (`the "Make America Great Again"
hat`) is an inscription, not speech."""

TITLE_SMALL_WORDS = frozenset(sorted([
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
]))
"""Words a title-cased phrase may keep lower case (`Guardians of the Galaxy`)."""

WORDING_NOUNS = frozenset(sorted([
    "catchphrase", "expression", "motto", "phrase", "slogan", "term", "word", "words",
]))
"""Nouns that give the quoted words as someone's wording (`the phrase "…"`, `his motto "…"`)."""

CHANNEL_PHRASES = frozenset(sorted([
    "according to", "interview with", "on", "speaking to", "tells", "telling", "told",
]))
"""Words right before a title-cased quoted phrase that make it a programme or a work, the
source or audience of words rather than the words (`appeared on "Morning Joe"`, `told "Fox and
Friends"`, `according to "The Art of the Deal"`)."""

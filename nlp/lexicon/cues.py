"""Cue words and who can be a source (`nlp/cues/`, `nlp/attribution/`)."""
from __future__ import annotations

SPEECH_VERBS = frozenset(sorted([
    "acknowledge", "add", "admit", "advise", "affirm", "agree", "announce", "answer", "argue",
    "ask", "assert", "assure", "bemoan", "boast", "caution", "charge", "claim", "comment",
    "complain", "concede", "conclude", "confirm", "contend", "continue", "counter", "cry",
    "declare", "deny", "describe", "emphasise", "emphasize", "enthuse", "exclaim", "explain",
    "fume", "grumble", "insist", "interject", "joke", "lament", "maintain", "moan", "muse",
    "mutter", "note", "observe", "opine", "plead", "point", "post", "predict", "proclaim",
    "promise", "quip", "react", "recall", "recount", "reiterate", "remark", "reply", "report",
    "respond", "retort", "say", "scoff", "scream", "shout", "snap", "state", "stress", "suggest",
    "summarise", "summarize", "tell", "testify", "thunder", "tweet", "urge", "vow", "warn",
    "whisper", "write", "yell",
]))
"""Verbs whose subject is the source of a quote next to them (lemmas), manner verbs of saying
(`grumbled`, `scoffed`, `moaned`) and British spellings (`emphasised`) among them."""

PHRASAL_SPEECH_VERBS = {
    "chime": "in", "cut": "in", "fire": "back", "go": "on", "hit": "back", "pipe": "up",
    "shoot": "back",
}
"""Verbs that are speech verbs with this particle (`"…," he went on`, `Rubio fired back:`)."""

VIEW_VERBS = frozenset(sorted(["believe", "feel", "hope", "think", "wonder"]))
"""Verbs of holding a view: its holder's are the words quoted in the clause they report (`Doe
believes Roe could be "the next big thing"`)."""

WEAK_SPEECH_VERBS = VIEW_VERBS | frozenset(sorted(["call", "put"]))
"""Verbs that introduce a quote only when they govern it or sit right beside it."""

LISTENER_VERBS = frozenset(sorted(["ask", "tell", "urge", "warn"]))
"""Speech verbs whose direct object is the listener, never the source (`told reporters`)."""

PERSONAL_PRONOUNS = frozenset(sorted(["he", "i", "she", "they", "we"]))
"""Subject pronouns that can be quote sources; `it` is left out (rarely a speaker)."""

POSSESSIVE_PRONOUNS = {"her": "she", "his": "he", "my": "i", "our": "we", "their": "they"}
"""Owners of a speech-act noun (`his call for "…"`) and the subject pronoun they stand for."""

SOURCE_NOUNS = frozenset(sorted([
    "adviser", "advisor", "agency", "aide", "analyst", "campaign", "candidate", "chairman",
    "chairwoman", "committee", "company", "congressman", "congresswoman", "department",
    "director", "expert", "governor", "group", "lawmaker", "lawyer", "leader", "man", "mayor",
    "minister", "official", "officer", "organization", "party", "person", "police", "president",
    "representative", "secretary", "senator", "source", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "statement", "strategist", "team", "voter", "woman",
]))
"""Heads of nominal mentions that can be quote sources (`the spokesman`, `a senior official`)."""

BODY_SOURCE_NOUNS = frozenset(sorted([
    "agency", "campaign", "committee", "company", "department", "group", "organization",
    "party", "police", "statement", "team",
]))
"""Source nouns that stand for no one person: `he said` after their quote is not theirs."""

ANONYMOUS_SOURCE_NOUNS = frozenset(sorted([
    "aide", "insider", "official", "source", "spokesman", "spokesperson", "spokeswoman",
]))
"""Source nouns for people whose names an article withholds: `he said` after the quote of `the
Ofcom spokesman` is his, while `the minister` mostly recalls someone named."""

RELATIVE_PRONOUNS = frozenset(sorted(["that", "which", "who"]))
"""Subjects of relative clauses (`Smith, who said …`) that stand for the noun they modify."""

MEDIUM_NOUNS = frozenset(sorted([
    "ad", "analysis", "article", "calculation", "column", "document", "editorial", "email",
    "exposé", "filing", "lawsuit", "letter", "memo", "piece", "post", "release",
    "report", "ruling", "statement", "study", "survey", "tabloid", "tweet", "video", "website",
]))
"""What a source speaks through (`a statement by X`, `X's email`, `the Heritage Foundation
website`, `calculations by X`, `a court document filed by X`): the source is its author or
publisher."""

FINDING_VERBS = frozenset(sorted(["find", "reveal", "show"]))
"""Verbs that report a document's words only when the document is their subject (`an exposé
from X shows that … "…"`, not `police found the "weapon"`)."""

NAMING_VERBS = frozenset(sorted([
    "brand", "call", "consider", "deem", "describe", "dub", "label", "term",
]))
"""Verbs that put a label on their object (`called his remarks "racist"`)."""

CLAUSE_OPENERS = frozenset(sorted(["a", "an", "the", "who", "whose"]))
"""First words of a clause or apposition set off by commas after a name."""

IRREGULAR_SPEECH_FORMS = frozenset(sorted(["said", "told", "wrote"]))
"""Past forms of speech verbs that do not end in `-ed`, which the small model takes for a first
name in a lead-in (`Said Jane Doe:`)."""

CATAPHORIC_OPENERS = frozenset(sorted(["that", "these", "this", "those"]))
"""First words of a sentence after a quote that stand for it (`That was how Doe put it`)."""

CATAPHORIC_NOUNS = frozenset(sorted(["comment", "quote", "remark", "word"]))
"""Nouns for a quote's wording whose `of`/`from` phrase names its speaker in a sentence after
it (`Those were the words of Doe`, `That quote from Doe`)."""

QUOTED_AS_VERBS = frozenset(sorted(["cite", "quote"]))
"""Verbs of relaying whose object said the words (`The network quoted Doe as saying`)."""

QUESTION_VERBS = frozenset(sorted(["ask", "inquire", "query"]))
"""Speech verbs that put a question, so report no claim a headline could quote (`Reporters
have asked to see the jurors' notes` is no source of `Jackson 'juror' notes`)."""

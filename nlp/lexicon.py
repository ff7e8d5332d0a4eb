"""Reviewed word lists the engine's rules read. Each section is owned by the module that uses it.

Lists are sorted and lower-case (lemmas where a verb); add words with a reason, not by the bulk.
"""
from __future__ import annotations

# --- Attribution (nlp/attribution/attributor.py, nlp/cues/cue.py) ---------------------------------

SPEECH_VERBS = frozenset(sorted([
    "acknowledge", "add", "admit", "advise", "affirm", "agree", "announce", "answer", "argue",
    "ask", "assert", "assure", "boast", "caution", "charge", "claim", "comment", "complain",
    "concede", "conclude", "confirm", "contend", "continue", "counter", "cry", "declare", "deny",
    "describe", "emphasize", "exclaim", "explain", "insist", "interject", "joke", "lament",
    "maintain", "mutter", "note", "observe", "opine", "point", "post", "predict", "proclaim",
    "promise", "quip", "react", "recall", "recount", "reiterate", "remark", "reply", "report",
    "respond", "retort", "say", "scream", "shout", "snap", "state", "stress", "suggest",
    "summarize", "tell", "testify", "thunder", "tweet", "urge", "vow", "warn", "whisper", "write",
    "yell",
]))
"""Verbs whose subject is the source of a quote next to them (lemmas)."""

PHRASAL_SPEECH_VERBS = {
    "chime": "in", "cut": "in", "fire": "back", "go": "on", "hit": "back", "pipe": "up",
    "shoot": "back",
}
"""Verbs that are speech verbs with this particle (`"…," he went on`, `Rubio fired back:`)."""

WEAK_SPEECH_VERBS = frozenset(sorted([
    "believe", "call", "feel", "hope", "put", "think", "wonder",
]))
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

RELATIVE_PRONOUNS = frozenset(sorted(["that", "which", "who"]))
"""Subjects of relative clauses (`Smith, who said …`) that stand for the noun they modify."""

NAME_LABELS = frozenset(sorted(["FAC", "GPE", "NORP", "ORG", "PERSON"]))
"""Entity labels a speaker's name can carry; everything but PERSON is an organization."""

NUMERIC_LABELS = frozenset(sorted([
    "CARDINAL", "DATE", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "TIME",
]))
"""Entity labels of numbers, dates and amounts: never a speaker, a source or an author
(`Monday said` is a misparse), and where a title before a name stops."""

PLACE_LABELS = frozenset(sorted(["GPE", "LOC"]))
"""Entity labels of places: not who a lead-in introduces or who wrote a `Texas letter`."""

DASHES = ("-", "\u2013", "\u2014")
"""Hyphen, en and em dash: what sets off a digest's speaker or signs a quote (`— Jane Doe`)."""

DESCRIPTOR_DEPS = frozenset(sorted(["amod", "compound", "det", "nmod", "nummod", "poss"]))
"""Left dependents kept in a nominal mention's descriptor (`a senior White House official`)."""

NAME_TITLES = frozenset(sorted([
    "adm", "admiral", "ag", "ambassador", "archbishop", "attorney", "bishop", "brig", "capt",
    "captain", "cardinal", "chairman", "chairwoman", "chancellor", "col", "colonel", "commissioner",
    "congressman", "congresswoman", "cpl", "del", "det", "dr", "father", "former", "gen",
    "general", "gov", "governor", "imam", "judge", "justice", "king", "lieutenant", "lt", "maj",
    "mayor", "miss", "mr", "mrs", "ms", "pastor", "pope", "president", "prime", "prince",
    "princess", "prof", "professor", "queen", "rabbi", "rep", "rev", "reverend", "secretary",
    "sen", "senator",
    "sergeant", "sgt", "sheikh", "sheriff", "sir", "speaker", "the", "vice",
]))
"""Words before a name that are not part of it (`Sen.`, `President`), matched without dots."""

NAME_SUFFIXES = frozenset(sorted(["ii", "iii", "iv", "jr", "sr"]))
"""Words after a name that are not part of its last word (`Joseph R. Biden Jr.`)."""

NAME_PARTICLES = frozenset(sorted([
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "van", "von",
]))
"""Lower-case words that belong inside a name (`Ludwig van Beethoven`, `dos Santos`)."""

MALE_TITLES = frozenset(sorted(["mr", "sir"]))
FEMALE_TITLES = frozenset(sorted(["miss", "mrs", "ms"]))
"""Titles that show a person's gender, so `he`/`she` can skip people of the other one."""

GROUP_NOUNS = frozenset(sorted([
    "administration", "agency", "campaign", "committee", "company", "department", "firm",
    "government", "group", "network", "newspaper", "organization", "paper", "party",
]))
"""Heads of definite nominals (`the group`) that refer back to an organization."""

MEDIUM_NOUNS = frozenset(sorted([
    "ad", "analysis", "article", "calculation", "column", "document", "editorial", "email",
    "filing", "letter", "memo", "piece", "post", "release", "report", "statement", "study",
    "tabloid", "tweet", "video", "website",
]))
"""What a source speaks through (`a statement by X`, `X's email`, `the Heritage Foundation
website`, `calculations by X`, `a court document filed by X`): the source is its author or
publisher."""

# --- Quote marks (nlp/quotes/marks.py) ------------------------------------------------------------

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

INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
"""Zero-width and direction marks scraped pages leave around quote marks; they count as space."""

ELISIONS = frozenset(sorted([
    "bout", "cause", "em", "n", "nother", "nuff", "round", "til", "tis", "twas", "ya",
]))
"""Words that start with an apostrophe (`'em`, rock 'n' roll), so it opens no single quote."""

# --- Descriptors (nlp/descriptors/ranking.py, nlp/descriptors/affiliations.py) --------------------

ROLE_NOUNS = frozenset(sorted([
    "activist", "actress", "administrator", "adviser", "advisor", "advocate", "agent", "aide",
    "ambassador", "analyst", "anchor", "archbishop", "architect", "assistant", "associate",
    "attendant", "attorney", "author", "banker", "billionaire", "bishop", "boss", "businessman",
    "businesswoman", "candidate", "captain", "cardinal", "cashier", "ceo", "cfo", "chair",
    "chairman", "chairperson", "chairwoman", "champion", "chancellor", "chaplain", "chef", "chief",
    "clerk", "coach",
    "colonel", "columnist", "commander", "commentator", "commissioner", "congressman",
    "congresswoman", "consultant", "coo", "coordinator", "correspondent", "councilman",
    "councilwoman", "counsel", "delegate", "deputy", "diplomat", "director", "economist", "editor",
    "employee", "envoy", "executive", "expert", "fellow", "founder", "front-runner", "frontrunner",
    "general", "governor", "head", "historian", "hopeful", "host", "imam", "investigator",
    "journalist",
    "judge", "justice", "lawmaker", "lawyer", "leader", "legislator", "lieutenant", "manager",
    "mayor", "member", "minister", "mogul", "negotiator", "neurosurgeon", "nominee", "nurse",
    "officer", "official", "operative", "organizer", "partner", "pastor", "physician", "pollster",
    "premier", "president", "president-elect", "priest", "principal", "professor", "prosecutor",
    "rabbi",
    "representative", "researcher", "scholar", "scientist", "secretary", "senator", "sergeant",
    "sheriff", "speaker", "spokesman", "spokesperson", "spokeswoman", "staffer", "strategist",
    "superintendent", "surgeon", "surrogate", "treasurer", "trustee", "tycoon", "waitress", "whip",
]))
"""Heads of noun phrases that name what a person does (`a spokesman for`, `Press Secretary`)."""

ROLE_SUFFIXES = ("er", "ian", "ist", "man", "or", "person", "woman")
"""Endings of agent nouns taken as roles when the head is not listed (`pediatrician`)."""

NOT_ROLES = frozenset(sorted([
    "admirer", "answer", "backer", "border", "brother", "center", "chapter", "character",
    "computer", "consumer", "corner", "cover", "critic", "customer", "daughter", "father",
    "fighter", "follower", "friend", "grandfather", "grandmother", "hater", "husband", "letter",
    "lover", "man", "matter", "mother", "neighbor", "newspaper", "number", "opponent", "order",
    "paper", "parent", "passenger", "patient", "person", "player", "power", "quarter", "resident",
    "server", "sister", "son", "student", "supporter", "viewer", "voter", "water", "widow", "wife",
    "winner", "woman", "worker",
]))
"""Agent-like heads that describe a person but are not a role: kinship, everyday people, and
stances (`a Trump supporter` is no affiliation with Trump)."""

TITLE_ROLES = {
    "adm": "admiral", "amb": "ambassador", "atty": "attorney", "capt": "captain",
    "cmdr": "commander", "col": "colonel", "cong": "congressman", "gen": "general",
    "gov": "governor", "lt": "lieutenant", "maj": "major", "pres": "president",
    "rep": "representative", "reps": "representative", "sec": "secretary", "sen": "senator",
    "sens": "senator", "sgt": "sergeant", "supt": "superintendent",
}
"""Abbreviated titles before a name (matched without the dot) and the role they stand for."""

ROLE_WORDS = ROLE_NOUNS | frozenset(TITLE_ROLES)
"""Words that name a role, in full or abbreviated: never part of a person's name."""

HONORIFICS = frozenset(sorted(["dr", "miss", "mr", "mrs", "ms", "mx", "prof", "rev", "sir"]))
"""Courtesy titles: part of how a name is written, not a role."""

ROLE_OF_COMPLEMENTS = frozenset(sorted([
    "commerce", "defense", "education", "energy", "health", "homeland", "interior", "justice",
    "labor", "staff", "state", "transportation", "treasury",
]))
"""Words an `of` keeps inside a role (`secretary of state`, `chief of staff`); other `of`
complements (`vice president of public policy`) are left out, as annotators name the head."""

RELATIVE_ROLE_VERBS = {
    "chair": "chair", "direct": "director", "found": "founder", "head": "head", "lead": "leader",
    "manage": "manager", "own": "owner", "run": "head",
}
"""Verbs of a relative clause that give a role (`who heads the group` -> head of it)."""

AFFILIATION_PREPOSITIONS = frozenset(sorted(["at", "for", "from", "of", "to", "with"]))
"""Prepositions after a role or name whose object is the organisation (`a spokesman for X`)."""

ORGANIZATION_LABELS = frozenset(sorted(["FAC", "GPE", "NORP", "ORG"]))
"""Entity labels that can be an affiliation (never PERSON)."""

PERSON_BODIES = frozenset(sorted(["administration", "campaign", "foundation", "organization"]))
"""Nouns that make a person's name into a body (`the Clinton campaign`)."""

PARTIES = {
    "democrat": ("Democratic Party", None), "democratic": ("Democratic Party", None),
    "democrats": ("Democratic Party", None), "gop": ("Republican Party", "GOP"),
    "green": ("Green Party", None), "libertarian": ("Libertarian Party", None),
    "republican": ("Republican Party", "GOP"), "republicans": ("Republican Party", "GOP"),
}
"""Party words (and US party-tag letters via PARTY_LETTERS) to the party's name and short form."""

PARTY_MEMBERS = frozenset(sorted(["democrat", "independent", "libertarian", "republican"]))
"""Nouns for one member of a party: with `a`/`one` they describe an unnamed person (`a New
Hampshire Democrat`), not a body called that (`nlp/speakers/mentions.py`)."""

PARTY_LETTERS = {"d": "democratic", "r": "republican"}
"""`(R-Texas)`, `D-Nev.`: the letter of a US politician's party tag (`I-Vt.` names no party)."""

ORG_MODIFIER_SUFFIXES = ("-affiliated", "-aligned", "-allied", "-backed", "-based", "-controlled",
                         "-funded", "-led", "-linked", "-owned", "-run", "-supported")
"""Endings of modifiers dropped from an organisation's name (`the Kurdish-led SDF`)."""

DEMONYMS = {
    "afghan": "Afghanistan", "american": "United States", "australian": "Australia",
    "british": "Britain", "canadian": "Canada", "chinese": "China", "egyptian": "Egypt",
    "french": "France", "german": "Germany", "indian": "India", "iranian": "Iran",
    "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy",
    "japanese": "Japan", "jordanian": "Jordan", "lebanese": "Lebanon", "libyan": "Libya",
    "mexican": "Mexico", "pakistani": "Pakistan", "palestinian": "Palestinian Authority",
    "russian": "Russia", "saudi": "Saudi Arabia", "spanish": "Spain", "syrian": "Syria",
    "turkish": "Turkey", "ukrainian": "Ukraine",
}
"""Nationality adjectives before a government title (`French President`) to the country."""

US_STATES = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas",
    "ky": "Kentucky", "la": "Louisiana", "mass": "Massachusetts", "md": "Maryland",
    "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "n.c": "North Carolina", "n.d": "North Dakota", "n.h": "New Hampshire",
    "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York", "neb": "Nebraska",
    "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
    "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota", "tenn": "Tennessee",
    "tex": "Texas", "va": "Virginia", "vt": "Vermont", "w.va": "West Virginia",
    "wash": "Washington", "wis": "Wisconsin", "wyo": "Wyoming",
}
"""AP abbreviations of US states (without the final dot), as in `Sen. Jack Reed (D-R.I.)`."""

BODY_WORDS = frozenset(sorted([
    "administration", "agency", "assembly", "association", "bureau", "campaign", "caucus",
    "center", "commission", "committee", "company", "congress", "corporation", "council", "court",
    "department", "foundation", "group", "house", "institute", "ministry", "network", "office",
    "organization", "parliament", "party", "pentagon", "senate", "service", "university",
]))
"""Capitalised words that make a title's first words an organisation (`Senate Minority Leader`)."""

OFFICE_ROLES = frozenset(sorted([
    "advocate", "ambassador", "chancellor", "congressman", "congresswoman", "councilman",
    "councilwoman", "delegate", "employee", "governor", "king", "lawmaker", "legislator", "mayor",
    "minister", "official", "premier", "president", "queen", "representative", "secretary",
    "senator", "sheriff", "spokesman", "spokesperson", "spokeswoman",
]))
"""Roles held for a polity, so a place before them is an affiliation (`French President`, `a
Nassau County employee`: a place's staff work for its government)."""

STAFF_ROLES = frozenset(sorted([
    "adviser", "advisor", "aide", "chief", "director", "manager", "secretary", "spokesman",
    "spokesperson", "spokeswoman", "staff", "strategist",
]))
"""Roles done for a person, whose name before them is the affiliation (`Clinton spokesman`,
`Mrs. Obama's chief of staff` -> Clinton, Obama)."""

# --- Speech or not (nlp/quotes/speech.py) ---------------------------------------------------------

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

COMMON_BODIES = frozenset(sorted([
    "administration", "army", "coalition", "embassy", "government", "military", "ministry", "navy",
    "police",
]))
"""Lower-case nouns that name a body someone speaks for (`a spokesman for the coalition`)."""

TITLE_MODIFIERS = frozenset(sorted([
    "acting", "ex", "former", "incoming", "independent", "interim", "outgoing", "presumptive",
    "retired", "then",
]))
"""Words that belong to the role even where the tagger put them in a place (`Former Florida`)."""

CREATOR_ROLES = frozenset(sorted(["author", "co-author", "creator", "writer"]))
"""Roles whose `of` object is a work, not an organisation (`author of Unlikeable`)."""

GENERIC_BODY_WORDS = frozenset(sorted([
    "administration", "agency", "campaign", "committee", "company", "department", "government",
    "group", "national", "office", "organization", "party",
]))
"""Words that name no body on their own (`the Party`, `National`), so they are no affiliation."""

RECALLED_BODIES = frozenset(sorted([
    "agency", "bureau", "committee", "company", "department", "firm", "group", "network",
    "newspaper", "organization", "party", "university",
]))
"""Common nouns that, after `the`, recall a body the article just named (`the party's nominee`,
`a senior adviser to the group`, `the network's reporter`): a party for `party`, else the last
organisation."""

SERVICE_NOUNS = frozenset(sorted([
    "career", "experience", "record", "service", "stint", "tenure", "term", "time", "years",
]))
"""Nouns of time served, whose `as` phrase gives a role the owner held (`her record as secretary
of state`); others are often hypothetical (`his first speech as president`)."""

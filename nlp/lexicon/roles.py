"""Words that name a role, and what qualifies one (`nlp/descriptors/`)."""
from __future__ import annotations

ROLE_NOUNS = frozenset(sorted([
    "activist", "actress", "administrator", "adviser", "advisor", "advocate", "agent", "aide",
    "ambassador", "analyst", "anchor", "archbishop", "architect", "assistant", "associate",
    "attendant", "attorney", "author", "banker", "billionaire", "bishop", "boss", "businessman",
    "businesswoman", "candidate", "captain", "cardinal", "cashier", "ceo", "cfo", "chair",
    "chairman", "chairperson", "chairwoman", "champion", "chancellor", "chaplain", "chef", "chief",
    "clerk", "coach",
    "colonel", "columnist", "commander", "commentator", "commissioner", "congressman",
    "congresswoman", "consultant", "coo", "coordinator", "correspondent", "councilman",
    "councilwoman", "counsel", "defender", "delegate", "deputy", "diplomat", "director", "dj",
    "economist",
    "editor",
    "employee", "envoy", "executive", "expert", "fellow", "forward", "founder", "front-runner",
    "frontrunner", "general", "goalkeeper", "governor", "head", "historian", "hopeful", "host",
    "imam", "investigator", "journalist",
    "judge", "justice", "lawmaker", "lawyer", "leader", "legislator", "lieutenant", "manager",
    "mayor", "member", "mep", "midfielder", "minister", "mogul", "mp", "msp", "negotiator",
    "neurosurgeon", "nominee", "nurse",
    "officer", "official", "operative", "organizer", "partner", "pastor", "physician", "pollster",
    "premier", "president", "president-elect", "priest", "principal", "professor", "prosecutor",
    "rabbi",
    "representative", "researcher", "scholar", "scientist", "secretary", "senator", "sergeant",
    "sheriff", "speaker", "spokesman", "spokesperson", "spokeswoman", "staffer", "strategist",
    "striker", "superintendent", "surgeon", "surrogate", "treasurer", "trustee", "tycoon",
    "waitress", "whip", "winger",
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
    "cmdr": "commander", "col": "colonel", "cong": "congressman", "del": "delegate",
    "gen": "general",
    "gov": "governor", "lt": "lieutenant", "maj": "major", "pres": "president",
    "rep": "representative", "reps": "representative", "sec": "secretary", "sen": "senator",
    "sens": "senator", "sgt": "sergeant", "supt": "superintendent",
}
"""Abbreviated titles before a name (matched without the dot) and the role they stand for."""

PLURAL_TITLES = frozenset(sorted(["reps", "sens"]))
"""Abbreviated titles of several people (`Sens. A and B`): each name listed gets the role."""

HONORIFICS = frozenset(sorted(["dr", "miss", "mr", "mrs", "ms", "mx", "prof", "rev", "sir"]))
"""Courtesy titles: part of how a name is written, not a role."""

ROLE_OF_COMPLEMENTS = frozenset(sorted([
    "commerce", "defense", "education", "energy", "health", "homeland", "interior", "justice",
    "labor", "staff", "state", "transportation", "treasury",
]))
"""Words an `of` keeps inside a role (`secretary of state`, `chief of staff`); other `of`
complements (`vice president of public policy`) are left out, as annotators name the head."""

RELATIVE_ROLE_VERBS = {
    "chair": "chair", "co-found": "co-founder", "direct": "director", "establish": "founder",
    "found": "founder", "head": "head", "lead": "leader",
    "manage": "manager", "own": "owner", "run": "head",
}
"""Verbs of a relative clause that give a role (`who heads the group` -> head of it)."""

OFFICE_ROLES = frozenset(sorted([
    "advocate", "ambassador", "chancellor", "congressman", "congresswoman", "councilman",
    "councilwoman", "delegate", "employee", "general", "governor", "king", "lawmaker", "legislator",
    "mayor",
    "minister", "official", "premier", "president", "queen", "representative", "secretary",
    "senator", "sheriff", "spokesman", "spokesperson", "spokeswoman",
]))
"""Roles held for a polity, so a place before them is an affiliation (`French President`, `a
Nassau County employee`: a place's staff work for its government)."""

ADMINISTRATION_ROLES = frozenset(sorted(["president", "president-elect"]))
"""Roles whose holder leads an administration named after them (`President Trump` and `the
Trump administration` in the same article -> Trump administration)."""

GOVERNMENT_TITLES = {"president": "administration", "prime minister": "government"}
"""Titles of a head of government, to what their staff serve (`President Obama` ... `an Obama
spokesman` -> Obama administration; `Prime Minister Tony Reyes` -> Reyes government)."""

CANDIDACY_WORDS = frozenset(sorted([
    "candidacy", "candidate", "candidates", "caucus", "caucuses", "front-runner", "frontrunner",
    "hopeful", "hopefuls", "nominee", "primaries", "primary",
]))
"""Words that show an article is about people running for office, so a named person's staff
(`a Clinton spokesman`) work for a campaign (`nlp/descriptors/findings.py`, `principal`)."""

TEAM_ROLES = frozenset(sorted([
    "boss", "captain", "coach", "defender", "forward", "goalkeeper", "manager", "midfielder",
    "skipper", "striker", "winger",
]))
"""Roles held in a side, whose place or name before them is the team (`Bolton boss`, `Great
Britain captain`, `Liverpool forward`): the club or national side, not a polity or a patron.
Positions count as a player's role (bench/annotations/decisions.md: `prop`, `forward`); the
tagger often takes `forward` for an adverb, so a listed word is the title's whatever its tag."""

LEGISLATOR_ROLES = frozenset(sorted([
    "congressman", "congresswoman", "delegate", "lawmaker", "legislator", "majority leader",
    "minority leader", "mp", "representative", "senator", "speaker", "whip",
]))
"""Roles (or their last words) of a legislator, whose state is a constituency and whose chamber
is part of the title, neither an affiliation (CONVENTIONS.md: `(D-Calif.)`, `Senate Majority
Leader`)."""

STAFF_ROLES = frozenset(sorted([
    "adviser", "advisor", "aide", "chief", "director", "manager", "secretary", "spokesman",
    "spokesperson", "spokeswoman", "staff", "strategist",
]))
"""Roles done for a person, whose name before them is the affiliation (`Clinton spokesman`,
`Mrs. Obama's chief of staff` -> Clinton, Obama)."""

TITLE_MODIFIERS = frozenset(sorted([
    "acting", "ex", "former", "incoming", "independent", "interim", "outgoing", "presumptive",
    "retired", "then",
]))
"""Words that belong to the role even where the tagger put them in a place (`Former Florida`)."""

ORDINAL_TITLES = frozenset(sorted(["first lady", "first minister", "first secretary"]))
"""Titles that open with an ordinal, which stays in the role (`Scotland's first minister`)."""

CREATOR_ROLES = frozenset(sorted(["author", "co-author", "creator", "writer"]))
"""Roles whose `of` object is a work, not an organisation (`author of Unlikeable`)."""

SERVICE_NOUNS = frozenset(sorted([
    "career", "experience", "record", "service", "stint", "tenure", "term", "time", "years",
]))
"""Nouns of time served, whose `as` phrase gives a role the owner held (`her record as secretary
of state`); others are often hypothetical (`his first speech as president`)."""

MEMBER_VERBS = frozenset(sorted(["join", "represent", "serve", "work"]))
"""Verbs of a relative clause whose object is the body the person belongs to (`who joined the
Trump campaign`, `who represents Ohio`)."""

WORK_FOR_VERBS = frozenset(sorted(["cover", "report", "serve", "work", "write"]))
"""Verbs of a relative clause whose preposition's object is that body (`who works for X`, `who
writes for X`), or whose `as` gives the role (`who served as director`)."""

DESCRIBING_VERBS = frozenset(sorted([
    "brand", "cast", "characterize", "cite", "condemn", "criticize", "denounce", "depict",
    "describe", "dismiss", "hail", "label", "laud", "paint", "portray", "praise", "regard", "see",
    "tout", "view",
]))
"""Verbs whose `as` phrase describes their object (`hailed the mayor as a bold reformer`), so it
gives the subject no role."""

SOUGHT_ROLES = frozenset(sorted(["candidate", "challenger", "contender", "hopeful", "nominee"]))
"""Roles of someone seeking an office, whose body before or after (`White House hopeful`, `a
candidate for the Senate`) is the office sought, not a body served; a party still counts."""

VOICE_ROLES = frozenset(sorted(["official", "spokesman", "spokesperson", "spokeswoman"]))
"""Roles that speak for a body, which the sentence before may name as speaking (`The Finance
Ministry said ... a spokeswoman said`: `nlp/descriptors/context.py`)."""

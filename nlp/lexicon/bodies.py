"""Words that name or recall a body: parties, states, organisations (`nlp/descriptors/`)."""
from __future__ import annotations

AFFILIATION_PREPOSITIONS = frozenset(sorted(["at", "for", "from", "of", "to", "with"]))
"""Prepositions after a role or name whose object is the organisation (`a spokesman for X`)."""

PERSON_BODIES = frozenset(sorted(["administration", "campaign", "foundation", "organization"]))
"""Nouns that make a person's name into a body (`the Clinton campaign`)."""

PARTIES = {
    "democrat": ("Democratic Party", None), "democratic": ("Democratic Party", None),
    "democrats": ("Democratic Party", None), "gop": ("Republican Party", "GOP"),
    "green": ("Green Party", None), "libertarian": ("Libertarian Party", None),
    "republican": ("Republican Party", "GOP"), "republicans": ("Republican Party", "GOP"),
    "conservative": ("Conservative Party", "Tories"),
    "conservatives": ("Conservative Party", "Tories"),
    "labour": ("Labour Party", "Labour"), "snp": ("Scottish National Party", "SNP"),
    "tories": ("Conservative Party", "Tories"), "tory": ("Conservative Party", "Tories"),
    "ukip": ("UK Independence Party", "UKIP"),
    "lib dem": ("Liberal Democrats", "Lib Dems"), "lib dems": ("Liberal Democrats", "Lib Dems"),
    "liberal democrat": ("Liberal Democrats", "Lib Dems"),
    "liberal democrats": ("Liberal Democrats", "Lib Dems"),
}
"""Party words (and US party-tag letters via PARTY_LETTERS) to the party's name and short form;
two-word names (`Liberal Democrat`) are read before their words (`Democrat` alone is the US
party)."""

CAPITALISED_PARTY_WORDS = frozenset(sorted(["conservative", "conservatives", "green", "labour"]))
"""Party words that are everyday words in lower case (`a conservative judge`, `green energy`)."""

CHAMBERS = frozenset(sorted([
    "commons", "holyrood", "house", "house of commons", "house of representatives", "senate",
    "u.s. house", "u.s. house of representatives", "u.s. senate", "us senate",
]))
"""A legislature's chambers: for a legislator, or a party's leader in one, part of the title
(`Senate Majority Leader`, `SNP Holyrood leader`)."""

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

UNABBREVIATED_STATES = frozenset(sorted([
    "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah",
]))
"""US states AP style never abbreviates, so US_STATES lacks them (`the Ohio House`)."""

BODY_WORDS = frozenset(sorted([
    "administration", "agency", "assembly", "association", "bank", "bureau", "campaign",
    "caucus", "center", "commission", "committee", "company", "congress", "corporation",
    "council", "court", "department", "foundation", "group", "house", "institute", "ministry",
    "network", "office", "organization", "parliament", "party", "pentagon", "port", "senate",
    "service", "university",
]))
"""Capitalised words that make a title's first words an organisation (`Senate Minority Leader`),
and a place after `of` part of a body's name (`the Port of Tacoma`)."""

COMMON_BODIES = frozenset(sorted([
    "administration", "army", "coalition", "embassy", "government", "military", "militia",
    "ministry", "navy", "police",
]))
"""Lower-case nouns that name a body someone speaks for (`a spokesman for the coalition`)."""

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

ACRONYM_SKIPPED_WORDS = frozenset(sorted(["&", "and", "for", "in", "of", "on", "the", "to"]))
"""Words whose initials an acronym leaves out within one article (`nlp/text/acronyms.py`)."""

FUNCTION_WORDS = frozenset(sorted([
    "&", "a", "an", "and", "at", "for", "in", "of", "on", "the", "to",
]))
"""Words an acronym may skip when the store matches it to a full name across articles
(`profiles/organizations.py`: `NAACP`, National Association for the Advancement of ...); the
engine's own test within an article reads ACRONYM_SKIPPED_WORDS."""

NAME_ENDING_BODIES = frozenset(sorted(["administration", "campaign"]))
"""Lower-case last words kept in an organisation's name (`the Trump campaign`, `the Obama
administration`), where other lower-case words are trimmed off."""

PERSON_NAMED_BODIES = frozenset(sorted(["administration", "campaign", "foundation"]))
"""Last words that make a name with a person in it an organisation (`Clinton Foundation`);
PERSON_BODIES also lets `organization` make a title's person a body."""

TITLE_BODY_NOUNS = frozenset(sorted([
    "agency", "board", "bureau", "commission", "committee", "council", "department", "ministry",
    "subcommittee",
]))
"""Lower-case nouns that end a body named inside a title before its role (`public accounts
committee chairman`, `foreign ministry spokesman`, `city council member`)."""

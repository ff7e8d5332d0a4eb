"""How names are written: titles, suffixes, particles (`nlp/speakers/`, `profiles/identity.py`)."""
from __future__ import annotations

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

POST_NOMINALS = frozenset(sorted([
    "am", "cbe", "kbe", "kc", "mbe", "mep", "mla", "mp", "msp", "obe", "qc",
]))
"""Letters British copy writes after a name, in capitals (`Alan Reid MSP`, `Jane Hutt AM`, `Ann
Lee QC`): a seat or an honour, never part of the name (`nlp/speakers/post_nominals.py`)."""

NAME_PARTICLES = frozenset(sorted([
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "van", "von",
]))
"""Lower-case words that belong inside a name (`Ludwig van Beethoven`, `dos Santos`)."""

MALE_TITLES = frozenset(sorted(["king", "lord", "mr", "prince", "sir"]))

FEMALE_TITLES = frozenset(sorted(["baroness", "dame", "lady", "miss", "mrs", "ms", "princess",
                                  "queen"]))
"""Titles that show a person's gender, so `he`/`she` can skip people of the other one."""

MALE_NOUNS = frozenset(sorted([
    "actor", "boy", "brother", "businessman", "father", "frontman", "grandfather", "husband",
    "man", "son", "spokesman", "sportsman", "uncle", "widower",
]))

FEMALE_NOUNS = frozenset(sorted([
    "actress", "businesswoman", "chairwoman", "congresswoman", "daughter", "girl",
    "grandmother", "mother", "mum", "sister", "spokeswoman", "sportswoman", "widow", "wife",
    "woman",
]))
"""Nouns that show a person's gender when they stand right before the name or in apposition to
it (`actress Jane Doe`, `Jane Doe, the Leeds woman who …`)."""

GROUP_NOUNS = frozenset(sorted([
    "administration", "agency", "campaign", "committee", "company", "department", "firm",
    "government", "group", "network", "newspaper", "organization", "paper", "party",
]))
"""Heads of definite nominals (`the group`) that refer back to an organization."""

PARTY_MEMBERS = frozenset(sorted(["democrat", "independent", "libertarian", "republican"]))
"""Nouns for one member of a party: with `a`/`one` they describe an unnamed person (`a New
Hampshire Democrat`), not a body called that (`nlp/speakers/mentions.py`)."""

BODY_JOINERS = frozenset(sorted(["and", "for", "of", "on"]))
"""Lower-case words inside a body's name (`American Federation of Teachers`)."""

VERSUS = frozenset(sorted(["v", "v.", "vs", "vs."]))
"""`Roe v. Wade` names a case, not a person."""

PERSON_DESCRIPTIONS = frozenset(sorted([
    "athlete", "batsman", "boxer", "briton", "champion", "cyclist", "defender", "englishman",
    "forward", "frenchman", "golfer", "goalkeeper", "irishman", "keeper", "midfielder", "player",
    "rider", "runner", "scot", "singer", "skipper", "sprinter", "star", "striker", "swimmer",
    "veteran", "welshman", "winger", "youngster",
]))
"""Heads of definite descriptions that sports and arts copy uses for the person it has just
named, whatever job the article gave them (`"…," said the Newport-based athlete` after `Welsh
sprinter Cara Bell`): they recall the nearest person when none is known by that word."""

AMBIGUOUS_DESCRIPTIONS = frozenset(sorted(["executive", "president", "speaker"]))
"""Definite descriptions that in political news usually mean the sitting one (`the president`),
whoever was named last, so they recall no one; `the executive` is a government (the Scottish
Executive) as often as a person."""

# The store's name keys (`profiles/identity.py`): the engine's titles plus forms it leaves in.

STORE_TITLES = NAME_TITLES | frozenset(sorted([
    "assemblyman", "assemblywoman", "atty", "chancellor", "chief", "dame", "del", "delegate",
    "hon", "lady", "lord", "minister", "pres", "president-elect", "professor", "representative",
    "reps", "sec", "sens",
]))
"""Words before a name that are not part of it; the engine's list plus forms it leaves in."""

TITLE_PHRASE_WORDS = frozenset(sorted([
    "acting", "assistant", "campaign", "candidate", "chair", "deputy", "democratic", "gop",
    "hopeful", "house", "leader", "majority", "manager", "minority", "nominee", "presidential",
    "press", "republican", "senate", "spokesman", "spokesperson", "spokeswoman", "whip", "white",
]))
"""Words of longer titles (`Minority Leader`, `Republican presidential candidate`), dropped from
the front only while a first name and a surname remain: some are surnames too (`House`)."""

DEPARTMENTS = frozenset(sorted([
    "defense", "education", "energy", "health", "homeland", "justice", "labor", "security",
    "state", "transportation",
]))
"""Departments after `Secretary of` (`Secretary of State Hillary Clinton` is Hillary Clinton).
The engine's `ROLE_OF_COMPLEMENTS` keeps more inside a role (`chief of staff`, `secretary of
the treasury`); the store drops only these from a name."""

ARABIC_ARTICLES = frozenset(sorted(["ad", "al", "an", "as", "ash", "at", "az", "el"]))
"""Articles bound to a surname (`al-Baghdadi`, `Baghdadi`): dropped when hyphen-bound or not
the first word, so that `Al Gore` keeps his first name."""

JOINED_PARTICLES = frozenset(sorted([
    "da", "de", "del", "della", "der", "di", "du", "la", "le", "st", "van", "von",
]))
"""Particles written apart or together (`Bill de Blasio`, `DeBlasio`): glued to the next word."""

LEADING_PARTICLES = frozenset(sorted(["da", "de", "della", "der", "di", "du", "von"]))
"""Particles glued even as a name's first word (`De Blasio`); `Van Jones` and `Del` stay apart
because they are first names too."""

"""Words for one job (`spokesman`, `spokeswoman`, `spokesperson`): a speaker profile counts them
as one role and keeps each word an article used (CONVENTIONS.md, "Profiles across articles").
`job_key` gives a role's job: a profile counts a job's words under it (`chief spokeswoman` and
`chief spokesman` share `chief spokesperson`, `chairman of the board` joins `chair of the
board`), and the engine knows an unnamed `spokesperson` and a named `spokesman` hold one role;
a quote keeps the article's word.
"""
from __future__ import annotations

JOB_VARIANTS = (
    ("actor", "actress"),
    ("adviser", "advisor"),
    ("alderman", "alderwoman", "alderperson"),
    ("anchor", "anchorman", "anchorwoman"),
    ("assemblymember", "assemblyman", "assemblywoman"),
    ("businessperson", "businessman", "businesswoman"),
    ("chair", "chairman", "chairperson", "chairwoman"),
    ("congressperson", "congressman", "congresswoman"),
    ("councilmember", "councilman", "councilor", "councillor", "councilwoman"),
    ("frontrunner", "front-runner"),
    ("ombudsperson", "ombudsman", "ombudswoman"),
    ("spokesperson", "spokesman", "spokeswoman"),
    ("waiter", "waitress"),
)
"""Each group's words for one job, the neutral word first: the job's key in a profile.
Only words that differ by gender or spelling, never by rank (`chair` and `vice chair` stay two
jobs) or by body (`congressman` and `senator` stay two)."""


_JOB_WORDS = {variant: group[0] for group in JOB_VARIANTS for variant in group}


def job_key(role: str) -> str:
    """The key every word for the role's job shares (lower case, words as the role has them)."""
    return " ".join(_JOB_WORDS.get(word, word) for word in role.lower().split())

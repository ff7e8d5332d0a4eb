"""Words for one job (`spokesman`, `spokeswoman`, `spokesperson`): a speaker profile counts them
as one role and keeps each word an article used (CONVENTIONS.md, "Profiles across articles").
Read by `profiles/roles.py`; no engine component reads them, as a quote keeps the article's word.
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

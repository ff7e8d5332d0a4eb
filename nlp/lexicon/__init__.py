"""Every word list the engine reads, in one place: the data modules of this folder, and the
`Lexicon` a component reads them through, so a pipeline can replace any list in its config.

    nlp.add_pipe("qa_attribution", config={"lexicon": {"speech_verbs": ["say", "tell"]}})

replaces that list for that component (the three components take the same `lexicon` setting;
each reads the lists of its stages, see `nlp/README.md`). Names are the data modules' constants
in lower case; a list is given whole, as a list (a mapping as an object). While a component
runs, `active()` is its lexicon, and the rules read their lists from it; outside one (tests of
a single rule, `profiles/`) it is `DEFAULT`. The store's own name-key lists (`names.py`, second
half) are read by `profiles/` directly: no component reads them.

Lists are sorted and lower-case (lemmas where a verb); add words with a reason, not by the bulk.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property
from typing import Any

from nlp.lexicon import bodies, cues, labels, marks, names, roles, speech


class Lexicon:
    """The word lists of one component: the defaults of the data modules, some replaced."""

    # marks.py
    opening_double_marks: frozenset[str] = marks.OPENING_DOUBLE_MARKS
    closing_double_marks: frozenset[str] = marks.CLOSING_DOUBLE_MARKS
    single_marks: Mapping[str, str] = marks.SINGLE_MARKS
    opening_punctuation: frozenset[str] = marks.OPENING_PUNCTUATION
    closing_punctuation: frozenset[str] = marks.CLOSING_PUNCTUATION
    elisions: frozenset[str] = marks.ELISIONS
    dashes: tuple[str, ...] = marks.DASHES
    list_bullets: str = marks.LIST_BULLETS
    question_labels: frozenset[str] = marks.QUESTION_LABELS
    answer_labels: frozenset[str] = marks.ANSWER_LABELS
    # speech.py
    quoting_verbs: frozenset[str] = speech.QUOTING_VERBS
    speech_nouns: frozenset[str] = speech.SPEECH_NOUNS
    title_context_words: frozenset[str] = speech.TITLE_CONTEXT_WORDS
    inscribed_nouns: frozenset[str] = speech.INSCRIBED_NOUNS
    title_small_words: frozenset[str] = speech.TITLE_SMALL_WORDS
    wording_nouns: frozenset[str] = speech.WORDING_NOUNS
    channel_phrases: frozenset[str] = speech.CHANNEL_PHRASES
    # cues.py
    speech_verbs: frozenset[str] = cues.SPEECH_VERBS
    phrasal_speech_verbs: Mapping[str, str] = cues.PHRASAL_SPEECH_VERBS
    weak_speech_verbs: frozenset[str] = cues.WEAK_SPEECH_VERBS
    finding_verbs: frozenset[str] = cues.FINDING_VERBS
    listener_verbs: frozenset[str] = cues.LISTENER_VERBS
    personal_pronouns: frozenset[str] = cues.PERSONAL_PRONOUNS
    possessive_pronouns: Mapping[str, str] = cues.POSSESSIVE_PRONOUNS
    source_nouns: frozenset[str] = cues.SOURCE_NOUNS
    body_source_nouns: frozenset[str] = cues.BODY_SOURCE_NOUNS
    anonymous_source_nouns: frozenset[str] = cues.ANONYMOUS_SOURCE_NOUNS
    relative_pronouns: frozenset[str] = cues.RELATIVE_PRONOUNS
    medium_nouns: frozenset[str] = cues.MEDIUM_NOUNS
    naming_verbs: frozenset[str] = cues.NAMING_VERBS
    clause_openers: frozenset[str] = cues.CLAUSE_OPENERS
    irregular_speech_forms: frozenset[str] = cues.IRREGULAR_SPEECH_FORMS
    cataphoric_openers: frozenset[str] = cues.CATAPHORIC_OPENERS
    cataphoric_nouns: frozenset[str] = cues.CATAPHORIC_NOUNS
    quoted_as_verbs: frozenset[str] = cues.QUOTED_AS_VERBS
    question_verbs: frozenset[str] = cues.QUESTION_VERBS
    # names.py
    name_titles: frozenset[str] = names.NAME_TITLES
    name_suffixes: frozenset[str] = names.NAME_SUFFIXES
    post_nominals: frozenset[str] = names.POST_NOMINALS
    name_particles: frozenset[str] = names.NAME_PARTICLES
    male_titles: frozenset[str] = names.MALE_TITLES
    female_titles: frozenset[str] = names.FEMALE_TITLES
    male_nouns: frozenset[str] = names.MALE_NOUNS
    female_nouns: frozenset[str] = names.FEMALE_NOUNS
    group_nouns: frozenset[str] = names.GROUP_NOUNS
    party_members: frozenset[str] = names.PARTY_MEMBERS
    body_joiners: frozenset[str] = names.BODY_JOINERS
    versus: frozenset[str] = names.VERSUS
    ambiguous_descriptions: frozenset[str] = names.AMBIGUOUS_DESCRIPTIONS
    person_descriptions: frozenset[str] = names.PERSON_DESCRIPTIONS
    # labels.py
    name_labels: frozenset[str] = labels.NAME_LABELS
    numeric_labels: frozenset[str] = labels.NUMERIC_LABELS
    place_labels: frozenset[str] = labels.PLACE_LABELS
    organization_labels: frozenset[str] = labels.ORGANIZATION_LABELS
    descriptor_deps: frozenset[str] = labels.DESCRIPTOR_DEPS
    actor_labels: frozenset[str] = labels.ACTOR_LABELS
    # roles.py
    role_nouns: frozenset[str] = roles.ROLE_NOUNS
    role_suffixes: tuple[str, ...] = roles.ROLE_SUFFIXES
    not_roles: frozenset[str] = roles.NOT_ROLES
    title_roles: Mapping[str, str] = roles.TITLE_ROLES
    honorifics: frozenset[str] = roles.HONORIFICS
    plural_titles: frozenset[str] = roles.PLURAL_TITLES
    role_of_complements: frozenset[str] = roles.ROLE_OF_COMPLEMENTS
    relative_role_verbs: Mapping[str, str] = roles.RELATIVE_ROLE_VERBS
    office_roles: frozenset[str] = roles.OFFICE_ROLES
    staff_roles: frozenset[str] = roles.STAFF_ROLES
    team_roles: frozenset[str] = roles.TEAM_ROLES
    administration_roles: frozenset[str] = roles.ADMINISTRATION_ROLES
    government_titles: Mapping[str, str] = roles.GOVERNMENT_TITLES
    candidacy_words: frozenset[str] = roles.CANDIDACY_WORDS
    legislator_roles: frozenset[str] = roles.LEGISLATOR_ROLES
    title_modifiers: frozenset[str] = roles.TITLE_MODIFIERS
    ordinal_titles: frozenset[str] = roles.ORDINAL_TITLES
    creator_roles: frozenset[str] = roles.CREATOR_ROLES
    service_nouns: frozenset[str] = roles.SERVICE_NOUNS
    member_verbs: frozenset[str] = roles.MEMBER_VERBS
    work_for_verbs: frozenset[str] = roles.WORK_FOR_VERBS
    describing_verbs: frozenset[str] = roles.DESCRIBING_VERBS
    sought_roles: frozenset[str] = roles.SOUGHT_ROLES
    voice_roles: frozenset[str] = roles.VOICE_ROLES
    # bodies.py
    affiliation_prepositions: frozenset[str] = bodies.AFFILIATION_PREPOSITIONS
    person_bodies: frozenset[str] = bodies.PERSON_BODIES
    parties: Mapping[str, tuple[str, str | None]] = bodies.PARTIES
    party_letters: Mapping[str, str] = bodies.PARTY_LETTERS
    capitalised_party_words: frozenset[str] = bodies.CAPITALISED_PARTY_WORDS
    chambers: frozenset[str] = bodies.CHAMBERS
    org_modifier_suffixes: tuple[str, ...] = bodies.ORG_MODIFIER_SUFFIXES
    demonyms: Mapping[str, str] = bodies.DEMONYMS
    us_states: Mapping[str, str] = bodies.US_STATES
    unabbreviated_states: frozenset[str] = bodies.UNABBREVIATED_STATES
    body_words: frozenset[str] = bodies.BODY_WORDS
    common_bodies: frozenset[str] = bodies.COMMON_BODIES
    title_body_nouns: frozenset[str] = bodies.TITLE_BODY_NOUNS
    generic_body_words: frozenset[str] = bodies.GENERIC_BODY_WORDS
    recalled_bodies: frozenset[str] = bodies.RECALLED_BODIES
    acronym_skipped_words: frozenset[str] = bodies.ACRONYM_SKIPPED_WORDS
    name_ending_bodies: frozenset[str] = bodies.NAME_ENDING_BODIES
    person_named_bodies: frozenset[str] = bodies.PERSON_NAMED_BODIES

    def __init__(self, overrides: Mapping[str, Any] | None = None) -> None:
        """`overrides`: list name -> the list that replaces the default (JSON-like values)."""
        self.overrides = dict(overrides or {})
        unknown = sorted(set(self.overrides) - set(_FIELDS))
        if unknown:
            raise ValueError(f"unknown word lists {unknown}; known: {', '.join(_FIELDS)}")
        for name, value in self.overrides.items():
            setattr(self, name, _coerce(getattr(Lexicon, name), value))

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Words that name a role, in full or abbreviated: never part of a person's name."""
        return self.role_nouns | frozenset(self.title_roles)

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Verbs (lemmas) that frame quoted words as someone's when judging speech."""
        return self.speech_verbs | self.weak_speech_verbs | self.quoting_verbs

    @cached_property
    def titles_and_roles(self) -> frozenset[str]:
        """Words that are no part of a name they stand before (`Senator`, `Spokesman`)."""
        return self.name_titles | self.role_nouns

    @cached_property
    def numeric_or_place_labels(self) -> frozenset[str]:
        """Labels of words that never introduce or author a quote (`… on Tuesday:`, `a Texas
        letter`)."""
        return self.numeric_labels | self.place_labels

    @cached_property
    def party_names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.parties.values())

    @cached_property
    def us_state_names(self) -> frozenset[str]:
        """`Virginia` or `Georgia` before a word are places, though census lists know them as
        names."""
        return frozenset(name.lower() for name in self.us_states.values())


_FIELDS = tuple(Lexicon.__annotations__)


def _coerce(default: Any, value: Any) -> Any:
    """A config value in the type of the default it replaces (lists become frozensets or
    tuples, a party's `[name, short]` a tuple)."""
    if isinstance(default, frozenset):
        return frozenset(value)
    if isinstance(default, tuple):
        return tuple(value)
    if isinstance(default, Mapping):
        return {k: tuple(v) if isinstance(v, list) else v for k, v in dict(value).items()}
    return type(default)(value)


DEFAULT = Lexicon()
"""The data modules' lists as they are."""

_ACTIVE: ContextVar[Lexicon] = ContextVar("qa_lexicon", default=DEFAULT)

active = _ACTIVE.get
"""The lexicon of the component running (`DEFAULT` outside one); a context variable, so threads
and worker processes each see their own."""


@contextmanager
def using(lexicon: Lexicon) -> Iterator[None]:
    """Make `lexicon` the active one while a component runs."""
    token = _ACTIVE.set(lexicon)
    try:
        yield
    finally:
        _ACTIVE.reset(token)

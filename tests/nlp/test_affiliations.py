"""Organisation names as affiliations: cleaning, acronyms, parties, places (issue #4)."""
import pytest

from nlp.descriptors.affiliations import Organizations, party, state
from nlp.text.acronyms import initials, is_acronym


def test_acronym_pair_in_brackets_expands_both_ways(pipeline):
    doc = pipeline('The Syrian Democratic Forces (SDF) took the town on Monday.')
    orgs = Organizations(doc)
    assert orgs.resolve("SDF") == ("Syrian Democratic Forces", "SDF")
    assert orgs.resolve("Syrian Democratic Forces") == ("Syrian Democratic Forces", "SDF")


def test_acronym_expands_by_initials_of_an_organisation_named_in_the_article(pipeline):
    doc = pipeline('The American Civil Liberties Union filed suit. The ACLU said it would win.')
    assert Organizations(doc).resolve("ACLU") == ("American Civil Liberties Union", "ACLU")


def test_unknown_acronym_stays_as_written(pipeline):
    doc = pipeline('The ruling surprised lawyers in Washington.')
    assert Organizations(doc).resolve("NRA") == ("NRA", None)


def test_descriptive_modifiers_and_article_are_dropped(pipeline):
    text = 'Fighters of the Kurdish-led Syrian Democratic Forces advanced.'
    doc = pipeline(text)
    start = text.index("the Kurdish")
    span = doc.char_span(start, len(text) - len(" advanced."))
    assert Organizations(doc).affiliation(span) == ("Syrian Democratic Forces", None)


def test_a_person_tagged_as_organisation_is_no_affiliation(pipeline):
    text = 'Donald Trump spoke. Jeff Sessions, an adviser to Trump, listened.'
    doc = pipeline(text)
    start = text.index("Trump,")
    assert Organizations(doc).affiliation(doc.char_span(start, start + 5)) is None


@pytest.mark.parametrize("word, expected", [
    ("Republican", ("Republican Party", "GOP")),
    ("GOP", ("Republican Party", "GOP")),
    ("Democrats", ("Democratic Party", None)),
    ("Catholic", None),
])
def test_party_words_name_the_party(word, expected):
    assert party(word) == expected


@pytest.mark.parametrize("abbreviation, expected", [
    ("Nev.", "Nevada"), ("N.Y", "New York"), ("W-Va.", "West Virginia"), ("Texas", "Texas"),
    ("Paris", None),
])
def test_state_abbreviations_are_spelt_out(abbreviation, expected):
    assert state(abbreviation) == expected


def test_nationality_before_a_title_is_the_country(pipeline):
    doc = pipeline('French President Francois Hollande spoke.')
    assert Organizations(doc).affiliation(doc[0:1]) == ("France", None)


def test_acronym_helpers():
    assert is_acronym("U.N.") and is_acronym("ACLU") and not is_acronym("Senate")
    assert initials("Center for Strategic and International Studies") == "CSIS"


def test_the_party_recalls_the_last_party_named_and_the_group_the_last_organisation(pipeline):
    text = ('The Sierra Club sued on Monday. Democrats backed the group, and the party said so.')
    doc = pipeline(text)
    orgs = Organizations(doc)
    group = doc[[t.text for t in doc].index("group")]
    the_party = doc[[t.text for t in doc].index("party")]
    assert orgs.recalled(group) == ("Sierra Club", None)
    assert orgs.recalled(the_party) == ("Democratic Party", None)


def test_the_group_recalls_nothing_named_three_sentences_back(pipeline):
    doc = pipeline('The Sierra Club sued. It rained. It snowed. It cleared. Then the group left.')
    group = doc[[t.text for t in doc].index("group")]
    assert Organizations(doc).recalled(group) is None


def test_the_committee_recalls_an_organisation_named_as_a_committee(pipeline):
    doc = pipeline('The Senate Finance Committee met the Treasury on Monday, and the committee '
                   'asked for a delay.')
    committee = [t for t in doc if t.text == "committee"][0]
    assert Organizations(doc).recalled(committee)[0] == "Senate Finance Committee"


def test_the_group_skips_the_complement_of_a_title(pipeline):
    doc = pipeline('The Cato Institute praised her years as secretary of State, and the group '
                   'said so.')
    group = [t for t in doc if t.text == "group"][0]
    assert Organizations(doc).recalled(group)[0] == "Cato Institute"

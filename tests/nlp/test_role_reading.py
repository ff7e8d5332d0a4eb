"""Roles read from every mention of the speaker (issue 12, CONVENTIONS.md "Role"): apposition,
pre-modifier, `of`/`for`/`at`/`with` phrases, possessives with long modifiers, relative
clauses, descriptor-first appositions, a nominal in the sentence before, plural and abbreviated
honorifics, and the head phrase kept with the complement that belongs to the title."""
import pytest

from tests.nlp.answers import affiliation_of, fails_today, name_of, role_of, speaker_with


@pytest.mark.parametrize("text, words, role", [
    ('"The port is full," said Ana Ruiz, a spokeswoman for the Port of Tacoma.',
     "port is full", "spokeswoman"),
    ('"Rates will rise," said Lena Fischer, chief economist for Northgate Bank.',
     "Rates will rise", "chief economist"),
    ('"Turnout will decide it," said Tomas Varga, a pollster at Civic Research.',
     "Turnout", "pollster"),
    ('"The bridge is safe," said Paul Berg, a senior engineer with the Highway Agency.',
     "bridge is safe", "senior engineer"),
], ids=["for", "for, no article", "at", "with"])
def test_apposition_with_a_prepositional_phrase_gives_the_head_role(pipeline, text, words, role):
    assert role_of(pipeline, text, words) == role


@pytest.mark.parametrize("text, words, role", [
    ('"Turnout will decide it," said pollster Tomas Varga.', "Turnout", "pollster"),
    ('"The roads are safe," said White House press secretary Dan Price.', "roads are safe",
     "press secretary"),
    ('"It will rain," the forecaster Dana Cole warned.', "It will rain", "forecaster"),
], ids=["bare", "organisation before the title", "the before the title"])
def test_premodifier_title_gives_the_role(pipeline, text, words, role):
    assert role_of(pipeline, text, words) == role


@fails_today(12, "an organisation's name before a title is taken for the speaker's name")
def test_premodifier_after_an_of_name_gives_speaker_and_role(pipeline):
    text = '"The port is full," said Port of Tacoma spokeswoman Ana Ruiz.'
    assert name_of(pipeline, text, "port is full") == "Ana Ruiz"
    assert role_of(pipeline, text, "port is full") == "spokeswoman"


def test_possessive_with_long_modifiers_gives_the_title(pipeline):
    text = ('"We need more beds," said Wendy Hale, the Red Cross\'s Oregon and Washington '
            'regional director.')
    assert role_of(pipeline, text, "more beds") == "regional director"


@fails_today(12, "a possessive with long modifiers before the name is taken for the speaker")
def test_possessive_with_long_modifiers_before_the_name_gives_the_title(pipeline):
    text = ('"We need more beds," said the Red Cross\'s Oregon and Washington regional '
            'director, Wendy Hale.')
    assert name_of(pipeline, text, "more beds") == "Wendy Hale"
    assert role_of(pipeline, text, "more beds") == "regional director"


def test_relative_clause_who_heads_gives_head(pipeline):
    text = '"The count is accurate," said Tom Reyes, who heads the county elections office.'
    assert role_of(pipeline, text, "count is accurate") == "head"


@pytest.mark.parametrize("text, words, role", [
    ('A spokeswoman for the port, Ana Ruiz, said the docks were "full to the brim."',
     "full to the brim", "spokeswoman"),
    ('The chief executive of Northgate Bank, Dan Price, said profits were '
     '"better than expected."', "better than expected", "chief executive"),
], ids=["for-phrase", "of-phrase"])
def test_descriptor_before_the_name_gives_the_role(pipeline, text, words, role):
    assert role_of(pipeline, text, words) == role


@pytest.mark.parametrize("text, words, role", [
    ('Another spokesman for the union warned that the strike could spread. '
     '"We are ready to walk out," said Sam Cole.', "walk out", "spokesman"),
    ('A senior engineer at the plant described the damage. "The roof is gone," said '
     'Carla Mendes.', "roof is gone", "senior engineer"),
], ids=["another spokesman", "a senior engineer"])
def test_nominal_in_the_previous_sentence_gives_the_role(pipeline, text, words, role):
    assert role_of(pipeline, text, words) == role


def test_predicate_nominal_after_the_quote_gives_the_role(pipeline):
    text = ('"There is no plan for new taxes," said Ana Ruiz. '
            'Ruiz is a spokeswoman for the Finance Ministry.')
    assert role_of(pipeline, text, "no plan") == "spokeswoman"


def test_a_surname_two_people_share_gives_neither_the_others_role(pipeline):
    """The surname alone is read as the speaker's only when no one else bears it."""
    text = ('"There is no plan for new taxes," said Ana Ruiz. Her brother Tom Ruiz runs a bakery. '
            'Ruiz is a spokesman for the Bakers Guild.')
    assert role_of(pipeline, text, "no plan") is None


@pytest.mark.parametrize("surname", ["Adler", "Reyes"])
def test_plural_honorific_gives_each_name_the_role(pipeline, surname):
    text = ('Sens. Ruth Adler and Tom Reyes wrote to the agency. '
            f'"The rules are unclear," {surname} said.')
    assert role_of(pipeline, text, "rules are unclear") == "senator"


@pytest.mark.parametrize("honorific, role", [
    ("Del.", "delegate"),
    ("Gov.", "governor"),
    ("Rep.", "representative"),
    ("Sen.", "senator"),
])
def test_abbreviated_honorific_is_expanded_to_the_role(pipeline, honorific, role):
    text = f'"The rules are unclear," said {honorific} Ruth Adler.'
    assert role_of(pipeline, text, "rules are unclear") == role


@pytest.mark.parametrize("text, words, role", [
    ('"The story stands," said Mina Park, editor in chief of the Harbor Times.',
     "story stands", "editor in chief"),
    ('"The story stands," said Mina Park, the Harbor Times\'s editor in chief.',
     "story stands", "editor in chief"),
    ('"Rates will rise," said Lena Fischer, director of communications at Northgate Bank.',
     "Rates will rise", "director of communications"),
    pytest.param('"The count is accurate," said Tom Reyes, director of the census bureau.',
                 "count is accurate", "director of the census bureau",
                 marks=fails_today(12, "a body after `of the` is read as the affiliation, not "
                                   "as part of the title")),
], ids=["editor in chief of", "possessive editor in chief", "director of communications",
        "director of the census bureau"])
def test_title_keeps_its_complement(pipeline, text, words, role):
    assert role_of(pipeline, text, words) == role


@fails_today(12, "`Secretary of Transportation` before a name is taken for the name")
def test_title_with_an_of_complement_before_the_name_is_the_role(pipeline):
    text = '"Trains will run," said Secretary of Transportation Dan Price.'
    assert name_of(pipeline, text, "Trains will run") == "Dan Price"
    assert role_of(pipeline, text, "Trains will run") == "secretary of transportation"


def test_head_of_an_organisation_is_head(pipeline):
    text = '"The roof is gone," said Carla Mendes, head of the city\'s transit authority.'
    assert role_of(pipeline, text, "roof is gone") == "head"


def test_vice_president_of_a_department_keeps_the_title_head(pipeline):
    text = ('"The plan works," said Lena Fischer, vice president of research at Northgate '
            'Bank.')
    assert role_of(pipeline, text, "plan works") in {"vice president of research",
                                                     "vice president"}


def test_chamber_stays_in_a_leadership_title(pipeline):
    text = '"We will win," said Senate Majority Leader Ruth Adler.'
    assert role_of(pipeline, text, "We will win") == "senate majority leader"


@pytest.mark.parametrize("text, words, roles", [
    ('"The count is accurate," said Tom Reyes, the former mayor of Springfield.',
     "count is accurate", {"former mayor"}),
    ('"The count is accurate," said former census director Tom Reyes.', "count is accurate",
     {"former census director", "former director"}),
    ('"The deal is a mistake," said Paul Berg, a former Acme Corp chairman.',
     "deal is a mistake", {"former chairman"}),
], ids=["former mayor of", "former census director", "former Acme Corp chairman"])
def test_past_role_keeps_former(pipeline, text, words, roles):
    assert role_of(pipeline, text, words) in roles


def test_courtesy_title_after_the_role_leaves_the_role(pipeline):
    text = 'Audit Office chief Sir Tom Reyes said the scheme was "being looked at".'
    assert role_of(pipeline, text, "being looked at") == "chief"


def test_owned_role_in_the_sentence_before_introduces_the_name_opening_the_next(pipeline):
    text = ("Wales's first minister has told pupils to work hard. Rhodri Morgan was speaking "
            'at a school. "Work is good," he said.')
    assert role_of(pipeline, text, "Work is good") == "first minister"


def test_owned_role_in_a_lede_joined_to_its_headline_introduces_the_full_name(pipeline):
    text = ("Morgan in school row\n\nWales's first minister has told pupils to work hard.\n\n"
            'Rhodri Morgan was speaking at a school in Cardiff. "Work is good," he said.')
    assert role_of(pipeline, text, "Work is good") == "first minister"
    assert affiliation_of(pipeline, text, "Work is good") == ("Wales", None)
    evidence = speaker_with(pipeline, text, "Work is good").affiliation_evidence
    assert evidence.text == "Wales"


def test_owned_role_in_the_sentence_before_is_not_a_name_further_on(pipeline):
    text = ("Wales's first minister has told pupils to work hard. At the school, pupil Rhodri "
            'Morgan listened. "Work is good," Morgan said.')
    assert role_of(pipeline, text, "Work is good") != "minister"


def test_relative_clause_who_established_a_body_gives_founder(pipeline):
    text = '"We are back," said Tom Reyes, who established Acme Records.'
    assert role_of(pipeline, text, "We are back") == "founder"


def test_dj_is_a_role_not_a_body(pipeline):
    text = '"We are on air," said Lisa Park, a DJ.'
    assert role_of(pipeline, text, "on air") == "dj"


def test_capitalised_title_a_name_is_apposed_to_gives_the_role(pipeline):
    text = ('The Anglican Bishop of Leeds, the Right Reverend Tom Reyes, told the BBC that '
            '"faith matters".')
    assert role_of(pipeline, text, "faith matters") == "bishop"

"""Bodies and roles the engine missed on BBC and seed articles (issue 12): a firm the tagger once
called a person, a role's owner taken for a place, a side before a team role, two-word party
names, a party leader's chamber, a body named by a common noun, and the plural roles of unnamed
groups and of name lists."""
import pytest

from tests.nlp.answers import affiliation_of, role_of, tied_to

LIB_DEMS = ("Liberal Democrats", "Lib Dems")


def test_firm_the_tagger_once_calls_a_person_is_still_the_employer(pipeline):
    text = ('Dana Reyes, security expert at Tarvox, said attacks were rising. He said Tarvox also '
            'ran its own checks. "We see them every week," said Ms Reyes.')
    assert tied_to(pipeline, text, "every week", "Tarvox")


def test_person_named_alone_is_still_no_affiliation(pipeline):
    text = ('"The deal is done," said Ana Ruiz, an adviser to Clarke. Clarke agreed. '
            'Clarke said it was over.')
    assert affiliation_of(pipeline, text, "deal is done") == (None, None)


def test_owner_of_a_role_tagged_as_a_place_is_the_employer(pipeline):
    text = '"Customers want it now," said Rob Quint, Gamestation\'s UK sales director.'
    assert tied_to(pipeline, text, "Customers want", "Gamestation")


def test_owner_of_the_party_a_leader_heads_is_not_the_leaders_body(pipeline):
    text = ('"We will win," said Mara Dupont, leader of France\'s far-right Front National '
            'party.')
    assert not tied_to(pipeline, text, "We will win", "France")


@pytest.mark.parametrize("text, side", [
    ('"We were poor," said Leeds boss Kevin Blackwell.', "Leeds"),
    ('Great Britain captain Jeremy Bates paid tribute. "We were poor," said Bates.',
     "Great Britain"),
], ids=["club", "national side"])
def test_side_before_a_team_role_is_the_affiliation(pipeline, text, side):
    assert tied_to(pipeline, text, "We were poor", side)


@pytest.mark.parametrize("text", [
    '"I do not know," said Liberal Democrat leader Charles Kennedy.',
    'Mr Blair and Liberal Democrat leader Charles Kennedy spoke. "I do not know," Mr Kennedy '
    'said.',
], ids=["opening the sentence", "inside it"])
def test_two_word_party_name_is_not_the_us_party(pipeline, text):
    assert tied_to(pipeline, text, "do not know", *LIB_DEMS)


def test_party_leaders_chamber_is_not_the_affiliation(pipeline):
    text = 'SNP Holyrood leader Nicola Sturgeon said: "This is an incredible gaffe."'
    assert affiliation_of(pipeline, text, "incredible gaffe") == (
        "Scottish National Party", "SNP")


def test_county_party_keeps_its_name(pipeline):
    text = '"We knocked on doors," said Jo Lee, chairwoman of the Hillsborough County GOP.'
    assert not tied_to(pipeline, text, "knocked on doors", "Republican Party")


def test_body_named_by_a_common_noun_is_kept_with_its_modifier(pipeline):
    text = ('Jiaker Amed, a spokesman for the Kurdish militia, told reporters it was "a victory '
            'for all".')
    assert tied_to(pipeline, text, "a victory", "Kurdish militia")


@pytest.mark.parametrize("text, words, role", [
    ('Even once it is made, US defense officials caution that the group has "tens of '
     'thousands" of fighters.', "tens of", "defense official"),
    ('Prosecutors said: "He has been ripping people off."', "ripping", "prosecutor"),
], ids=["with a place", "alone"])
def test_unnamed_groups_plural_is_its_role_in_the_singular(pipeline, text, words, role):
    assert role_of(pipeline, text, words) == role


def test_unnamed_groups_place_before_an_office_is_its_affiliation(pipeline):
    text = ('Even once it is made, US defense officials caution that the group has "tens of '
            'thousands" of fighters.')
    assert tied_to(pipeline, text, "tens of", "US", "United States")


def test_plural_title_before_a_list_of_names_is_each_ones_role(pipeline):
    text = ('"Tritium would enable new designs," nuclear experts Dan Alder and Sara Kell of the '
            'Institute for Science wrote.')
    assert role_of(pipeline, text, "Tritium") == "nuclear expert"


@pytest.mark.parametrize("text, administration, his", [
    ('President Dan Alder said the war would end "by tonight". Analysts said the Alder '
     'administration had been more aggressive.', "Alder administration", True),
    ('Senator Dan Alder said the war would end "by tonight". Analysts said the Obama '
     'administration had been less aggressive.', "Obama administration", False),
], ids=["a president's administration named in the article is his affiliation",
        "the administration of someone else is no affiliation"])
def test_an_administration_is_the_affiliation_of_the_president_it_names(pipeline, text,
                                                                         administration, his):
    assert tied_to(pipeline, text, "by tonight", administration) is his


def test_role_after_a_place_the_parser_joined_to_the_name_is_read(pipeline):
    text = ('"We do not know how many are left," Wendy Hale, the Red Cross\'s Iraq and '
            'northeast Syria country director, said in a statement.')
    assert role_of(pipeline, text, "how many") == "country director"
    assert tied_to(pipeline, text, "how many", "Red Cross")


@pytest.mark.parametrize("text, body", [
    ('"The design is risky," nuclear experts Dan Price and Ana Ruiz of the Institute for '
     'Safe Energy wrote in May.', "Institute for Safe Energy"),
    ('"The design is risky," said Dan Price of Northgate Bank and Ana Ruiz of the '
     'Institute for Safe Energy.', "Northgate Bank"),
], ids=["a body after the last name listed is every name's",
        "the body of a name listed after one with its own stays its own"])
def test_a_listed_name_is_tied_to_the_body_named_after_it(pipeline, text, body):
    assert tied_to(pipeline, text, "design is risky", body)

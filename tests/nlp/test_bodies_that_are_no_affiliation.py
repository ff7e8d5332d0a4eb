"""Bodies a descriptor names that the speaker does not serve (issue 12, CONVENTIONS.md
"Affiliation"): the office a candidate seeks, the city a spokesman works in, the chamber a
Speaker presides over, a company's staff (no campaign's), and a body read from a
definite description that the article may have linked to the wrong person."""
import pytest

from tests.nlp.answers import affiliation_of, every_affiliation_of, role_of, tied_to


@pytest.mark.parametrize("text", [
    '"We will win," said Dan Price, a White House hopeful.',
    '"We will win," said Dan Price, a candidate for the Senate.',
], ids=["hopeful", "candidate for"])
def test_office_a_candidate_seeks_is_no_affiliation(pipeline, text):
    assert affiliation_of(pipeline, text, "will win") == (None, None)


def test_party_of_a_candidate_still_counts(pipeline):
    text = '"We will win," said Dan Price, a Republican White House hopeful.'
    assert tied_to(pipeline, text, "will win", "Republican Party")


def test_city_a_spokesman_works_in_is_no_affiliation(pipeline):
    text = '"The road is open," said Ali Hassan, a spokesman in Baghdad.'
    assert role_of(pipeline, text, "road is open") == "spokesman"
    assert affiliation_of(pipeline, text, "road is open") == (None, None)


def test_chamber_of_a_speaker_is_no_affiliation(pipeline):
    text = '"The bill is dead," said state House Speaker Dan Price.'
    assert "house" not in every_affiliation_of(pipeline, text, "bill is dead")


def test_staff_of_a_name_the_article_tags_as_a_company_work_for_the_company(pipeline):
    text = ('Acme Corp reported a loss on Monday, its third this year. "The deal is bad," said '
            "Dan Price, Acme Corp's former director.")
    assert tied_to(pipeline, text, "deal is bad", "Acme Corp")
    assert not tied_to(pipeline, text, "deal is bad", "Acme Corp campaign")


def test_party_of_a_definite_description_no_other_mention_agrees_with_is_dropped(pipeline):
    text = ('Jane Miller, a former governor, spoke first. "We will win," Miller said.\n\n'
            'The Republican nominee toured the plant on Monday.')
    assert role_of(pipeline, text, "will win") == "former governor"
    assert affiliation_of(pipeline, text, "will win") == (None, None)


def test_party_tag_with_a_state_spelt_like_a_title_is_no_role(pipeline):
    text = '"We must act," said Tom Carper, D-Del., on Monday.'
    assert role_of(pipeline, text, "must act") is None
    assert tied_to(pipeline, text, "must act", "Democratic Party")


def test_singular_title_before_listed_names_is_only_the_first_ones(pipeline):
    text = ('Sen. Ruth Adler and Tom Reyes wrote to the agency. '
            '"The rules are unclear," Reyes said.')
    assert role_of(pipeline, text, "rules are unclear") is None


def test_state_chamber_of_a_legislator_is_no_affiliation(pipeline):
    text = ('"We will win," said Dan Price, a state legislator and speaker of the Ohio House '
            'of Representatives.')
    assert "ohio house of representatives" not in every_affiliation_of(pipeline, text, "will win")


def test_white_house_of_a_legislator_turned_aide_is_no_chamber(pipeline):
    text = '"We will win," said Dan Price, a former senator and White House press secretary.'
    assert "white house" in every_affiliation_of(pipeline, text, "will win")

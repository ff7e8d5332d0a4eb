"""What the staff of a named person work for (issue 12, CONVENTIONS.md "Affiliation": `a
Clinton spokesman` -> Clinton campaign; the government a head of government leads): the
article's title for the person decides, then whether it speaks of candidates; a campaign the
article names for something else makes nobody a candidate."""
import pytest

from tests.nlp.answers import affiliation_of, tied_to


@pytest.mark.parametrize("text, words, body", [
    ('President Paul Berg visited the base. "The case is closed," said Tom Reyes, a Berg '
     'spokesman.', "case is closed", "Berg administration"),
    ('Prime Minister Paul Berg spoke on Monday. Mr Berg\'s spokesman said: "The church has a '
     'position on this."', "position", "Berg government"),
], ids=["president", "prime minister"])
def test_staff_of_a_head_of_government_serve_the_government(pipeline, text, words, body):
    assert tied_to(pipeline, text, words, body)


@pytest.mark.parametrize("text", [
    'Former President Paul Berg is a candidate again. "The case is closed," said Tom Reyes, a '
    'Berg spokesman.',
    'Paul Berg met the other candidates in Iowa. "The case is closed," said Tom Reyes, a Berg '
    'spokesman.',
], ids=["a former president running again", "a candidate"])
def test_staff_of_a_candidate_work_for_the_campaign(pipeline, text):
    assert tied_to(pipeline, text, "case is closed", "Berg campaign")


def test_a_campaign_for_something_else_makes_no_candidate(pipeline):
    """bbc/politics/405 gave `Mr Blair's spokesman` the Blair campaign because a magazine's
    campaign stood elsewhere in the article."""
    text = ('The magazine ran a campaign for safer roads. Mr Berg\'s spokesman said: "The '
            'church has a position on this."')
    assert affiliation_of(pipeline, text, "position")[0] != "Berg campaign"


def test_a_body_the_tagger_takes_for_a_person_is_no_campaign(pipeline):
    """`Twitter's director` (a staff word) in an article about candidates gave `Twitter
    campaign`; a one-word name the article never gives as a person's full name stays as it is."""
    text = ('The candidates\' campaigns spent more on ads. "Money is not everything," said Ana '
            'Ruiz, Zintra\'s director of ad sales.')
    assert affiliation_of(pipeline, text, "not everything")[0] != "Zintra campaign"

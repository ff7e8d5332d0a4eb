"""Bodies the engine never read on BBC sport articles (issue 12): the club before a player's
position, a club the tagger made an adjective; and the guard that keeps one player's side from
the next speaker."""
import pytest

from tests.nlp.answers import affiliation_of, role_of, tied_to


@pytest.mark.parametrize("text, role, side", [
    ('Halford forward Dan Price said: "We will stay up."', "forward", "Halford"),
    ('"We will stay up," said Kerrow City striker Dan Price.', "striker", "Kerrow City"),
    ('"We will stay up," said Halford midfielder Dan Price.', "midfielder", "Halford"),
], ids=["forward tagged as an adverb", "striker", "midfielder"])
def test_club_before_a_players_position_is_the_affiliation(pipeline, text, role, side):
    assert role_of(pipeline, text, "stay up") == role
    assert tied_to(pipeline, text, "stay up", side)


def test_club_the_tagger_makes_an_adjective_is_still_the_side(pipeline):
    text = '"We lost our heads," said the Arsenal striker Tom Reyes.'
    assert tied_to(pipeline, text, "lost our heads", "Arsenal")


def test_one_players_club_is_not_given_to_the_speaker_beside_him(pipeline):
    text = ('Halford forward Dan Price scored twice. "He was superb," said Tom Reyes, '
            'a retired teacher.')
    assert affiliation_of(pipeline, text, "was superb") == (None, None)

"""Letters after a British name (issue 16): `Alan Reid MSP`, `Jane Hutt AM`, `Ann Lee QC` are a
seat or an honour, not part of the name, and the person is still read as a person with the
title before the name, even where the small model labels the letters an organisation."""
import pytest

from tests.nlp.answers import name_of, role_of, speaker_with, tied_to


@pytest.mark.parametrize("text, name", [
    ('"The waiting lists are far too long," said Alan Reid MSP.', "Alan Reid"),
    ('Sarah Penn MP said: "The plan is a stealth tax."', "Sarah Penn"),
    ('Welsh Health Minister, Jane Hutt AM, said: "We are spending more than ever."', "Jane Hutt"),
    ('Tory MEP Roger Helmer QC said: "Brussels wants more power."', "Roger Helmer"),
    ('"We will appeal the ruling," said Bob Roe QC MBE.', "Bob Roe"),
    ('"Costs are rising," said Brian McLeish MSP.', "Brian McLeish"),
], ids=["MSP after said", "MP before said", "AM in apposition", "QC after a title",
        "two sets of letters", "a Mc surname"])
def test_post_nominal_letters_are_no_part_of_the_name(pipeline, text, name):
    assert name_of(pipeline, text, text.split('"')[1][:12]) == name


def test_a_name_with_letters_in_apposition_to_a_role_is_a_person_with_that_role(pipeline):
    text = 'The Labour health spokesman, Alan Reid MSP, said: "The waiting lists are too long."'
    speaker = speaker_with(pipeline, text, "waiting lists")
    assert speaker.kind == "person" and speaker.name == "Alan Reid"
    assert role_of(pipeline, text, "waiting lists") == "health spokesman"
    assert tied_to(pipeline, text, "waiting lists", "Labour Party", "Labour")


@pytest.mark.parametrize("text, name", [
    ('Scottish Education Minister, Peter Peacock MSP, said: "Schools will get more money."',
     "Peter Peacock"),
    ('Costs keep rising. Scottish Education Minister, Tom McLeish MSP, said: "Schools will get '
     'more money."', "Tom McLeish"),
], ids=["title-case surname", "a Mc surname"])
def test_a_title_before_a_name_with_letters_is_the_role_not_the_name(pipeline, text, name):
    assert name_of(pipeline, text, "more money") == name
    assert role_of(pipeline, text, "more money") == "education minister"


@pytest.mark.parametrize("text, name", [
    ('Labour MP Sarah Penn said: "The plan is a stealth tax."', "Sarah Penn"),
    ('"We will open at 10 AM," said the manager, Bob Roe.', "Bob Roe"),
], ids=["letters before the name", "a time"])
def test_capitals_that_close_no_name_change_nothing(pipeline, text, name):
    assert name_of(pipeline, text, text.split('"')[1][:12]) == name

"""Words a body or person speaks through a medium named after it (`the X website notes`)
are credited to that body or person."""
from tests.nlp.quoted import speaker_of


def test_website_named_after_a_body_is_that_bodys_voice(pipeline):
    text = 'The group grew fast, as the Cato Institute website notes: "Liberty comes first."'
    assert speaker_of(pipeline, text, "Liberty comes first") == "Cato Institute"


def test_tabloid_named_by_its_title_is_the_source(pipeline):
    text = ('But as the nationalist Daily Star tabloid noted on Thursday, the senator "has '
            'earned himself a few fans abroad."')
    assert speaker_of(pipeline, text, "a few fans") == "Daily Star"


def test_date_before_a_letter_is_not_its_author(pipeline):
    text = ('A March 3 letter from the Veterans Council warns that "the plan will fail '
            'our members."')
    assert speaker_of(pipeline, text, "fail our members") == "Veterans Council"

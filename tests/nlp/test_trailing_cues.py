"""A quote cut off by a comma or question mark and followed at once by a speech verb and its
source is that source's, even when a speech verb before the quote governs its words."""
from tests.nlp.quoted import speaker_of


def test_name_and_verb_right_after_the_quote_win_over_the_verb_before(pipeline):
    text = ('The judge cannot say that "from her point of view," Tom Baker added on Monday, '
            "calling the ruling a mistake.")
    assert speaker_of(pipeline, text, "point of view") == "Tom Baker"


def test_inverted_verb_and_name_after_a_question_win_over_the_verb_before(pipeline):
    text = ('The plan is popular, but the mayor strongly denies it: "why would anyone want '
            'that?" asked Helen Park, a former aide.')
    assert speaker_of(pipeline, text, "why would anyone") == "Helen Park"


def test_speech_verb_opening_the_next_paragraph_does_not_take_the_quote(pipeline):
    text = ('Helen Park asked, "Will you run again next year?"\n\nTom Baker continued, '
            '"Yes, and I will win."')
    assert speaker_of(pipeline, text, "run again") == "Helen Park"

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


def test_sentence_reporting_news_of_its_own_after_the_quote_does_not_take_it(pipeline):
    """Issue 16: `The Daily Ledger also reported a second bid` says something new; the quote
    stays with the speaker before it. A listener verb's object (`told reporters`) is no news."""
    text = ('The bank wants a fair price for its stake.\n\n"We want a price that is not too high," '
            'said Jo Reed, a spokeswoman for Bankwise. "If that fails, we would like the shares '
            'handed back." The Daily Ledger also reported a second bid for the exchange on Friday.')
    assert speaker_of(pipeline, text, "shares handed back") == "Jo Reed"
    told = ('The bank wants a fair price.\n\n"We want a price that is not too high." Jo Reed told '
            'reporters in London.')
    assert speaker_of(pipeline, told, "not too high") == "Jo Reed"

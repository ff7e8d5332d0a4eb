"""The nearer attribution wins (issue 16): a quote that opens its paragraph after a sentence
naming who speaks (`…, Mr Hart said.`) is that speaker's, not the earlier quote's speaker; with no
speech verb in between, the earlier quote's speaker carries on."""
from tests.nlp.answers import name_of

EARLIER = 'But Labour\'s Ann Kemp replied: "Taxes must fall." '


def test_speech_verb_ending_the_paragraph_before_beats_the_previous_quote(pipeline):
    text = (EARLIER + 'Tom Hart also praised the volunteers. The floods had tested the town as '
            'never before, Mr Hart said.\n\n"We watched the water rise with disbelief. It was '
            'hard to grasp." "Yet the town has pulled together."')
    assert name_of(pipeline, text, "water rise") == "Tom Hart"
    assert name_of(pipeline, text, "pulled together") == "Tom Hart"


def test_without_a_speech_verb_between_the_previous_speaker_carries_on(pipeline):
    text = (EARLIER + 'The council will meet again on Monday to discuss the budget.\n\n'
            '"We will not wait for them. It is time to act." "The town deserves better."')
    assert name_of(pipeline, text, "not wait") == "Ann Kemp"
    assert name_of(pipeline, text, "deserves better") == "Ann Kemp"


def test_speech_verb_in_an_embedded_question_introduces_no_one(pipeline):
    """`who they say they are` names no speaker: the sentence before it, where the speaker
    told the BBC, does; the addressee never speaks."""
    text = ('Banks want better checks online.\n\nJo Reed, from Keycorp, told the BBC News website '
            'there are two steps to the check. The hardest part is to check whether a customer is '
            'who they say they are when they log in.\n\n"The answer is to combine something you '
            'own with something you know."')
    assert name_of(pipeline, text, "something you own") == "Jo Reed"


def test_the_nearest_of_two_speech_sentences_introduces_the_quote(pipeline):
    text = ('Banks want better checks online.\n\nTom Hart, from Keycorp, said the firm had a new '
            'reader. Jo Reed, of Bankwise, said it would cost too much.\n\n'
            '"Customers will not pay for another gadget."')
    assert name_of(pipeline, text, "another gadget") == "Jo Reed"

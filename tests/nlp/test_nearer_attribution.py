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


def test_a_pronoun_just_before_leaves_the_quote_to_the_previous_speaker(pipeline):
    """`Rather, he said, …`: whom `he` stands for is a guess; the previous quote's speaker
    is not."""
    text = ('"We will stop him on the first vote," Tom Hart said.\n\nHart, who calls the plan a '
            '"fiasco," said he does not need a rival candidate. Rather, he said, the campaign will '
            'fail by itself.\n\n"Nobody big has joined us yet."')
    assert name_of(pipeline, text, "Nobody big") == "Tom Hart"


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


def test_the_main_speech_verb_of_the_sentence_before_names_the_speaker(pipeline):
    """`X had been saying …, Mr Lane said.`: the main verb's source, not the first cue's."""
    text = ('The row over the comments grew on Monday.\n\nCouncil spokesman Rob Lane urged people '
            'to read the remarks in full. Ms Penn had been saying that the checks were fair, but '
            'that was not what the leaflet said, Mr Lane said.\n\n'
            '"The checks are aimed at those who break the rules."')
    assert name_of(pipeline, text, "break the rules") == "Rob Lane"


def test_a_relative_clause_who_still_introduces_its_speaker(pipeline):
    """`the editors of X, who aimed their editorial at …`: `who` asks nothing."""
    text = ('The mayor has not visited the flooded town.\n\nThat angered the editors of The Valley '
            'Herald, who aimed their Sunday editorial at the mayor.\n\n'
            '"If he wants to lead, he should come and see the damage," the editorial read.')
    assert name_of(pipeline, text, "see the damage") == "Valley Herald"

"""Short quoted fragments (issue 16, CONVENTIONS.md "Quotes"): a word or phrase the article gives
as someone's is their quote even without a verb of saying; a name in marks that nobody is said
to have said is not."""
import nlp
from tests.nlp.answers import fails_today, name_of, speaker_with


@fails_today(16, "a fragment framed by `rejected X as` is taken for a scare quote")
def test_fragment_a_body_rejected_something_as_is_its_word(pipeline):
    text = 'The Harbor Workers Union rejected the idea as "ludicrous."'
    assert name_of(pipeline, text, "ludicrous") == "Harbor Workers Union"


def test_fragment_inside_reported_speech_is_the_speakers(pipeline):
    text = 'Nora Quinn said she had "serious concerns" about the bill.'
    assert name_of(pipeline, text, "serious concerns") == "Nora Quinn"


@fails_today(16, "the name of a place in marks is given to the subject of the sentence")
def test_name_of_a_place_in_marks_is_nobodys_word(pipeline):
    text = 'The senator is holding a party at the "Red Rock Country Club" tonight.'
    result = nlp.analyze(pipeline, text)
    assert all(q.speaker is None for q in result.quotes)


def test_fragment_called_by_a_named_speaker_keeps_the_speaker(pipeline):
    text = 'Mayor Lina Ortiz called the plan "a disaster for the port."'
    speaker = speaker_with(pipeline, text, "disaster for the port")
    assert speaker.name == "Lina Ortiz"

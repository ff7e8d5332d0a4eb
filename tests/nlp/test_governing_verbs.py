"""A quote with no speech verb takes the subject of a verb it hangs from, but only a subject
that can speak: a thing's verb passes the quote on to the person above it."""
from tests.nlp.quoted import speaker_of


def test_thing_subject_passes_the_quote_to_the_person_above_it(pipeline):
    text = ('In the depths of the slump, Helen Park worried that the safety net was becoming '
            '"a hammock for the idle."')
    assert speaker_of(pipeline, text, "hammock") == "Helen Park"


def test_person_subject_of_the_nearest_verb_keeps_the_quote(pipeline):
    text = ('Tom Baker said the plan was weak, and Helen Park called the bill "a hammock for the '
            'idle" on Monday.')
    assert speaker_of(pipeline, text, "hammock") == "Helen Park"

"""A quote in a clause with its own subject, joined beside a speech verb or set off by `with`,
is that subject's words; one inside reported words stays the reporter's."""
from tests.nlp.quoted import speaker_of


def test_with_clause_subject_speaks_over_a_speech_verb_nearby(pipeline):
    text = ("Senators who agree that the plant should close were angry about the delay, "
            'with Sen. Maria Lopez calling it a "slow disaster."')
    assert speaker_of(pipeline, text, "slow disaster") == "Maria Lopez"


def test_with_clause_subject_speaks_over_the_verb_it_hangs_from(pipeline):
    text = ("The mayor's office denied the report, with Tom Baker taking to Twitter to call "
            'the story "pure fiction" on Monday.')
    assert speaker_of(pipeline, text, "pure fiction") == "Tom Baker"


def test_second_subject_of_joined_clauses_speaks_its_own_quote(pipeline):
    text = ('Both men issued a statement, Peter Hall saying he was "very pleased" '
            'and Anna Ross calling it a "good start."')
    assert speaker_of(pipeline, text, "good start") == "Anna Ross"
    assert speaker_of(pipeline, text, "very pleased") == "Peter Hall"


def test_with_clause_inside_reported_words_stays_the_reporters(pipeline):
    text = ('Maria Lopez said that with Tom Baker pushing a "reckless" plan, '
            "the county would suffer.")
    assert speaker_of(pipeline, text, "reckless") == "Maria Lopez"


def test_joined_clause_with_a_modal_stays_the_reporters(pipeline):
    text = ('Lopez said Baker had been "a tremendous help," and Democrats would have to '
            '"lean on him" for months.')
    assert speaker_of(pipeline, text, "lean on him") == "Lopez"


def test_naming_verb_in_its_own_clause_names_its_subjects_words(pipeline):
    text = ('In 2009, under what Mr. Baker called "the old growth model," the Lakeside Golf '
            "Club charged members less than it does now.")
    assert speaker_of(pipeline, text, "old growth model") == "Baker"

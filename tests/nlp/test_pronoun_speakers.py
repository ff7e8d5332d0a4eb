"""Pronoun speakers (issue 16): `he said` / `she said` go to the person the text is about, the
subject of the last clause outside quotes, never to a name inside a modifier or to something that
is not a person. (The largest kind of real speaker error on the tuned part of train.)"""
from tests.nlp.answers import fails_today, name_of


def test_topic_phrase_names_the_pronouns_person(pipeline):
    text = ('Nora Quinn spoke on Monday.\n\nAs for Paul Berg, he said he was not worried. '
            '"We have the votes," he said.')
    assert name_of(pipeline, text, "have the votes") == "Paul Berg"


def test_main_clause_subject_beats_the_subject_of_a_reported_clause(pipeline):
    text = ('Paul Berg said there was nothing wrong with Nora Quinn\'s plan. But he suggested '
            'that Tom Reyes had his eyes on the polls. "They are under pressure," he said.')
    assert name_of(pipeline, text, "under pressure") == "Paul Berg"


def test_name_inside_a_modifier_is_not_the_pronouns_person(pipeline):
    text = 'Tom Reyes is a loyal Paul Berg supporter. "He will win," he said.'
    assert name_of(pipeline, text, "He will win") == "Tom Reyes"


@fails_today(16, "`he` is resolved to an organisation named before the person")
def test_he_is_never_an_organisation(pipeline):
    text = ('Right Side Watch first reported the remarks of pastor Tom Reyes.\n\n'
            'He then said the plan was "a sin."')
    assert name_of(pipeline, text, "a sin") == "Tom Reyes"


def test_she_is_never_a_law(pipeline):
    text = ('"Glass-Steagall is not enough," Nora Quinn said. The problem with Glass-Steagall, '
            'she said, is that it "misses the shadow banks."')
    assert name_of(pipeline, text, "shadow banks") == "Nora Quinn"

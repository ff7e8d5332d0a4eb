"""Pronoun speakers (issue 16): `he said` / `she said` go to the person the text is about, the
subject of the last clause outside quotes, never to a name inside a modifier or to something that
is not a person. (The largest kind of real speaker error on the tuned part of train.)"""
import pytest

from tests.nlp.answers import name_of, speaker_with


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


def test_he_is_never_an_organisation(pipeline):
    text = ('Right Side Watch first reported the remarks of pastor Tom Reyes.\n\n'
            'He then said the plan was "a sin."')
    assert name_of(pipeline, text, "a sin") == "Tom Reyes"


def test_she_is_never_a_law(pipeline):
    text = ('"Glass-Steagall is not enough," Nora Quinn said. The problem with Glass-Steagall, '
            'she said, is that it "misses the shadow banks."')
    assert name_of(pipeline, text, "shadow banks") == "Nora Quinn"


def test_he_passes_over_a_party_name_to_the_person_before(pipeline):
    text = ('Labour leader Tom Reyes spoke to voters in Cardiff on Monday. Plaid Cymru wants a '
            'vote on the plan. He said it was "a mistake for Wales."')
    assert name_of(pipeline, text, "a mistake for Wales") == "Tom Reyes"


def test_he_keeps_the_nearer_person_over_a_person_further_back(pipeline):
    text = ('Labour leader Tom Reyes spoke to voters in Cardiff on Monday. Stanwick wants a '
            'vote on the plan. He said it was "a mistake for Wales."')
    assert name_of(pipeline, text, "a mistake for Wales") == "Stanwick"


def test_she_after_a_mans_quote_is_not_his(pipeline):
    text = ('Mr Reyes attacked the plan. "It is a disaster," he said.\n\n'
            '"We need answers," she added.')
    assert name_of(pipeline, text, "We need answers") is None


def test_he_after_a_mans_quote_in_the_next_paragraph_is_his(pipeline):
    text = ('Mr Reyes attacked the plan. "It is a disaster," he said.\n\n'
            '"We need answers," he added.')
    assert name_of(pipeline, text, "We need answers") == "Reyes"


def test_he_is_not_the_person_his_own_participle_clause_speaks_with(pipeline):
    text = ('The home secretary, Tom Reyes, set out his plans on Sunday. Speaking on BBC One\'s '
            'Breakfast with Frost, he said the plans were "fair and firm."')
    assert name_of(pipeline, text, "fair and firm") == "Tom Reyes"


@pytest.mark.parametrize("text, words, name", [
    ('Tom Reyes has said the plan is wrong. But he claims the system is being abused. '
     'Paul Berg, chairman of the Commission for Racial Equality, called on Mr Clarke to '
     'act. "Tell that to the doctors," he said.', "Tell that to the doctors", "Paul Berg"),
    ('Nora Quinn asked about the hospital. "Would you wait for five hours?" she said.\n\n'
     'Mr Reyes answered questions for an hour. He must remember his clash with Kerry '
     'Storer, the Leeds woman who shouted at him. "All you do is walk around," she told '
     'Mr Reyes.', "All you do is walk around", "Kerry Storer"),
    ('Plans to extend leave were set out by Patricia Hewitt. The minister told delegates '
     'that "career sexism" was wrong. "It is simply wrong," she said.', "It is simply wrong",
     "Patricia Hewitt"),
    ('"Digging is hard," said Mr R. Sridharan, vice president of networks at Tata. This '
     'has led Tata to turn to lasers. The Lightpointe laser bridges work over distances '
     'of up to 4km.\n\nThe lasers are also ideal for India. "It\'s particularly '
     'suitable," he said.', "particularly suitable", "R. Sridharan"),
], ids=["a name parsed as root before its verb is still the subject",
        "a woman in apposition is the she over an earlier woman",
        "she after the minister's quote stays the named minister",
        "a name modifying a noun is not he"])
def test_the_pronoun_is_the_person_the_clause_before_it_names(pipeline, text, words, name):
    assert name_of(pipeline, text, words) == name


def test_a_lords_title_shows_gender(pipeline):
    text = ('Nora Quinn spoke first. Lord Falconer said the bill was flawed. "It is not simple," '
            'she said.')
    assert name_of(pipeline, text, "It is not simple") == "Nora Quinn"


def test_a_lords_title_keeps_the_he_of_its_holder(pipeline):
    text = ('Nora Quinn spoke first. Lord Falconer said the bill was flawed. "It is not simple," '
            'he said.')
    assert name_of(pipeline, text, "It is not simple") == "Lord Falconer"


def test_an_unlabelled_name_stays_the_pronouns_person_when_no_one_else_is_near(pipeline):
    text = ('Tom Reyes wrote a book about donors.\n\nIt was a long book. The court fined many '
            'people. Sant Singh Chatwal pleaded guilty in 2012. Chatwal wanted influence; he said '
            '"money buys them."')
    assert name_of(pipeline, text, "money buys them") == "Sant Singh Chatwal"


def test_a_husband_named_in_a_whose_clause_does_not_make_her_a_man(pipeline):
    text = ('Kerry Quinn, whose husband, Tom Quinn, died in 2012, spoke on Thursday. Mr Reyes '
            'agreed. "We remember him," she said.')
    assert name_of(pipeline, text, "We remember him") == "Kerry Quinn"


def test_her_son_after_her_name_does_not_make_her_a_man(pipeline):
    text = ('Kerry Quinn spoke on Thursday. The dead included Kerry Quinn\'s son, Tom. '
            '"It was hard," she said.')
    assert name_of(pipeline, text, "It was hard") == "Kerry Quinn"


def test_he_after_an_unnamed_spokesmans_quote_is_that_spokesman(pipeline):
    text = ('Tom Reyes topped the chart last week. A spokesman for the industry body said the '
            'chart would come "within months". "It has provided a focus," he said.')
    speaker = speaker_with(pipeline, text, "It has provided a focus")
    assert speaker is not None and speaker.name is None
    assert "spokesman" in speaker.descriptor.lower()


def test_he_after_the_firms_quote_is_not_the_firm(pipeline):
    text = ('Tom Reyes spoke on Monday. The company said the plan was "on track". "We will '
            'deliver," he said.')
    assert name_of(pipeline, text, "We will deliver") == "Tom Reyes"


def test_a_name_holding_a_role_word_is_a_person_for_he(pipeline):
    text = ('Aguas Argentinas told the newspaper it would not accept any change. The Planning '
            'Minister did not rule out cancelling the concession. Yet he added that he did not '
            'like to do "futurology".')
    assert name_of(pipeline, text, "futurology") != "Aguas Argentinas"


def test_he_after_the_quote_of_a_definite_spokesman_is_that_spokesman(pipeline):
    text = ('Tom Reyes spoke on Monday. The Ofcom spokesman said the rules were "tight". "We want '
            'limits," he said.')
    speaker = speaker_with(pipeline, text, "We want limits")
    assert speaker is not None and speaker.name is None


def test_lede_subject_under_a_headline_without_a_full_stop_is_who_he_stands_for(pipeline):
    text = ('Win for United\n\n'
            'United boss Alex Ferguson praised his side after the win over Arsenal. '
            'Arsene Wenger\'s team were beaten 2-0. "We played very well today," he said.')
    assert name_of(pipeline, text, "played very well") == "Alex Ferguson"

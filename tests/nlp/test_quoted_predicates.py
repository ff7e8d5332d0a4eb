"""A quoted verb that is its clause's predicate is the subject's word (issue 16, BBC copy:
bench/annotations/decisions.md), whatever name stands after it; a speech verb reporting the
clause keeps the words its own source's."""
import nlp
from tests.nlp.answers import name_of


def test_quoted_verb_is_its_subjects_word_not_the_name_after_it(pipeline):
    text = ('Tom Baker set out his plan on Monday. Campaign group the Clean Air Trust '
            '"welcomed" Mr Baker\'s plan, but said it did not go far enough.')
    assert name_of(pipeline, text, "welcomed") == "Clean Air Trust"


def test_quoted_verb_in_a_reported_clause_is_the_reporters(pipeline):
    text = 'Ann Lee said the party "betrayed" its voters.'
    assert name_of(pipeline, text, "betrayed") == "Ann Lee"


def test_quoted_verb_of_a_thing_is_no_quote(pipeline):
    text = 'The storm "destroyed" the old pier on Sunday.'
    assert nlp.analyze(pipeline, text).quotes == ()

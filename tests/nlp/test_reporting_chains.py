"""Reporting chains (issue 16, CONVENTIONS.md "Speaker"): words relayed by an outlet or another
person are the innermost speaker's; the outlet is where they were reported, never who said them.

Whether the relaying outlet comes back as a field of its own (`reported_by`) is not decided yet;
these tests only ask that it is not the speaker."""
import pytest

from tests.nlp.answers import fails_today, name_of, speaker_with


@pytest.mark.parametrize("text, words", [
    ('The Daily Ledger reported that Mayor Lina Ortiz told aides that "the budget is dead."',
     "budget is dead"),
    ('Channel 9 News reported that Mayor Lina Ortiz said: "We will not raise taxes."',
     "raise taxes"),
    ('According to the Harbor Times, Mayor Lina Ortiz said the deal was "a done deal."',
     "done deal"),
    ('Mayor Lina Ortiz said the deal was "a done deal," according to the Harbor Times.',
     "done deal"),
], ids=["reported that X told", "reported that X said:", "according to outlet, X said",
        "X said, according to outlet"])
def test_outlet_relaying_a_named_speaker_is_not_the_speaker(pipeline, text, words):
    assert name_of(pipeline, text, words) == "Lina Ortiz"


def test_outlet_quoting_a_named_person_as_saying_credits_the_person(pipeline):
    text = 'The network quoted prosecutor Ana Ruiz as saying the case was "closed."'
    assert name_of(pipeline, text, "closed") == "Ana Ruiz"


@pytest.mark.parametrize("text", [
    '"The case is closed," the network quoted prosecutor Ana Ruiz as saying.',
    '"The case is closed," Reuters cited prosecutor Ana Ruiz as saying on Monday.',
], ids=["quoted as saying", "cited as saying"])
def test_quote_before_an_outlet_quoting_a_named_person_is_the_persons(pipeline, text):
    assert name_of(pipeline, text, "case is closed") == "Ana Ruiz"


def test_outlet_quoting_an_unnamed_official_leaves_the_official_as_speaker(pipeline):
    text = 'The network quoted a ministry official as saying that talks would "resume soon."'
    speaker = speaker_with(pipeline, text, "resume soon")
    assert speaker is not None and speaker.name is None
    assert speaker.descriptor == "a ministry official"


@fails_today(16, "an outlet citing its sources is credited with their words")
def test_outlet_citing_unnamed_sources_is_not_the_speaker(pipeline):
    text = ('The Daily Ledger reported on Monday that the factory would "close by spring," '
            'citing two managers.')
    speaker = speaker_with(pipeline, text, "close by spring")
    assert speaker is None or speaker.name not in {"The Daily Ledger", "Daily Ledger"}


@fails_today(16, "a person relaying another person's words is credited with them")
def test_person_relaying_what_another_told_them_is_not_the_speaker(pipeline):
    text = 'Nora Quinn said Paul Berg had told her that the plan was "dead on arrival."'
    assert name_of(pipeline, text, "dead on arrival") == "Paul Berg"


@pytest.mark.parametrize("text, words, speaker", [
    ('Paul Berg told the Harbor Times that the deal was "a done deal."', "done deal",
     "Paul Berg"),
    ('"We will not raise taxes," Governor Tom Baker told Channel 9 News on Sunday.',
     "raise taxes", "Tom Baker"),
    ('In an interview with the Harbor Times, Paul Berg said the plan was "dead on arrival."',
     "dead on arrival", "Paul Berg"),
], ids=["told the outlet that", "told the outlet, inverted", "in an interview with the outlet"])
def test_outlet_spoken_to_is_not_the_speaker(pipeline, text, words, speaker):
    assert name_of(pipeline, text, words) == speaker


def test_outlet_speaking_in_its_own_editorial_is_the_speaker(pipeline):
    text = 'The Daily Ledger said in an editorial that the plan was "dead on arrival."'
    assert name_of(pipeline, text, "dead on arrival") in {"The Daily Ledger", "Daily Ledger"}

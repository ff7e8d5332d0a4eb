"""Every decision names the rule that made it, and an explanation lists the rules tried (issue
11), on sentences written for these tests."""
from __future__ import annotations

import nlp
from nlp.rules import NOTHING, first, tracing
from tests.nlp.quoted import quote_with

TRAILING = '"We will win the race," Maria Lopez said.'
INTRODUCED = ('Maria Lopez, a spokeswoman for the Ohio Farm Bureau, spoke on Tuesday.\n'
              '"We will win the race."')
TAGGED = ('Sen. Maria Lopez (D-Ohio) said the bill was "dead on arrival." '
          '"We will fight," she added.')


def test_a_quote_names_its_cue_rule_and_source_rule(pipeline):
    quote = quote_with(pipeline, TRAILING, "win the race")
    assert quote.method == "explicit_cue"
    assert quote.rule == "speech_verb_right_after/subject"


def test_a_quote_attributed_from_its_context_names_the_context_rule(pipeline):
    quote = quote_with(pipeline, INTRODUCED, "win the race")
    assert quote.method == "adjacent_sentence" and quote.speaker.name == "Maria Lopez"
    assert quote.rule == "introducing_sentence/main_subject"


def test_the_speaker_names_the_constructions_that_gave_role_and_affiliation(pipeline):
    speaker = quote_with(pipeline, INTRODUCED, "win the race").speaker
    assert (speaker.role, speaker.role_rule) == ("spokeswoman", "apposition")
    assert (speaker.affiliation, speaker.affiliation_rule) == ("Ohio Farm Bureau", "apposition")
    tagged = quote_with(pipeline, TAGGED, "dead on arrival").speaker
    assert (tagged.role_rule, tagged.affiliation, tagged.affiliation_rule) == (
        "title", "Democratic Party", "party_tag")


def test_an_explanation_lists_the_rules_tried_with_the_one_that_fired_last(pipeline):
    analysis = nlp.analyze(pipeline, TAGGED, explain=True)
    assert [t.text for t in analysis.trace] == ["dead on arrival.", "We will fight,"]
    steps = analysis.trace[1].steps
    assert steps[0].stage == "speech" and steps[0].outcome == "passed"
    fired = [(s.stage, s.rule) for s in steps if s.outcome == "fired"]
    assert ("speech", "governed_by_cue") in fired
    assert ("cue", "speech_verb_right_after") in fired and ("mention", "pronoun") in fired
    assert fired[-1] == ("attribution", "cue_source")


def test_a_rejected_segment_is_explained_too(pipeline):
    trace, = nlp.analyze(pipeline, 'She starred in the show "Parks and Recreation".',
                         explain=True).trace
    assert not trace.is_speech and trace.reason == "title"
    assert [(s.rule, s.outcome) for s in trace.steps][-1] == ("work_title", "fired")


def test_without_an_explanation_nothing_is_traced(pipeline):
    assert nlp.analyze(pipeline, TAGGED).trace is None
    assert all("trace" not in r for r in pipeline(TAGGED)._.qa_quotes)
    assert nlp.analyze(pipeline, "No quotes here.", explain=True).trace == ()


def applies_never(context):
    return None


def finds_there_is_none(context):
    return NOTHING


def finds_its_context(context):
    return context


def test_the_first_rule_that_applies_decides_and_is_named():
    assert first((applies_never, finds_its_context), "x", "test") == ("x", "finds_its_context")
    assert first((applies_never,), "x", "test") == (None, "")


def test_a_rule_that_finds_nothing_stops_the_later_ones():
    trace: list[list[str]] = []
    with tracing(trace):
        found = first((applies_never, finds_there_is_none, finds_its_context), "x", "test")
    assert found == (None, "finds_there_is_none")
    assert trace == [["test", "applies_never", "passed"],
                     ["test", "finds_there_is_none", "nothing"]]

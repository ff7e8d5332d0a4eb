"""A speaker's role and affiliation come with their evidence: offsets of the words read, the
rule, and a confidence that follows the construction and whose mention it was (issue 12)."""
from __future__ import annotations

from nlp.descriptors.confidence import confidence
from nlp.descriptors.findings import APPOSITION, NOMINAL, RELATIVE, TITLE, Found
from tests.nlp.quoted import quote_with

TITLED = '"The road is open," Harbor Authority spokeswoman Ana Ruiz said on Monday.'
TAGGED = 'Sen. Tom Vale (R-Ohio) said the bill was "dead on arrival."'


def found(weight: int, rule: str) -> Found:
    return Found("spokeswoman", None, (0, 11), weight, rule=rule)


def test_evidence_offsets_slice_the_words_that_gave_role_and_affiliation(pipeline):
    speaker = quote_with(pipeline, TITLED, "road is open").speaker
    role, affiliation = speaker.role_evidence, speaker.affiliation_evidence
    assert TITLED[role.start:role.end] == role.text == "spokeswoman"
    assert TITLED[affiliation.start:affiliation.end] == affiliation.text == "Harbor Authority"
    assert (role.rule, affiliation.rule) == ("title", "title")


def test_a_party_tag_is_evidence_for_the_party_and_the_honorific_for_the_role(pipeline):
    speaker = quote_with(pipeline, TAGGED, "dead on arrival").speaker
    assert (speaker.role_evidence.text, speaker.role_evidence.rule) == ("Sen.", "title")
    assert (speaker.affiliation_evidence.text, speaker.affiliation_evidence.rule) == (
        "R", "party_tag")


def test_confidence_follows_the_weight_of_the_construction():
    assert [confidence(found(w, r)) for w, r in [
        (TITLE, "title"), (APPOSITION, "apposition"), (RELATIVE, "of_phrase")]] == [0.9, 0.8, 0.7]


def test_a_mention_linked_to_the_speaker_counts_one_step_lower_than_their_name():
    assert confidence(found(APPOSITION, "nominal_mention")) == 0.7
    assert confidence(found(NOMINAL, "definite_description")) == 0.5
    assert confidence(found(APPOSITION, "a_rule_added_later")) == 0.7

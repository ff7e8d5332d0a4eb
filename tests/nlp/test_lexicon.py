"""Word lists are data a pipeline can replace through its components' config (issue 11)."""
from __future__ import annotations

import pytest
import spacy

import nlp
from nlp.lexicon import DEFAULT, Lexicon, active
from nlp.lexicon.cues import SPEECH_VERBS
from nlp.pipeline import build_pipeline

GRUMBLED = 'Ana Lopez sneered that the trains were "always late."'


@pytest.fixture(scope="module")
def grumbling():
    """A pipeline for which `sneer` is a speech verb."""
    return build_pipeline(lexicon={"speech_verbs": sorted(SPEECH_VERBS | {"sneer"})})


def test_a_speech_verb_added_in_the_config_makes_its_partial_quote_speech(pipeline, grumbling):
    assert nlp.analyze(pipeline, GRUMBLED).quotes == ()
    quote, = nlp.analyze(grumbling, GRUMBLED).quotes
    assert quote.text == "always late." and quote.speaker.name == "Ana Lopez"
    assert quote.cue.text == "sneered" and quote.method == "explicit_cue"


def test_the_replaced_list_is_read_only_while_its_component_runs(grumbling):
    nlp.analyze(grumbling, GRUMBLED)
    assert active() is DEFAULT and "sneer" not in DEFAULT.speech_verbs


def test_a_saved_pipeline_keeps_its_word_lists(grumbling, tmp_path):
    grumbling.to_disk(tmp_path / "grumbling")
    loaded = spacy.load(tmp_path / "grumbling")
    assert nlp.analyze(loaded, GRUMBLED) == nlp.analyze(grumbling, GRUMBLED)


def test_lists_from_config_take_the_type_of_the_default():
    lexicon = Lexicon({"speech_verbs": ["say"], "parties": {"tory": ["Conservative Party", None]}})
    assert lexicon.speech_verbs == frozenset(["say"])
    assert lexicon.parties == {"tory": ("Conservative Party", None)}
    assert lexicon.role_nouns is DEFAULT.role_nouns


def test_an_unknown_list_name_is_refused_by_name():
    with pytest.raises(ValueError, match="speach_verbs"):
        Lexicon({"speach_verbs": ["say"]})

"""Headline claims (issue 16, BBC copy): a headline's single-quoted phrase whose words the lede
states as a source's claim is a quote of that source, though nobody says the words again in
marks; a phrase the lede holds only in a question, or as who speaks, stays a label."""
import pytest

import nlp
from tests.nlp.answers import name_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Small shops 'hit by higher rents'\n\nHigher rents are hitting small shops "
                 "across the north despite rising sales, retail group the Shop Alliance says.",
                 "hit by higher rents", "Shop Alliance", id="several words, trailing says"),
    pytest.param("Banks 'to cut' 4,000 jobs\n\nTwo big banks plan to cut 4,000 jobs next "
                 "year, the trade union Unite has warned.", "to cut", "Unite",
                 id="verb phrase, warned"),
    pytest.param("Rowe in 'broke' remark row\n\nMayor Ann Rowe has told a group of pupils "
                 'that the city is broke "for now".\n\nShe spoke at a school in Leeds.',
                 "broke", "Ann Rowe", id="one word, the lede quote's speaker"),
])
def test_headline_phrase_the_lede_states_is_the_lede_sources(pipeline, text, words, speaker):
    assert name_of(pipeline, text, words) == speaker


@pytest.mark.parametrize("text", [
    pytest.param("Press seek Smith 'juror' forms\n\nReporters covering the Smith trial have "
                 "asked to see forms filled in by the jurors.", id="a question"),
    pytest.param("Rail 'chaos' hits city\n\nCommuters faced delays on Monday after a signal "
                 "failure near the main station.", id="no cue in the lede"),
    pytest.param("Club 'fans' notes\n\nThe notes written by the fans were read out by the "
                 "club on Monday.", id="the words say who writes"),
])
def test_headline_label_the_lede_gives_nobody_is_no_quote(pipeline, text):
    assert nlp.analyze(pipeline, text).quotes == ()


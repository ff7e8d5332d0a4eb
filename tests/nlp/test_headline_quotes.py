"""Headline quotes (issue 16, CONVENTIONS.md "Quotes" and "Speaker"): words quoted in a title
line, in single or double marks, are a quote, and belong to the person the article later
quotes with the same words; a quoted headline label nobody is given stays unattributed."""
import pytest

import nlp
from tests.nlp.answers import fails_today, name_of

BODY = ('\n\nThe storm destroyed the old pier on Sunday.\n\n'
        '"We will rebuild the pier," Mayor Lina Ortiz said on Monday.')


@pytest.mark.parametrize("headline", [
    pytest.param("'We will rebuild the pier,' says mayor", id="single marks"),
    pytest.param('"We will rebuild the pier," says mayor', id="double marks"),
    pytest.param("\u2018We will rebuild the pier\u2019 \u2013 mayor", id="curly singles, dash"),
])
def test_headline_quote_belongs_to_who_says_the_same_words_later(pipeline, headline):
    assert name_of(pipeline, headline + BODY, "rebuild the pier") == "Lina Ortiz"


def test_headline_quote_naming_its_speaker_keeps_the_name(pipeline):
    text = ('"We will rebuild the pier," says Mayor Lina Ortiz\n\n'
            'The storm destroyed the old pier on Sunday.')
    assert name_of(pipeline, text, "rebuild the pier") == "Lina Ortiz"


def test_body_quote_repeating_the_headline_keeps_its_own_speaker(pipeline):
    text = "'We will rebuild the pier,' says mayor" + BODY
    assert name_of(pipeline, text, "rebuild the pier", nth=1) == "Lina Ortiz"


@pytest.mark.parametrize("text, words", [
    pytest.param("Mayor vows pier will be 'stronger than ever'\n\nThe storm destroyed the old "
                 'pier. Mayor Lina Ortiz said the new one would be "stronger than ever."',
                 "stronger than ever", id="fragment in the title", marks=fails_today(
                     16, "a single-quoted fragment ending a headline is judged no speech")),
    pytest.param("'Victory for the town' as pier reopens\n\nThe pier reopened on Saturday. "
                 'Mayor Lina Ortiz called it a "victory for the town."', "ictory for the town",
                 id="title opening with the quote"),
])
def test_headline_fragment_belongs_to_who_says_it_later(pipeline, text, words):
    assert name_of(pipeline, text, words) == "Lina Ortiz"


def test_headline_fragment_inside_a_longer_later_quote_is_that_speakers(pipeline):
    text = ("Residents 'fed up' with noise\n\nNeighbours of the airport say they have had "
            'enough. "We are fed up with the noise," said Tom Green, who lives nearby.')
    assert name_of(pipeline, text, "fed up") == "Tom Green"


def test_headline_label_nobody_says_is_not_attributed(pipeline):
    text = "Storm 'worst in decades'\n\nThe storm destroyed the old pier on Sunday."
    result = nlp.analyze(pipeline, text)
    assert all(q.speaker is None or q.speaker.name is None for q in result.quotes)


def test_title_of_a_film_in_a_headline_is_no_quote(pipeline):
    text = "Film review: 'The Long Night' is a triumph\n\nThe new film by Ana Ruiz opens on Friday."
    assert nlp.analyze(pipeline, text).quotes == ()


def test_quote_alone_in_its_paragraph_below_a_caption_is_the_later_speakers(pipeline):
    """Issue 16 (seed 004): a headline-like quote set alone under a photo caption, past the
    first paragraphs, takes the speaker the article later quotes with the same words."""
    text = ('Copyright 2026 Harbor Media.\n\nA photo shows the new pier at dawn.\n\n'
            '(Photo: Sam Cole)\n\nPier opens after ten years\n\n'
            '"The city will rebuild the pier by summer"\n\n'
            'Work began in 2016. Mayor Lina Ortiz spoke at the opening on Monday.\n\n'
            '"The city will rebuild the pier by summer," Ortiz said.')
    assert name_of(pipeline, text, "pier by summer") == "Lina Ortiz"


def test_headline_quote_said_by_an_unnamed_job_is_that_jobs(pipeline):
    text = ("'Schools must reopen' says minister\n\n"
            "The education minister spoke in Leeds on Monday.")
    quote, = nlp.analyze(pipeline, text).quotes
    assert quote.text == "Schools must reopen"
    assert quote.speaker.name is None and quote.speaker.descriptor == "minister"

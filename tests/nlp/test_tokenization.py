"""The model reads plain spaces and split-off quote marks; offsets still index the caller's text."""
from __future__ import annotations

import pytest

import nlp
from nlp.records.doc import source_text


def test_no_break_space_inside_a_name_keeps_the_name_whole(pipeline):
    text = '"We will appeal," said Senator Dana\u00a0Whitfield.'
    quote, = nlp.analyze(pipeline, text).quotes
    assert quote.speaker.name == "Dana Whitfield"
    assert quote.speaker.mention.text == "Dana\u00a0Whitfield"


def test_quote_holding_a_no_break_space_is_a_slice_of_the_sent_text(pipeline):
    text = 'Rosa Vega said, "We\u00a0will not\u2009wait."'
    quote, = nlp.analyze(pipeline, text).quotes
    assert quote.text == text[quote.start:quote.end] == "We\u00a0will not\u2009wait."
    assert quote.speaker.name == "Rosa Vega"


def test_plain_text_leaves_no_source_copy_on_the_doc(pipeline):
    doc = pipeline("A plain sentence.")
    assert doc._.qa_source_text is None and source_text(doc) == doc.text


def test_curly_marks_glued_to_words_are_split_off(pipeline):
    doc = pipeline("Ana Ruiz said,“We will win,”said Ana Ruiz again.")
    assert [t.text for t in doc][:6] == ["Ana", "Ruiz", "said", ",", "“", "We"]
    assert ",”said" not in {t.text for t in doc}
    quote, = nlp.analyze(pipeline, "“We will win,”Ana Ruiz said.").quotes
    assert quote.text == "We will win," and quote.speaker.name == "Ana Ruiz"


def test_straight_mark_glued_after_a_colon_is_split_off_with_the_colon(pipeline):
    words = [t.text for t in pipeline('As Ana Maria Ruiz put it:"We will win."')]
    assert words[3:8] == ["Ruiz", "put", "it", ":", '"']
    assert [t.text for t in pipeline('Ana Maria Ruiz:"We will win."')][:4] == [
        "Ana", "Maria", "Ruiz", ":"]


@pytest.mark.parametrize("text", [
    'Rep. Ana Ruiz (R-Tex.): "We will win."',
    'Rep. Ana Ruiz (R-Tex.):"We will win."',
])
def test_closing_bracket_colon_and_mark_after_a_party_tag_are_tokens_apart(pipeline, text):
    words = [t.text for t in pipeline(text)]
    assert words[words.index(")"):words.index(")") + 3] == [")", ":", '"']


def test_apostrophes_and_inch_marks_stay_inside_their_words(pipeline):
    words = [t.text for t in pipeline("He is 5'10\" tall and the SDF's don't.")]
    assert "5'10" in words and "SDF" in words and "'s" in words and "do" in words


def test_an_unpaired_surrogate_is_read_as_a_replacement_character_and_offsets_hold(pipeline):
    """JSON's `"\\ud800"` decodes to a lone surrogate, which has no UTF-8 form: spaCy's string
    store raised UnicodeEncodeError on it (a 500)."""
    text = '\ud800 "We will win," said Ana Ruiz. \udc00'
    result = nlp.analyze(pipeline, text)
    assert [q.text for q in result.quotes] == ["We will win,"]
    assert text[result.quotes[0].start:result.quotes[0].end] == "We will win,"
    assert result.quotes[0].speaker.name == "Ana Ruiz"

"""Quote segments: marks paired in raw text, offsets kept, speech told from titles and terms."""
from __future__ import annotations

import pytest

from nlp.quotes.marks import scan
from tests.nlp.quoted import speech_verdicts


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in scan(text)]


@pytest.mark.parametrize("text", [
    '"We will rebuild the bridge," the mayor said.',
    "“We will rebuild the bridge,” the mayor said.",
    "''We will rebuild the bridge,'' the mayor said.",
    "``We will rebuild the bridge,'' the mayor said.",
])
def test_double_quote_styles_give_the_same_segment(text):
    assert _texts(text) == ["We will rebuild the bridge,"]


def test_offsets_exclude_marks_and_index_the_text():
    text = 'Ms. Okafor said: “The river rose overnight.” Then she left.'
    (seg,) = scan(text)
    assert text[seg.start:seg.end] == "The river rose overnight."
    assert (seg.open_mark, seg.close_mark) == ("“", "”")


def test_apostrophes_in_double_quoted_text_are_not_marks():
    text = "“We don’t know the SDF’s plans for the ’90s-era base,” he said. It's rock 'n' roll."
    assert _texts(text) == ["We don’t know the SDF’s plans for the ’90s-era base,"]


def test_nested_single_quote_stays_inside_its_double_quote():
    text = "“She told me, ‘Leave now,’ and I did,” Ruiz said."
    assert _texts(text) == ["She told me, ‘Leave now,’ and I did,"]


def test_three_apostrophes_are_a_double_mark_beside_a_nested_single_one():
    assert _texts("''We can't call it 'fair,''' she said.") == ["We can't call it 'fair,'"]
    assert _texts("'''Fair' is the word,'' she said.") == ["'Fair' is the word,"]


def test_direction_marks_and_doubled_right_singles_do_not_hide_quotes():
    assert _texts("\u202a”Never again,” wrote one reader.") == ["Never again,"]
    assert _texts("He called it a “question’’ and left.") == ["question"]


def test_nested_double_quote_of_the_other_style_stays_inside():
    text = ('"The board calls it a “temporary pause” and nothing more, as usual.\n\n'
            'The vote is Friday.')
    assert _texts(text) == ["The board calls it a “temporary pause” and nothing more, as usual."]


def test_british_single_quotes_are_primary_when_no_double_quotes_lead():
    text = ("‘We shan’t wait for the council,’ said Ms. Patel. ‘The pupils’ union agrees.’\n\n"
            "Rock ’n’ roll fans in the ’90s said ‘never again’.")
    assert _texts(text) == ["We shan’t wait for the council,", "The pupils’ union agrees.",
                            "never again"]


def test_straight_single_quotes_skip_contractions_and_elisions():
    text = "'It's over,' said Dunn. 'We'll go 'round again in the '20s.'"
    assert _texts(text) == ["It's over,", "We'll go 'round again in the '20s."]


def test_multi_paragraph_quote_shares_a_group():
    text = ('“The plan has three parts,” said Lena Ortiz. “First, we close the old mine.\n\n'
            '“Second, we train the miners.\n\n“Third, we open the park,” she said.\n\nNext story.')
    segs = scan(text)
    pieces = [text[s.start:s.end] for s in segs]
    assert pieces == ["The plan has three parts,", "First, we close the old mine.",
                      "Second, we train the miners.", "Third, we open the park,"]
    assert segs[0].group is None
    assert segs[1].group is not None and segs[1].group == segs[2].group == segs[3].group
    assert segs[1].close_mark is None and segs[3].close_mark == "”"
    assert [s.paragraph for s in segs] == [0, 0, 1, 2]


def test_quote_left_open_ends_at_its_paragraph():
    text = 'He said: "We are not leaving\n\nThe council met on Monday. "Fine," it said.'
    assert _texts(text) == ["We are not leaving", "Fine,"]
    assert scan(text)[0].group is None


def test_doubled_marks_count_as_one():
    text = 'She paused. ""Maybe next year,"" she said.'
    assert _texts(text) == ["Maybe next year,"]


def test_curly_mark_closed_by_straight_one_and_reversed_curls():
    assert _texts("“Not today,\" he said.") == ["Not today,"]
    assert _texts("“Not today,“ he said.") == ["Not today,"]
    assert _texts("”Not today,” he said.") == ["Not today,"]


def test_reversed_mark_opens_a_later_line_after_indentation_and_format_characters():
    text = "The mayor spoke twice.\n  \u200b”Not today,” he said.\n\t”Nor tomorrow,” he added."
    assert _texts(text) == ["Not today,", "Nor tomorrow,"]


def test_glued_quotes_are_split():
    assert _texts("“It is late.”“Go home,” she said.") == ["It is late.", "Go home,"]


def test_markup_attributes_are_not_quotes():
    text = '<tweet id="123" author="@someone">We won</tweet>\n\n"Great night," he wrote.'
    assert _texts(text) == ["Great night,"]


def test_inch_marks_and_stray_closers_yield_nothing():
    assert _texts('The 6" pipe burst. It was 5 ft 2" tall.') == []


def test_scare_quotes_are_not_speech(pipeline):
    out = speech_verdicts(pipeline, 'The army shelled the town held by ISIS "fighters" on Tuesday.')
    assert out["fighters"][0] is False


def test_titles_of_works_are_not_speech(pipeline):
    out = speech_verdicts(pipeline, 'She appeared on NBC\'s "Meet the Press" and later praised '
                                    'the novel "The Silent River" at length.')
    assert out["Meet the Press"] == (False, "title")
    assert out["The Silent River"] == (False, "title")


def test_quoted_modifier_of_a_noun_is_a_term(pipeline):
    out = speech_verdicts(pipeline, 'Members of the "Clean Water" caucus met again on Monday.')
    assert out["Clean Water"][0] is False


def test_partial_quote_with_a_speech_verb_is_speech(pipeline):
    out = speech_verdicts(pipeline, 'Trump said the caliphate would be gone "by tonight" and left.')
    assert out["by tonight"][0] is True


def test_short_quote_called_by_a_speaker_is_speech(pipeline):
    text = 'The senator called the budget "a disgrace" during the hearing.'
    out = speech_verdicts(pipeline, text)
    assert out["a disgrace"] == (True, "partial_quote")


def test_full_sentence_quote_is_speech_without_a_cue_in_it(pipeline):
    text = 'Lopez shook her head. "We cannot afford another delay."'
    assert speech_verdicts(pipeline, text)["We cannot afford another delay."][0] is True


def test_headline_and_boilerplate_do_not_break_anything(pipeline):
    text = ("Mayor Vows ‘New Start’ for River Town\n\n"
            "Join our commenting forum. Donate now to support \"independent\" journalism!\n\n"
            '"We start today," Mayor Ann Cole said.')
    out = speech_verdicts(pipeline, text)
    assert out["We start today,"][0] is True
    assert out["independent"][0] is False
    assert "New Start" not in out


@pytest.mark.parametrize("text", [
    "Ana Ruiz said: “We will win the vote\u200b” on Monday.",
    "Ana Ruiz said: \u200b“\u2060We will win the vote\u200e” on Monday.",
    'Ana Ruiz said: "We will win the vote\ufeff" on Monday.',
], ids=["zero-width space before the close", "joiner and marks on both sides", "BOM"])
def test_format_characters_beside_marks_neither_hide_the_quote_nor_enter_it(text):
    assert _texts(text) == ["We will win the vote"]

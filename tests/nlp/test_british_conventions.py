"""British news conventions (issues 12 and 16): `Mr`/`Ms` without a full stop, a football
`boss` and his club, Labour and the Tories as parties, run-together paragraphs where a mark
reopens before the last closes, vox-pop lines with no colon, `the Newport-based athlete`, an
agency quoting someone `as saying`, a sentence after a quote that says something new (no cue of
it), and dashed lines that are no signature."""
import pytest

import nlp
from tests.nlp.answers import fails_today, name_of, role_of, speaker_with, tied_to

CONSERVATIVE = ("Conservative Party", "Conservatives", "Tories", "Tory")
LABOUR = ("Labour Party", "Labour")


@pytest.mark.parametrize("text", [
    'Tory leader Michael Hart visited Leeds on Monday.\n\n"We will cut council tax," Mr Hart said.',
    'Michael Hart visited Leeds. Mr Hart said: "We will cut council tax."',
], ids=["after the quote", "before the quote"])
def test_mr_without_a_full_stop_takes_the_full_name(pipeline, text):
    assert name_of(pipeline, text, "council tax") == "Michael Hart"


def test_ms_with_an_age_keeps_the_surname_when_no_full_name_is_given(pipeline):
    assert name_of(pipeline, 'Ms Penn, 45, said the decision was "a disgrace".',
                   "disgrace") == "Penn"


def test_tory_before_a_title_is_the_conservative_party(pipeline):
    text = ('Tory leader Michael Hart visited Leeds on Monday.\n\n'
            '"We will cut council tax," Mr Hart said.')
    assert tied_to(pipeline, text, "council tax", *CONSERVATIVE)


def test_labour_possessive_gives_the_party(pipeline):
    text = 'Labour\'s Sarah Penn said the plan was "a stealth tax".'
    assert tied_to(pipeline, text, "stealth tax", *LABOUR)


@pytest.mark.parametrize("text", [
    '"The plan is a stealth tax," said Sarah Penn, the Labour MP for Bolton West.',
    '"The plan is a stealth tax," said Labour MP Sarah Penn.',
], ids=["apposition", "premodifier"])
def test_labour_mp_is_an_mp_of_the_labour_party(pipeline, text):
    assert role_of(pipeline, text, "stealth tax") == "mp"
    assert tied_to(pipeline, text, "stealth tax", *LABOUR)


def test_spokesman_for_the_tories_is_affiliated_with_the_party(pipeline):
    text = '"We are the party of lower taxes," said a spokesman for the Tories.'
    assert tied_to(pipeline, text, "lower taxes", *CONSERVATIVE)


def test_the_tories_speaking_are_an_organisation_speaker(pipeline):
    speaker = speaker_with(pipeline, 'The Tories said the plan was "a stealth tax".',
                           "stealth tax")
    assert speaker.kind == "organization" and speaker.name == "Tories"


@pytest.mark.parametrize("text, name", [
    ('"We have cut crime," New Labour said in a statement on Monday.', "New Labour"),
    ('Scottish Labour said: "We will fight every seat."', "Scottish Labour"),
], ids=["New Labour", "Scottish Labour"])
def test_a_party_named_with_a_modifier_is_an_organisation_speaker(pipeline, text, name):
    speaker = nlp.analyze(pipeline, text).quotes[0].speaker
    assert speaker.kind == "organization" and speaker.name == name


@pytest.mark.parametrize("text, words", [
    ('"We were poor in the second half," said Bolton boss Sam Allardyce.', "second half"),
    ('Bolton boss Sam Allardyce said his side had been "poor".', "poor"),
], ids=["inverted", "fragment"])
def test_football_boss_is_a_role(pipeline, text, words):
    assert role_of(pipeline, text, words) in {"boss", "manager"}


@pytest.mark.parametrize("text, words", [
    ('"We were poor in the second half," said Bolton boss Sam Allardyce.', "second half"),
    ('Bolton boss Sam Allardyce said his side had been "poor".', "poor"),
], ids=["inverted", "fragment"])
def test_club_before_boss_is_the_affiliation(pipeline, text, words):
    assert tied_to(pipeline, text, words, "Bolton", "Bolton Wanderers")


def test_club_of_a_boss_description_is_the_affiliation(pipeline):
    text = '"We have a strong squad," Wenger said. The Arsenal boss added: "We can win it."'
    assert tied_to(pipeline, text, "strong squad", "Arsenal")


@fails_today(16, "`the Arsenal boss` is not resolved to the manager named just before")
def test_club_boss_description_is_the_manager_named_before(pipeline):
    text = '"We have a strong squad," Wenger said. The Arsenal boss added: "We can win it."'
    assert name_of(pipeline, text, "win it") == "Wenger"


VOX_POP = ('Managers gave their verdicts on the weekend:\n\n'
           '- Bolton boss Sam Allardyce "We were poor in the second half."\n'
           '- Leeds manager Kevin Blackwell "We deserved the win."')


def test_vox_pop_line_without_a_colon_is_its_own_lines_speaker(pipeline):
    assert name_of(pipeline, VOX_POP, "second half") == "Sam Allardyce"
    assert name_of(pipeline, VOX_POP, "deserved the win") == "Kevin Blackwell"


@pytest.mark.parametrize("text", [
    '"The match was tough," said England captain Jonny Hale. "We made it hard for ourselves. '
    '"But we never gave up," he said.',
    '"The match was tough," said Jonny Hale. "We made it hard for ourselves. '
    '"But we never gave up."',
], ids=["with a closing cue", "without"])
def test_mark_reopening_before_the_quote_closes_keeps_the_speaker(pipeline, text):
    result = nlp.analyze(pipeline, text)
    assert [q.text for q in result.quotes] == [
        "The match was tough,", "We made it hard for ourselves.", result.quotes[2].text]
    assert result.quotes[2].text.startswith("But we never gave up")
    assert {q.speaker.name for q in result.quotes} == {"Jonny Hale"}


def test_england_captain_is_a_role(pipeline):
    text = '"The match was tough," said England captain Jonny Hale.'
    assert role_of(pipeline, text, "match was tough") == "captain"


def test_national_side_before_captain_is_the_affiliation(pipeline):
    text = '"The match was tough," said England captain Jonny Hale.'
    assert tied_to(pipeline, text, "match was tough", "England")


def test_place_based_athlete_is_the_sprinter_named_before(pipeline):
    text = ('Welsh sprinter Cara Bell won gold in Madrid. '
            '"I trained for years for this," said the Newport-based athlete.')
    assert name_of(pipeline, text, "trained for years") == "Cara Bell"


def test_place_based_athlete_with_nobody_named_stays_unnamed(pipeline):
    text = '"I trained for years for this," said the Newport-based athlete.'
    speaker = speaker_with(pipeline, text, "trained for years")
    assert speaker.name is None
    assert speaker.descriptor == "the Newport-based athlete"


def test_agency_quoting_a_prosecutor_as_saying_credits_the_prosecutor(pipeline):
    text = 'AP quoted prosecutor Dana Cole as saying the case was "far from over".'
    assert name_of(pipeline, text, "far from over") == "Dana Cole"


def test_agency_quoting_an_unnamed_spokesman_leaves_the_spokesman(pipeline):
    text = ('The Press Association quoted a police spokesman as saying the road would '
            '"stay shut".')
    speaker = speaker_with(pipeline, text, "stay shut")
    assert speaker is not None and speaker.name is None
    assert speaker.descriptor == "a police spokesman"


def test_shadow_chancellor_apposition_gives_the_role(pipeline):
    text = ('Chancellor Gordon Brand said the economy was "strong and stable". The shadow '
            'chancellor, Oliver Lett, called it "complacent".')
    assert name_of(pipeline, text, "complacent") == "Oliver Lett"
    assert role_of(pipeline, text, "complacent") == "shadow chancellor"
    assert role_of(pipeline, text, "strong and stable") == "chancellor"


def test_single_quoted_headline_goes_to_who_says_it_in_the_article(pipeline):
    text = ("'Cuts will hurt schools', says union\n\nThe teachers' union met on Monday. "
            '"Cuts will hurt schools," said general secretary Steve Sinnott.')
    assert name_of(pipeline, text, "Cuts will hurt schools") == "Steve Sinnott"


@pytest.mark.parametrize("after", [
    "Kemp agreed winning the cup capped a great season.",
    "Describing the final as a classic, Kemp thanked the fans.",
], ids=["verb taking a clause", "participle"])
def test_next_sentence_saying_something_new_is_no_cue_of_the_quote(pipeline, after):
    text = f'Tom Rees lifted the trophy. "It was the best night of my life." {after}'
    assert name_of(pipeline, text, "best night") == "Tom Rees"


def test_dashed_line_with_a_verb_before_the_name_is_no_signature(pipeline):
    text = ('Tom Rees lifted the trophy.\n"We will win the league again next year."\n'
            '- There was also praise for James Clarke, who scored twice.')
    assert name_of(pipeline, text, "win the league") == "Tom Rees"
    signed = '"We will win the league again next year."\n- James Clarke'
    assert name_of(pipeline, signed, "win the league") == "James Clarke"


@pytest.mark.parametrize("text, words, name", [
    pytest.param('Tom Rees has been the manager for ten years. "We played well," said the Scot.',
                 "played well", "Tom Rees", id="said the Scot"),
    pytest.param('Club boss Tom Rees said: "We were poor." The Frenchman added that his side '
                 '"lacked energy".', "lacked energy", "Tom Rees", id="the Frenchman added"),
])
def test_nationality_description_the_tagger_reads_as_a_name_is_the_person_named(
        pipeline, text, words, name):
    assert name_of(pipeline, text, words) == name


def test_nationality_description_with_nobody_named_stays_unnamed(pipeline):
    speaker = speaker_with(pipeline, '"We played well," said the Scot.', "played well")
    assert speaker.name is None

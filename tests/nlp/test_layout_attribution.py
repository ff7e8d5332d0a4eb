"""Layout as attribution (issue 16): signatures, roundup lines, transcript labels, Q&A blocks and
vox-pop lists name the speaker without any speech verb."""
import pytest

from tests.nlp.answers import fails_today, name_of, role_of, speaker_with, tied_to

DASHES = {"hyphen": "-", "en dash": "\u2013", "em dash": "\u2014", "horizontal bar": "\u2015"}


@pytest.mark.parametrize("dash", list(DASHES.values()), ids=list(DASHES))
def test_signature_on_the_quotes_own_line_names_the_speaker(pipeline, dash):
    text = f'"The bridge will reopen in May." {dash} Carla Mendes, city engineer'
    assert name_of(pipeline, text, "bridge") == "Carla Mendes"


@pytest.mark.parametrize("dash", [
    pytest.param(DASHES["hyphen"], id="hyphen"),
    pytest.param(DASHES["en dash"], id="en dash"),
    pytest.param(DASHES["em dash"], id="em dash"),
    pytest.param(DASHES["horizontal bar"], id="horizontal bar"),
])
def test_signature_on_the_next_line_names_the_speaker(pipeline, dash):
    text = f'"The bridge will reopen in May."\n{dash} Carla Mendes, city engineer'
    assert name_of(pipeline, text, "bridge") == "Carla Mendes"


def test_signature_glued_to_its_dash_names_the_speaker(pipeline):
    text = '"The bridge will reopen in May." \u2014Carla Mendes'
    assert name_of(pipeline, text, "bridge") == "Carla Mendes"


def test_signature_after_a_blank_line_names_the_speaker(pipeline):
    text = '"The bridge will reopen in May."\n\n-- Carla Mendes'
    assert name_of(pipeline, text, "bridge") == "Carla Mendes"


def test_signature_gives_the_role_after_the_name(pipeline):
    text = '"The bridge will reopen in May."\n\u2014 Carla Mendes, city engineer'
    assert role_of(pipeline, text, "bridge") == "city engineer"


def test_place_in_a_signature_is_no_role(pipeline):
    text = ('Readers wrote in about the closure.\n\n"The detour adds an hour to my commute."\n'
            '\u2014 Omar Haddad, Springfield')
    speaker = speaker_with(pipeline, text, "detour")
    assert speaker.name == "Omar Haddad"
    assert speaker.role is None


def test_each_signed_letter_keeps_its_own_signature(pipeline):
    text = ('Readers wrote in about the closure.\n\n"The detour adds an hour to my commute."\n'
            '\u2014 Omar Haddad\n\n"It is worth the wait."\n\u2014 Lucy Grant')
    assert name_of(pipeline, text, "detour") == "Omar Haddad"
    assert name_of(pipeline, text, "worth the wait") == "Lucy Grant"


def test_credit_line_after_an_attributed_quote_does_not_take_it(pipeline):
    text = '"We are ready for the storm," said Mayor Lina Ortiz.\n\u2014 Reporting by Sam Cole'
    assert name_of(pipeline, text, "storm") == "Lina Ortiz"


ROUNDUP = ('What the papers said about the budget:\n\n'
           'Paul Berg, The Daily Ledger: "The deal is a mistake that voters will remember."\n\n'
           'Nora Quinn, Harbor Times: "It is the best budget in a decade."')


def test_roundup_line_name_before_the_outlet_is_the_speaker(pipeline):
    assert name_of(pipeline, ROUNDUP, "mistake") == "Paul Berg"
    assert name_of(pipeline, ROUNDUP, "best budget") == "Nora Quinn"


@fails_today(16, "the outlet of a roundup line is the speaker, not the speaker's employer")
def test_roundup_line_outlet_is_the_speakers_affiliation(pipeline):
    assert tied_to(pipeline, ROUNDUP, "mistake", "The Daily Ledger", "Daily Ledger")


EXPERTS = ('We asked three experts about the vote.\n\n'
           'Lena Fischer, economist: "The markets will shrug it off."\n\n'
           'Tomas Varga, pollster: "Turnout will decide it."')


def test_name_and_role_line_names_the_speaker(pipeline):
    assert name_of(pipeline, EXPERTS, "markets") == "Lena Fischer"
    assert name_of(pipeline, EXPERTS, "Turnout") == "Tomas Varga"


def test_name_and_role_line_gives_the_role(pipeline):
    assert role_of(pipeline, EXPERTS, "Turnout") == "pollster"


def test_name_line_with_a_colon_names_the_speaker(pipeline):
    text = 'Tom Bell: "Will the plan pass this year?"\nMaria Rivera: "It will pass in June."'
    assert name_of(pipeline, text, "plan pass") == "Tom Bell"
    assert name_of(pipeline, text, "June") == "Maria Rivera"


def test_label_before_an_attributed_quote_is_not_the_speaker(pipeline):
    text = 'UPDATE: "The road is closed until further notice," police said on Monday.'
    speaker = speaker_with(pipeline, text, "road is closed")
    assert speaker is not None and speaker.name is None
    assert speaker.descriptor == "police"


TRANSCRIPT = ('The radio host Tom Bell interviewed Maria Rivera on Monday.\n\n'
              'HOST: "Will the plan pass this year?"\n\n'
              'MS. RIVERA: "It will pass in June, I am sure of it."')


def test_host_label_is_the_host_named_in_the_article(pipeline):
    assert name_of(pipeline, TRANSCRIPT, "plan pass") == "Tom Bell"


def test_honorific_label_takes_the_full_name(pipeline):
    assert name_of(pipeline, TRANSCRIPT, "June") == "Maria Rivera"


def test_title_label_takes_the_full_name(pipeline):
    text = ('Senator Alan Pierce spoke to the committee.\n\n'
            'SEN. PIERCE: "We will not fund this program."')
    assert name_of(pipeline, text, "fund") == "Alan Pierce"


def test_job_label_without_a_name_is_an_unnamed_speaker(pipeline):
    text = ('Senator Alan Pierce spoke to the committee.\n\n'
            'SEN. PIERCE: "We will not fund this program."\n\n'
            'CHAIRMAN: "The senator\'s time has expired."')
    speaker = speaker_with(pipeline, text, "time has expired")
    assert speaker is not None and speaker.name is None
    assert speaker.descriptor is not None and "chairman" in speaker.descriptor.lower()


QA = ('Mayor Lina Ortiz sat down with us to talk about the budget.\n\n'
      'Q: "Will taxes rise next year?"\n\nA: "Not next year, and not the year after."')


def test_answer_in_a_qa_block_is_the_interviewees(pipeline):
    assert name_of(pipeline, QA, "Not next year") == "Lina Ortiz"


def test_question_label_is_no_speakers_name(pipeline):
    assert name_of(pipeline, QA, "taxes rise") != "Q"


def test_answer_under_an_unquoted_question_is_the_interviewees(pipeline):
    text = ('Mayor Lina Ortiz answered readers\' questions.\n\nQ. What about the buses?\n\n'
            'A. "We are buying forty new buses this spring."')
    assert name_of(pipeline, text, "forty new buses") == "Lina Ortiz"


VOX_POP = ('Shoppers on Main Street gave their views.\n\n'
           '- Tom Green, 54, teacher: "Prices are far too high now."\n'
           '- Amy Lee, student: "I like the new shops a lot."')


def test_vox_pop_line_quote_is_its_own_lines_name(pipeline):
    assert name_of(pipeline, VOX_POP, "Prices") == "Tom Green"


def test_last_vox_pop_line_names_its_speaker(pipeline):
    assert name_of(pipeline, VOX_POP, "new shops") == "Amy Lee"


def test_vox_pop_line_gives_the_job_as_role(pipeline):
    assert role_of(pipeline, VOX_POP, "Prices") == "teacher"


def test_vox_pop_line_with_a_speech_verb_keeps_its_name(pipeline):
    text = ('Shoppers on Main Street gave their views.\n\n'
            '* Tom Green, a retired teacher, said: "Prices are far too high now."\n'
            '* Amy Lee, 19: "I like the new shops a lot."')
    assert name_of(pipeline, text, "Prices") == "Tom Green"


def test_vox_pop_line_with_an_age_names_its_speaker(pipeline):
    text = ('Shoppers on Main Street gave their views.\n\n'
            '* Tom Green, a retired teacher, said: "Prices are far too high now."\n'
            '* Amy Lee, 19: "I like the new shops a lot."')
    assert name_of(pipeline, text, "new shops") == "Amy Lee"


def test_name_after_a_preposition_in_a_label_is_the_topic_not_the_speaker(pipeline):
    text = ('Our critic Ann Lowe reviewed the week in politics.\n\n'
            'On Senator Alan Pierce: "He will lose the state."')
    assert name_of(pipeline, text, "lose the state") != "Alan Pierce"


def test_label_more_from_a_name_is_that_persons(pipeline):
    text = ('Our critic Ann Lowe reviewed the week.\n\n'
            'More from Ann Lowe: "He will lose the state."')
    assert name_of(pipeline, text, "lose the state") == "Ann Lowe"


def test_rival_named_in_a_vox_pop_line_after_the_comma_is_not_the_speaker(pipeline):
    text = ('Voters in Leeds gave their views.\n\n'
            '- Ruth Hale, who backs Tom Reyes: "He has my vote."')
    assert name_of(pipeline, text, "my vote") != "Tom Reyes"

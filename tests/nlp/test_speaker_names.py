"""Speaker names (issue 16, CONVENTIONS.md "Speaker"): a surname comes back as the fullest name
the article gives, even when that mention is glued to a dateline; hyphenated, multi-word and
family-name-first names stay whole; people sharing a surname stay apart by first name, title,
pronoun gender and proximity."""
import pytest

import nlp
from tests.nlp.answers import name_of

LATER = '\n\n"The city needs a fresh start," Doe said.'


@pytest.mark.parametrize("opening", [
    pytest.param("DENVER\u2014Jane Doe said on Monday that she would run for mayor.",
                 id="em dash glued"),
    pytest.param("DENVER \u2014 Jane Doe said on Monday that she would run for mayor.",
                 id="em dash spaced"),
    pytest.param("BOISE, Idaho -- Jane Doe said on Monday that she would run for mayor.",
                 id="double hyphen"),
    pytest.param("DENVER\u2014Jane Doe wants to be mayor.", id="no speech verb"),
    pytest.param("DENVER\u2014Jane Doe, a city councillor, announced her bid.",
                 id="apposition"),
    pytest.param("WASHINGTON\u2014Sen. Jane Doe announced her bill on Monday.", id="title"),
    pytest.param("DENVER (AP)\u2014Jane Doe announced on Monday that she would run for mayor.",
                 id="agency in brackets"),
])
def test_surname_takes_the_full_name_glued_to_the_dateline(pipeline, opening):
    assert name_of(pipeline, opening + LATER, "fresh start") == "Jane Doe"


def test_pronoun_after_a_dateline_name_is_that_person(pipeline):
    text = 'DENVER\u2014Jane Doe wants to be mayor. "The city needs a fresh start," she said.'
    assert name_of(pipeline, text, "fresh start") == "Jane Doe"


def test_hyphenated_surname_alone_takes_the_full_name(pipeline):
    text = ('Maria Garcia-Lopez opened her campaign in Tucson on Saturday.\n\n'
            '"We start today," Garcia-Lopez said.')
    assert name_of(pipeline, text, "start today") == "Maria Garcia-Lopez"


def test_hyphenated_surname_stays_whole_after_the_verb(pipeline):
    assert name_of(pipeline, '"We start today," said Maria Garcia-Lopez.',
                   "start today") == "Maria Garcia-Lopez"


def test_surname_with_a_particle_takes_the_full_name(pipeline):
    text = ('Bill de Blasio spoke at City Hall on Monday.\n\n'
            '"The schools will open," de Blasio said.')
    assert name_of(pipeline, text, "schools will open") == "Bill de Blasio"


def test_surname_with_two_particles_takes_the_full_name(pipeline):
    text = ('Ana van der Berg joined the board in May.\n\n'
            '"We have work to do," van der Berg said.')
    assert name_of(pipeline, text, "work to do") == "Ana van der Berg"


def test_family_name_first_takes_the_full_name(pipeline):
    text = 'Xi Jinping met the prime minister in Beijing.\n\n"Our ties are strong," Xi said.'
    assert name_of(pipeline, text, "ties are strong") == "Xi Jinping"


def test_mrs_takes_the_woman_of_two_people_sharing_a_surname(pipeline):
    text = ('Hillary Clinton and Bill Clinton arrived together. '
            '"We are glad to be here," Mrs. Clinton said.')
    assert name_of(pipeline, text, "glad to be here") == "Hillary Clinton"


def test_mr_takes_the_man_of_two_people_sharing_a_surname(pipeline):
    text = ('Hillary Clinton and Bill Clinton arrived together. '
            '"It is good to be back," Mr. Clinton said.')
    assert name_of(pipeline, text, "good to be back") == "Bill Clinton"


def test_ms_takes_the_woman_when_the_man_is_named_first(pipeline):
    text = ('Ed Park, the chef, opened a second restaurant. His daughter, Mina Park, runs the '
            'first one.\n\n"The menu is the same," said Ms. Park.')
    assert name_of(pipeline, text, "menu is the same") == "Mina Park"


@pytest.mark.parametrize("text, speaker", [
    ('Hillary Clinton spoke first, and Bill Clinton followed her. '
     '"It is good to be back," he said.', "Bill Clinton"),
    ('Bill Clinton spoke first, and Hillary Clinton followed him. '
     '"It is good to be back," she said.', "Hillary Clinton"),
], ids=["he", "she"])
def test_pronoun_gender_picks_among_people_sharing_a_surname(pipeline, text, speaker):
    assert name_of(pipeline, text, "good to be back") == speaker


def test_first_name_alone_takes_the_full_name(pipeline):
    text = ('Anna Novak, a nurse, met her brother Peter Novak at the station. '
            '"It was a long trip," Peter said.')
    assert name_of(pipeline, text, "long trip") == "Peter Novak"


def test_shared_surname_goes_to_the_bearer_who_spoke_last(pipeline):
    text = ('Anna Novak, a nurse, met her brother Peter Novak at the station. '
            '"It was a long trip," Anna Novak said.\n\n"I missed home," Novak said.')
    assert name_of(pipeline, text, "missed home") == "Anna Novak"


def test_title_and_surname_take_the_title_holder_not_the_spouse(pipeline):
    text = ('Senator Tom Reyes and his wife, Carla Reyes, voted early. '
            '"Every vote counts," Sen. Reyes said.')
    assert name_of(pipeline, text, "Every vote counts") == "Tom Reyes"


@pytest.mark.parametrize("text, speaker", [
    pytest.param('J\u00fcrgen Gro\u00df runs the port. "We are hiring," Gross said.',
                 "J\u00fcrgen Gro\u00df", id="sharp s"),
    pytest.param('Lech Wa\u0142\u0119sa spoke. "We are free," Walesa said.',
                 "Lech Wa\u0142\u0119sa", id="l with stroke"),
    pytest.param('\u0110or\u0111e Petrovi\u0107 runs the port. "We are hiring," Petrovic said.',
                 "\u0110or\u0111e Petrovi\u0107", id="accent"),
])
def test_surname_in_plain_letters_takes_the_full_name_written_with_others(pipeline, text,
                                                                          speaker):
    assert name_of(pipeline, text, "We are") == speaker


def test_one_person_spelt_with_and_without_a_stroke_is_one_speaker(pipeline):
    text = ('Pawe\u0142 Nowak runs the mill. "We are hiring," Pawel Nowak said. '
            '"Twenty jobs," said Nowak.')
    result = nlp.analyze(pipeline, text)
    assert len(result.speakers) == 1
    assert len({q.speaker.key for q in result.quotes}) == 1


@pytest.mark.parametrize("text", [
    '"We will win the vote," said Ann Lee \U0001F600 on Monday.',
    '"We will win the vote," said \U0001F600 Ann Lee.',
    '"We will win the vote," said Ann Lee \u00a9.',
])
def test_an_emoji_or_symbol_beside_a_name_is_not_part_of_it(pipeline, text):
    assert name_of(pipeline, text, "win the vote") == "Ann Lee"


def test_headline_name_does_not_run_into_the_next_line(pipeline):
    """Issue 16: the small model runs a headline's `…, says Howard` into the first line's
    `Gordon Brown`; a name ends at its line, and a name on one line stays whole."""
    text = ('Britain on wrong road, says Howard\n\nGordon Brown had the chance to fix pensions '
            'and failed, Michael Howard has said.\n\n"Savers have been robbed," Mr Howard said.'
            '\n\n"We have helped savers," Mr Brown said in reply.')
    assert name_of(pipeline, text, "helped savers") == "Gordon Brown"
    assert name_of(pipeline, text, "been robbed") == "Michael Howard"


@pytest.mark.parametrize("text", [
    '"We are ready for this fight," said Navy Capt. Jeff Dale, a spokesman for the fleet.',
    '"We are ready for this fight," said Lt. Col. Jeff Dale.',
], ids=["Capt.", "Lt. Col."])
def test_title_abbreviation_after_the_verb_is_not_the_speaker(pipeline, text):
    assert name_of(pipeline, text, "ready for this fight") == "Jeff Dale"

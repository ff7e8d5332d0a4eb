"""Affiliations (issue 12, CONVENTIONS.md "Affiliation"): the body the article ties the speaker
to, from every mention and from context, the full form first with its short form; a party
from any party tag, never the state; acronyms and common short forms of a body tied together;
descriptive modifiers dropped; names folded without losing letters."""
import pytest

import nlp
from tests.nlp.answers import affiliation_of, every_affiliation_of, fails_today, role_of, tied_to

REPUBLICAN = ("Republican Party", "Republicans", "GOP")
DEMOCRATIC = ("Democratic Party", "Democrats")


@pytest.mark.parametrize("text, party", [
    ('"We will win Ohio," said Sen. Ruth Adler (R-Ohio).', REPUBLICAN),
    ('"We will win Ohio," said Sen. Ruth Adler, R-Ohio.', REPUBLICAN),
    ('"We will win Ohio," said Ruth Adler, a Democrat from Ohio.', DEMOCRATIC),
    ('"We will win Ohio," said the Democratic senator, Ruth Adler.', DEMOCRATIC),
    ('"We will win Ohio," said Republican Ruth Adler.', REPUBLICAN),
    ('Ruth Adler is the Democratic senator from Ohio. "We will win Ohio," Adler said.',
     DEMOCRATIC),
], ids=["(R-Ohio)", ", R-Ohio", "a Democrat from", "the Democratic senator", "Republican X",
        "predicate in the sentence before"])
def test_party_tag_gives_the_party(pipeline, text, party):
    assert tied_to(pipeline, text, "win Ohio", *party)


@pytest.mark.parametrize("text, state", [
    ('"We will win Ohio," said Sen. Ruth Adler (R-Ohio).', "ohio"),
    ('"It is a disgrace," said Sen. Ruth Adler (R-Texas).', "texas"),
    ('"We will win Ohio," said Ruth Adler, a Democrat from Ohio.', "ohio"),
    ('"We will win Ohio," said Senator Ruth Adler of Ohio.', "ohio"),
    ('"It is over," said Representative Tom Reyes, Republican of New York.', "new york"),
], ids=["(R-Ohio)", "(R-Texas)", "a Democrat from", "senator of a state", "Republican of"])
def test_legislators_state_is_never_an_affiliation(pipeline, text, state):
    opening = text[1:9]  # the first words inside the quote marks
    assert state not in every_affiliation_of(pipeline, text, opening)


def test_chamber_of_a_legislator_is_never_an_affiliation(pipeline):
    text = '"We must act," said Senate Minority Leader Ruth Adler (D-Ohio).'
    assert "senate" not in every_affiliation_of(pipeline, text, "must act")


def test_state_of_an_executive_office_named_before_the_title_is_the_affiliation(pipeline):
    assert tied_to(pipeline, '"We will appeal," said Ohio Gov. Ruth Adler.', "appeal", "Ohio")


def test_jurisdiction_the_article_names_as_theirs_is_the_affiliation(pipeline):
    text = '"Nevada will appeal," said Ana Ruiz, the attorney general of Nevada.'
    assert tied_to(pipeline, text, "will appeal", "Nevada")


@pytest.mark.parametrize("text, words, body", [
    ('"Rates will rise," said Lena Fischer, chief economist for Northgate Bank.',
     "Rates will rise", "Northgate Bank"),
    ('"Rates will rise," said Lena Fischer, director of communications at Northgate Bank.',
     "Rates will rise", "Northgate Bank"),
    ('"Trains will be late," said Paul Berg of Network Rail.', "Trains", "Network Rail"),
    ('"The bridge is safe," said Paul Berg, a senior engineer with the Highway Agency.',
     "bridge is safe", "Highway Agency"),
    ('"The bridge is safe," said Paul Berg, who works for the Highway Agency.',
     "bridge is safe", "Highway Agency"),
    ('"We need more beds," said Wendy Hale, the Red Cross\'s Oregon and Washington regional '
     'director.', "more beds", "Red Cross"),
    ('The chief executive of Northgate Bank, Dan Price, said profits were '
     '"better than expected."', "better than expected", "Northgate Bank"),
], ids=["for", "at", "of", "with", "who works for", "possessive", "descriptor-first of-phrase"])
def test_body_of_a_phrase_around_the_name_is_the_affiliation(pipeline, text, words, body):
    assert tied_to(pipeline, text, words, body)


def test_a_place_after_a_body_word_stays_in_the_body_name(pipeline):
    text = '"The port is full," said Ana Ruiz, a spokeswoman for the Port of Tacoma.'
    assert tied_to(pipeline, text, "port is full", "Port of Tacoma")


@pytest.mark.parametrize("text, words, body", [
    ('"The count is accurate," said Tom Reyes, who heads the county elections office.',
     "count is accurate", "county elections office"),
    ('"The roof is gone," said Carla Mendes, head of the city\'s transit authority.',
     "roof is gone", "transit authority"),
    ('"Sales are up," said Ana Ruiz, head of Stra\u00dfen Bau.', "Sales are up",
     "Stra\u00dfen Bau"),
], ids=["who heads", "the city's transit authority", "head of"])
@fails_today(12, "the body in this phrase is not read, or cut short")
def test_body_the_engine_misses_today_is_the_affiliation(pipeline, text, words, body):
    assert tied_to(pipeline, text, words, body)


def test_nominal_in_the_previous_sentence_gives_the_affiliation(pipeline):
    text = ('Another spokesman for the Harbor Workers Union warned that the strike could spread. '
            '"We are ready to walk out," said Sam Cole.')
    assert tied_to(pipeline, text, "walk out", "Harbor Workers Union")


def test_body_speaking_before_its_spokeswoman_is_her_affiliation(pipeline):
    text = ('The Finance Ministry said on Monday that taxes would not rise. '
            '"There is no plan for new taxes," a spokeswoman said.')
    assert tied_to(pipeline, text, "no plan", "Finance Ministry")


@pytest.mark.parametrize("text, words, body", [
    ('Downing Street said the talks were over. "We have moved on," a spokesman said.',
     "moved on", "Downing Street"),
    ('The Scottish Executive said the plan was sound. "It will work," said Ann Hay, a '
     'spokeswoman.', "will work", "Scottish Executive"),
], ids=["untagged body", "named spokeswoman"])
def test_body_speaking_before_its_voice_is_the_affiliation(pipeline, text, words, body):
    assert affiliation_of(pipeline, text, words)[0] == body


@pytest.mark.parametrize("text", [
    'Britain said the talks were over. "We have moved on," a spokesman said.',
    'John Marsh said the talks were over. "We have moved on," a spokesman said.',
], ids=["a place", "a person"])
def test_place_or_person_speaking_before_a_spokesman_is_no_affiliation(pipeline, text):
    assert affiliation_of(pipeline, text, "moved on") == (None, None)


def test_full_form_and_acronym_in_brackets_come_together(pipeline):
    text = ('"The army is tired," said Mustafa Bali, a spokesman for the Kurdish-led Syrian '
            'Democratic Forces (SDF).')
    assert affiliation_of(pipeline, text, "army is tired") == ("Syrian Democratic Forces", "SDF")


def test_acronym_before_the_title_takes_the_full_form_named_later(pipeline):
    text = ('"The army is tired," said SDF spokesman Mustafa Bali. '
            'The Syrian Democratic Forces took the town on Sunday.')
    assert affiliation_of(pipeline, text, "army is tired") == ("Syrian Democratic Forces", "SDF")


def test_full_form_takes_the_acronym_used_later(pipeline):
    text = ('"The army is tired," said Mustafa Bali, a spokesman for the Syrian Democratic '
            'Forces. The SDF took the town on Sunday.')
    assert affiliation_of(pipeline, text, "army is tired") == ("Syrian Democratic Forces", "SDF")


def test_unnamed_speakers_body_takes_the_acronym_used_later(pipeline):
    text = ('"Trains will be late," a spokesman for the National Rail Workers Union said. '
            'The NRWU has 40,000 members.')
    assert affiliation_of(pipeline, text, "Trains") == ("National Rail Workers Union", "NRWU")


@pytest.mark.parametrize("text", [
    '"The case is closed," said Ana Ruiz, a spokeswoman for the Department of Justice.',
    '"The case is closed," said Ana Ruiz, a Justice Department spokeswoman.',
], ids=["Department of Justice", "Justice Department"])
def test_common_forms_of_a_department_are_one_body(pipeline, text):
    assert tied_to(pipeline, text, "case is closed", "Department of Justice",
                   "Justice Department", "DOJ")


@pytest.mark.parametrize("text, body", [
    ('"The army is tired," said Mustafa Bali, a spokesman for the Kurdish-led Syrian '
     'Democratic Forces (SDF).', "Syrian Democratic Forces"),
    ('"The case is closed," said Ana Ruiz, a spokeswoman for the federal Environmental '
     'Protection Agency.', "Environmental Protection Agency"),
], ids=["Kurdish-led", "federal"])
def test_descriptive_modifiers_are_dropped_from_the_body(pipeline, text, body):
    result = nlp.analyze(pipeline, text)
    assert result.quotes[0].speaker.affiliation == body


@fails_today(12, "a candidate's spokesman is tied to the bare name, not the campaign")
def test_candidates_spokesman_is_affiliated_with_the_campaign(pipeline):
    text = '"The case is closed," said Tom Reyes, a Clinton spokesman.'
    assert tied_to(pipeline, text, "case is closed", "Clinton campaign")


def test_spokesman_for_a_campaign_is_affiliated_with_it(pipeline):
    text = '"The case is closed," said Tom Reyes, a spokesman for the Clinton campaign.'
    assert tied_to(pipeline, text, "case is closed", "Clinton campaign")


def test_lawyer_for_a_company_is_affiliated_with_it(pipeline):
    text = '"He is innocent," said Tom Reyes, a lawyer for Acme Corp.'
    assert tied_to(pipeline, text, "innocent", "Acme Corp", "Acme Corp.")


@pytest.mark.parametrize("text, body", [
    ('"Sales are up," said Ana Ruiz, chief executive of \u0141\u00f3d\u017a Textiles.',
     "\u0141\u00f3d\u017a Textiles"),
    ('"Sales are up," said Ana Ruiz, the chief executive of \u00d8resund Shipping.',
     "\u00d8resund Shipping"),
    ('"Sales are up," said Ana Ruiz, chief executive of \u0110akovo Mills.',
     "\u0110akovo Mills"),
], ids=["l with stroke", "o with stroke", "d with stroke"])
def test_body_names_keep_letters_that_do_not_decompose(pipeline, text, body):
    assert affiliation_of(pipeline, text, "Sales are up")[0] == body


def test_staff_of_a_candidate_work_for_the_campaign_the_article_speaks_of(pipeline):
    text = ('The Clinton campaign met on Monday. "The case is closed," said Tom Reyes, a Clinton '
            'spokesman.')
    assert tied_to(pipeline, text, "case is closed", "Clinton campaign")


def test_staff_of_a_person_where_no_campaign_is_named_work_for_the_person(pipeline):
    text = '"The case is closed," said Tom Reyes, a Blair spokesman.'
    assert not tied_to(pipeline, text, "case is closed", "Blair campaign")


def test_party_letter_alone_before_a_full_stop_is_no_tag(pipeline):
    text = '"We must win," said Tom Reyes, D. He left.'
    assert affiliation_of(pipeline, text, "must win") == (None, None)


@pytest.mark.parametrize("text, words, body, role", [
    ('Public works committee chairman Tom Reyes said the road was "a mess".', "a mess",
     "Public works committee", "chairman"),
    ('"We will vote," said Ana Ruiz, a former city council member.', "will vote",
     "city council", "former member"),
], ids=["title", "apposition"])
def test_body_named_in_lower_case_inside_a_title_is_the_affiliation(pipeline, text, words,
                                                                     body, role):
    assert affiliation_of(pipeline, text, words)[0] == body
    assert role_of(pipeline, text, words) == role


def test_bare_body_noun_in_a_title_names_no_body(pipeline):
    text = '"We will vote," said Ana Ruiz, a committee member.'
    assert affiliation_of(pipeline, text, "will vote") == (None, None)

"""Roles and affiliations of speakers, on sentences written for these tests (issue #4)."""
import pytest

import nlp
from tests.nlp.quoted import quote_with


def speaker_of(pipeline, text: str, words: str) -> nlp.Speaker:
    """The speaker of the quote of `text` that contains `words`."""
    speaker = quote_with(pipeline, text, words).speaker
    assert speaker, f"no speaker for the quote with {words!r}"
    return speaker


def article_speaker(pipeline, text: str, name: str) -> nlp.ArticleSpeaker:
    analysis = nlp.analyze(pipeline, text)
    return next(s for s in analysis.speakers if s.name == name)


@pytest.mark.parametrize("text, role, affiliation", [
    ('"We will hold the line," said Mustafa Bali, a spokesman for the Syrian Democratic Forces.',
     "spokesman", "Syrian Democratic Forces"),
    ('SDF spokesman Mustafa Bali said: "We will hold the line."', "spokesman", "SDF"),
    ('"Aid is blocked," said Jane Smith, the International Rescue Committee\'s country director.',
     "country director", "International Rescue Committee"),
    ('The International Rescue Committee\'s country director, Jane Smith, said aid was "blocked."',
     "country director", "International Rescue Committee"),
    ('"We cannot wait," said John Smith, who heads the Cato Institute.', "head", "Cato Institute"),
    ('"We must act," said White House Press Secretary Josh Earnest.', "press secretary",
     "White House"),
    ('"We are ready," said Ann Lee, a senior fellow at the Brookings Institution.',
     "senior fellow", "Brookings Institution"),
    ('"Sales were strong," said Apple chief executive Tim Cook.', "chief executive", "Apple"),
    ('"Inflation will fall," Bank of England Governor Mark Carney said.', "governor",
     "Bank of England"),
    ('"We are ready," said Col. Sean Ryan, a spokesman for the U.S.-led coalition.', "spokesman",
     "U.S.-led coalition"),
    ('"We will not give in," German Chancellor Angela Merkel told reporters.', "chancellor",
     "Germany"),
])
def test_role_and_affiliation_are_read_apart(pipeline, text, role, affiliation):
    speaker = speaker_of(pipeline, text, "")
    assert (speaker.role, speaker.affiliation) == (role, affiliation)


def test_of_phrase_affiliation_drops_descriptive_modifiers(pipeline):
    text = 'Mustafa Bali of the Kurdish-led Syrian Democratic Forces said the attack "failed."'
    assert speaker_of(pipeline, text, "failed").affiliation == "Syrian Democratic Forces"


def test_acronym_is_tied_to_its_expansion(pipeline):
    text = ('The Syrian Democratic Forces (SDF) took the town on Monday. '
            'SDF spokesperson Mustafa Bali said: "The town is ours."')
    speaker = speaker_of(pipeline, text, "town is ours")
    assert speaker.role == "spokesperson"
    assert (speaker.affiliation, speaker.affiliation_short) == ("Syrian Democratic Forces", "SDF")


def test_title_with_of_complement_is_one_role(pipeline):
    text = 'Secretary of State Mike Pompeo said the talks were "over for now."'
    speaker = speaker_of(pipeline, text, "over for now")
    assert speaker.role == "secretary of state" and speaker.affiliation is None


def test_party_tag_gives_the_party_and_not_the_state(pipeline):
    """`(R-Texas)`: the party is the affiliation; the state is a constituency (CONVENTIONS.md)."""
    text = '"It is a disgrace," said Sen. Ted Cruz (R-Texas).'
    speaker = speaker_of(pipeline, text, "disgrace")
    assert (speaker.role, speaker.affiliation, speaker.affiliation_short) == (
        "senator", "Republican Party", "GOP")
    names = [a.name for a in article_speaker(pipeline, text, "Ted Cruz").affiliations]
    assert names == ["Republican Party"]


def test_party_apposition_with_a_state_gives_the_party_only(pipeline):
    text = '"It is over," said Representative Peter King, Republican of New York.'
    names = [a.name for a in article_speaker(pipeline, text, "Peter King").affiliations]
    assert names == ["Republican Party"]


def test_descriptor_comes_from_an_earlier_mention(pipeline):
    text = ('White House Press Secretary Josh Earnest met reporters on Monday.\n\n'
            'Later, Earnest said the plan was "dead on arrival."')
    speaker = speaker_of(pipeline, text, "dead on arrival")
    assert (speaker.role, speaker.affiliation) == ("press secretary", "White House")


def test_senate_leaders_affiliation_is_the_party_not_the_chamber(pipeline):
    """CONVENTIONS.md: a legislator's chamber belongs to the title, the state is a constituency."""
    text = '"We must act," said Senate Minority Leader Harry Reid (D-Nev.).'
    speaker = speaker_of(pipeline, text, "must act")
    assert speaker.role == "senate minority leader" and speaker.affiliation == "Democratic Party"


def test_kinship_is_not_a_role(pipeline):
    text = '"He gave everything," said Khizr Khan, the father of a fallen soldier.'
    speaker = speaker_of(pipeline, text, "gave everything")
    assert speaker.role is None and speaker.affiliation is None


def test_a_supporter_is_not_affiliated_with_the_candidate(pipeline):
    text = '"He will win," said Lee Zeldin, a Trump supporter.'
    assert speaker_of(pipeline, text, "will win").affiliation is None


def test_hometown_is_not_an_affiliation(pipeline):
    text = '"This is fantastic!" beamed Donald Hartley of Madison, Alabama.'
    assert speaker_of(pipeline, text, "fantastic").affiliation is None


def test_place_of_an_office_holder_is_an_affiliation(pipeline):
    text = '"We will rebuild," said Gov. Terry Branstad of Iowa.'
    speaker = speaker_of(pipeline, text, "rebuild")
    assert (speaker.role, speaker.affiliation) == ("governor", "Iowa")


def test_staff_of_a_person_are_affiliated_with_that_person(pipeline):
    text = '"We disagree," Clinton spokesman Brian Fallon said.'
    speaker = speaker_of(pipeline, text, "disagree")
    assert (speaker.role, speaker.affiliation) == ("spokesman", "Clinton")


def test_campaign_role_for_a_person_names_the_campaign(pipeline):
    text = '"We ran hard," said Corey Lewandowski, the former campaign manager for Mr. Trump.'
    speaker = speaker_of(pipeline, text, "ran hard")
    assert speaker.affiliation == "Trump campaign"


def test_unnamed_source_keeps_its_role_and_affiliation(pipeline):
    text = ('"It says nothing of the kind," said a spokeswoman for the House Armed Services '
            'Committee.')
    speaker = speaker_of(pipeline, text, "nothing of the kind")
    assert speaker.name is None
    assert (speaker.role, speaker.affiliation) == ("spokeswoman", "House Armed Services Committee")


def test_relative_clause_joined_verbs_give_affiliation(pipeline):
    text = ('"They agree with him," said Kelly Conway, a pollster who advised Ted Cruz '
            'but recently joined the Trump campaign.')
    speaker = speaker_of(pipeline, text, "agree with him")
    assert (speaker.role, speaker.affiliation) == ("pollster", "Trump campaign")


def test_evidence_offsets_point_at_the_descriptor(pipeline):
    text = '"We will hold," said Mustafa Bali, a spokesman for the Syrian Democratic Forces.'
    speaker = article_speaker(pipeline, text, "Mustafa Bali")
    assert {e.text for e in speaker.evidence} == {"spokesman", "Syrian Democratic Forces"}
    assert all(text[e.start:e.end] == e.text for e in speaker.evidence)


def test_definite_description_recalls_the_last_named_speaker(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'The billionaire businesswoman toured the plant on Monday.')
    assert speaker_of(pipeline, text, "will win").role == "billionaire businesswoman"


def test_description_in_the_speakers_own_clause_is_someone_else(pipeline):
    text = '"Roger was brilliant," said Jane Miller, praising the network chief.'
    assert speaker_of(pipeline, text, "brilliant").role is None


def test_the_president_is_not_tied_to_the_last_name(pipeline):
    text = '"We will win," said Jane Miller.\n\nThe president spoke later on Monday.'
    assert speaker_of(pipeline, text, "will win").role is None


def test_group_membership_gives_role_and_party(pipeline):
    text = ('Several Republican candidates, including Jane Miller and Tom Smith, attacked the '
            'plan. "It is a disgrace," Smith said.')
    speaker = speaker_of(pipeline, text, "disgrace")
    assert (speaker.role, speaker.affiliation) == ("candidate", "Republican Party")


def test_independent_tag_gives_neither_party_nor_state(pipeline):
    text = '"We must act," said Sen. Bernie Sanders (I-Vt.).'
    names = [a.name for a in article_speaker(pipeline, text, "Bernie Sanders").affiliations]
    assert names == []


def test_membership_through_a_quantity(pipeline):
    text = ('A number of candidates, including Jane Miller and Tom Smith, took a tougher stance. '
            '"It is a disgrace," Smith said.')
    assert speaker_of(pipeline, text, "disgrace").role == "candidate"


def test_a_quoted_label_is_not_a_role(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'Miller is also a "change agent," Tom Cole said.')
    assert speaker_of(pipeline, text, "will win").role is None


def test_definite_description_recalls_an_object_named_before_it(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'Tom Cole endorsed Miller last week and has campaigned beside the candidate since.')
    assert speaker_of(pipeline, text, "will win").role == "candidate"


def test_description_in_a_relative_clause_of_the_name_is_someone_else(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'Tom Cole, who endorsed the candidate last week, was blunt. "She is ready," Cole said.')
    assert speaker_of(pipeline, text, "ready").role is None


def test_name_inside_the_description_is_not_recalled(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'The Miller family lawyer declined to comment on Monday.')
    assert speaker_of(pipeline, text, "will win").role is None


@pytest.mark.parametrize("text, words, affiliation", [
    ('Republican voters are rallying behind the plan. "We are united," said Jane Miller, the '
     'party\'s 2012 nominee.', "united", "Republican Party"),
    ('After Ohio Democrats met on Saturday, Jane Miller, the state party chairwoman, said: "We '
     'received threats."', "threats", "Democratic Party"),
    ('CNN suspended two reporters on Monday. "I regret it," said the network\'s chief political '
     'correspondent, Jane Miller.', "regret", "CNN"),
    ('The Cato Institute released a report on Monday. "It is a mistake," said Tom Cole, a '
     'senior adviser to the group.', "mistake", "Cato Institute"),
])
def test_the_party_or_the_group_recalls_the_body_named_before(pipeline, text, words, affiliation):
    assert speaker_of(pipeline, text, words).affiliation == affiliation


def test_the_party_of_a_tagged_politician_is_the_tags_party(pipeline):
    text = ('Republicans held the floor for an hour. Rep. Tom Cole (D-Md.), chair of the party\'s '
            'platform committee, said: "We will respond."')
    speaker = article_speaker(pipeline, text, "Tom Cole")
    assert [a.name for a in speaker.affiliations][:1] == ["Democratic Party"]


def test_a_county_employee_works_for_the_county(pipeline):
    text = '"We were misled," said Jane Miller, 41, a Cook County employee.'
    assert speaker_of(pipeline, text, "misled").affiliation == "Cook County"


@pytest.mark.parametrize("text, role", [
    ('"We kept the country safe," said Jane Miller.\n\nMiller defended her record as secretary of '
     'state on Monday.', "secretary of state"),
    ('"We kept the country safe," said Jane Miller.\n\nCritics questioned Miller\'s tenure as '
     'mayor of the city.', "mayor"),
])
def test_an_as_phrase_on_what_the_speaker_owns_gives_a_held_role(pipeline, text, role):
    assert speaker_of(pipeline, text, "safe").role == role


def test_an_as_phrase_without_a_job_or_time_served_gives_no_role(pipeline):
    text = ('"We kept the family safe," said Jane Miller.\n\nMiller defended her record as a '
            'mother. Miller wrote her first speech as president on Monday.')
    assert speaker_of(pipeline, text, "safe").role is None


def test_description_opening_a_sentence_recalls_the_main_subject_before_it(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'Miller opened her campaign in Ohio, where Tom Cole leads the polls. '
            'The Ohio senator is touring the state. "It is early," Cole said.')
    assert speaker_of(pipeline, text, "will win").role == "senator"
    assert speaker_of(pipeline, text, "early").role is None


def test_a_predicate_description_describes_the_subject(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'In 2010 Miller was named the executive director of the agency.')
    assert speaker_of(pipeline, text, "will win").role == "executive director"


def test_an_owner_description_gives_its_role(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'The billionaire businesswoman\'s plan drew praise on Monday.')
    assert speaker_of(pipeline, text, "will win").role == "billionaire businesswoman"


def test_a_bare_title_takes_the_fuller_role_given_later(pipeline):
    text = ('"We will win," said Secretary Jane Miller.\n\n'
            'Critics questioned Miller\'s tenure as secretary of state.')
    assert speaker_of(pipeline, text, "will win").role == "secretary of state"


def test_an_owner_description_keeps_its_of_complement(pipeline):
    text = ('"We will win," said Jane Miller.\n\n'
            'The former secretary of state\'s plan drew praise on Monday.')
    assert speaker_of(pipeline, text, "will win").role == "former secretary of state"


def test_a_joined_verb_shares_the_subject_that_excludes_its_object(pipeline):
    text = ('"It was wrong," said Tom Cole.\n\n'
            'Cole rebuffed critics after his backers stormed the hall, throwing chairs and later '
            'threatening the state chairwoman.')
    assert speaker_of(pipeline, text, "wrong").role is None


@pytest.mark.parametrize("text, name, role", [
    ('"We pray for them," said the Rev. Ada Kline, a chaplain at the county hospital.',
     "Ada Kline", "chaplain"),
    ('"The doors stay open," said Olu Brandt, the archbishop of the city.', "Olu Brandt",
     "archbishop"),
])
def test_clergy_words_are_roles(pipeline, text, name, role):
    speaker = speaker_of(pipeline, text, "")
    assert (speaker.name, speaker.role) == (name, role)


def test_title_inside_the_name_entity_is_the_role_not_part_of_the_name(pipeline):
    speaker = speaker_of(pipeline, 'Archbishop Olu Brandt told reporters: "We stay open."', "")
    assert (speaker.name, speaker.role) == ("Olu Brandt", "archbishop")


@pytest.mark.parametrize("text, descriptor, party", [
    ('"We need a change," said a New Hampshire Democrat who asked not to be named.',
     "a New Hampshire Democrat", "Democratic Party"),
    ('"We need a change," said one Republican at the rally.', "one Republican",
     "Republican Party"),
])
def test_a_party_member_without_a_name_is_an_unnamed_source_of_that_party(
        pipeline, text, descriptor, party):
    speaker = speaker_of(pipeline, text, "change")
    assert (speaker.name, speaker.kind, speaker.affiliation) == (None, "unnamed", party)
    assert speaker.descriptor == descriptor


def test_party_member_in_apposition_gives_the_party(pipeline):
    speaker = speaker_of(pipeline, '"We need a change," said Jo Park, a Texas Democrat.', "change")
    assert (speaker.name, speaker.affiliation) == ("Jo Park", "Democratic Party")

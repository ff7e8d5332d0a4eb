"""Who a quote is credited to when the sentence around it frames, relays or words it: a verb
that frames the quote as someone's words (`accuses X of a "…"`), `as X put it`, an outlet the
words are relayed through (`according to Reuters`), and names the parse misplaces."""
from nlp.speakers.name_spans import name_words
from tests.nlp.quoted import speaker_of


def test_framing_verb_the_quote_hangs_from_beats_a_speech_verb_it_does_not(pipeline):
    text = ('Senator Jane Doe accuses Tom Baker of running a "dishonest little campaign" while '
            'Baker suggests the senator is nervous.')
    assert speaker_of(pipeline, text, "dishonest little campaign") == "Jane Doe"


def test_denouncing_someones_remarks_as_a_phrase_is_the_denouncers_wording(pipeline):
    text = ('Jean Dupont denounced Tom Baker\'s remarks as "hurtful and humiliating" and warned '
            'of the risks.')
    assert speaker_of(pipeline, text, "hurtful and humiliating") == "Jean Dupont"


def test_as_someone_puts_it_credits_them_not_the_clause_subject(pipeline):
    text = ('As the historian Jane Doe puts it, the senator is trying to make voters "an offer '
            'they cannot refuse."')
    assert speaker_of(pipeline, text, "an offer they cannot") == "Jane Doe"


def test_as_someone_with_a_long_apposition_put_it(pipeline):
    text = ('As Jane Doe, professor of law at Yale and author of "The Quiet Court," put it, '
            'the senators "should remember what a fight would cost them."')
    assert speaker_of(pipeline, text, "should remember") == "Jane Doe"


def test_according_to_an_outlet_anywhere_in_the_sentence_leaves_the_speaker(pipeline):
    """CONVENTIONS: a reporting chain's innermost speaker said the words; the outlet is where
    they were reported (the training corpus credits the outlet)."""
    text = ('Tom Baker made clear the meeting was private, saying critics should "look for a '
            'doctor," according to Reuters.')
    assert speaker_of(pipeline, text, "look for a doctor") == "Tom Baker"


def test_trailing_sentence_relayed_by_an_outlet_keeps_its_speaker(pipeline):
    """CONVENTIONS: a reporting chain's innermost speaker said the words; the outlet is where
    they were reported (the training corpus credits the outlet)."""
    text = ('The mayor spoke after the vote.\n\n"Is this a priority for them or is it a stunt?" '
            'Tom Baker said at a rally, according to the Daily Star.')
    assert speaker_of(pipeline, text, "priority for them") == "Tom Baker"


def test_participle_after_a_quote_lends_no_subject_from_inside_the_quote(pipeline):
    text = ('Jane Doe told Fox that Tom Baker "had a silly policy of waiting which was doomed," '
            'adding, "He lost all the voters."')
    assert speaker_of(pipeline, text, "silly policy") == "Jane Doe"


def test_name_after_a_participle_is_its_object_not_the_source(pipeline):
    text = ('Members will still meet, but Tom Baker said, "It is time we change how we do it," '
            'promising the Friends of Abe will return to its roots.')
    assert speaker_of(pipeline, text, "time we change") == "Tom Baker"


def test_person_in_apposition_before_the_verb_beats_the_outlet_before_it(pipeline):
    text = ('In a statement to the Observer, her senior adviser, Jake Miller, said: "We are '
            'united and we will stay united."')
    assert speaker_of(pipeline, text, "We are united") == "Jake Miller"


def test_place_ending_a_clause_before_the_verb_is_not_the_source(pipeline):
    text = ('"Every minute there was like a day," Mr. Tom Baker, now 81 and retired in '
            'Cambridge, Mass., said by telephone.')
    assert speaker_of(pipeline, text, "Every minute") == "Tom Baker"


def test_owner_of_a_post_introduces_the_quote_not_the_platform(pipeline):
    text = ('Aides say the governor backs the senator. From Jane Doe\'s Facebook post: "For the '
            'sake of our party, we must come together now."')
    assert speaker_of(pipeline, text, "sake of our party") == "Jane Doe"


def test_speech_verb_closing_a_headline_name_is_not_part_of_it(pipeline):
    doc = pipeline("Maria Lopez Explained Why She Felt Invisible")
    assert name_words(doc[0:3])[0] == ("maria", "lopez")


def test_outlet_reporting_right_after_a_cut_quote_is_credited(pipeline):
    text = ('The New York Times interviewed him on Monday. Asked about the ban, Tom Baker said: '
            '"There will always be exceptions," the Times reported.')
    assert speaker_of(pipeline, text, "always be exceptions") == "New York Times"


def test_day_between_the_name_and_the_verb_does_not_hide_the_source(pipeline):
    text = ('Most of the criticism went to Tom Baker, who Doe on Friday called "a horrible human '
            'being."')
    assert speaker_of(pipeline, text, "horrible human being") == "Doe"


def test_outlet_reporting_at_the_end_of_the_sentence_is_not_the_speaker(pipeline):
    """CONVENTIONS: a reporting chain's innermost speaker said the words; the outlet is where
    they were reported (the training corpus credits the outlet)."""
    text = ('Jane Doe noted that the plan is "central" to the party for the first time, reported '
            'the Boston Globe.')
    assert speaker_of(pipeline, text, "central") == "Jane Doe"


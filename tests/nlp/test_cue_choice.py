"""Which mention a quote is credited to when the parse or the layout misleads: a lead-in or a
verb in the paragraph before, a quote cut off by `"…," X said` after another speech verb,
`X's claim is that …`, the subject of a passive speech verb (`the aide was charged`), relative
pronouns standing for quoted words, `according to` a document someone wrote, and a name set
beside a common-noun subject."""
from tests.nlp.quoted import speaker_of


def test_a_lead_in_paragraph_introduces_the_next_quote_not_the_one_before(pipeline):
    text = ('Tom Baker spoke first.\n\n"I do not think he can do all of it, but he is saying '
            'it," Baker said.\n\nJane Doe echoed:\n\n"He speaks his mind, and that is what the '
            'country needs."')
    assert speaker_of(pipeline, text, "speaks his mind") == "Jane Doe"


def test_a_verb_of_the_paragraph_before_is_not_a_quotes_cue(pipeline):
    text = ('In other states, he said Tom Baker could force Jane Doe to spend money defending '
            'herself.\n\n"Can we win Illinois?" Paul Reed asked. "I do not know."')
    assert speaker_of(pipeline, text, "Can we win Illinois") == "Paul Reed"


def test_name_and_verb_right_after_a_cut_quote_beat_a_later_speech_verb(pipeline):
    text = ('"I never said that," Tom Baker said, after Jane Doe said the candidate had called '
            'the senator a puppet.')
    assert speaker_of(pipeline, text, "I never said that") == "Tom Baker"


def test_a_quote_an_outlet_reports_after_its_speaker_is_the_speakers(pipeline):
    """CONVENTIONS: a reporting chain's innermost speaker said the words; the outlet is where
    they were reported (the training corpus credits the outlet)."""
    text = ('"The language says you are no longer welcome," said Jane Doe, director of the '
            'group, reports USA Today.')
    assert speaker_of(pipeline, text, "no longer welcome") == "Jane Doe"


def test_someones_claim_is_that_credits_the_owner_of_the_claim(pipeline):
    text = ("But Tom Baker's most explosive claim is that the panel is a \"witch hunt\" "
            "launched by his rivals.")
    assert speaker_of(pipeline, text, "witch hunt") == "Tom Baker"


def test_someones_response_was_credits_the_responder(pipeline):
    text = "Jane Doe's response was: \"Is the vote over yet?\" Nobody answered her."
    assert speaker_of(pipeline, text, "Is the vote over") == "Jane Doe"


def test_a_relative_pronoun_standing_for_quoted_words_is_not_their_source(pipeline):
    text = ('Ted Baker brushed off the matter of the loans, calling it a "clerical slip" that '
            'was reported in a "smear job" by The Daily Planet.')
    assert speaker_of(pipeline, text, "clerical slip") == "Ted Baker"


def test_according_to_a_document_by_someone_credits_its_author(pipeline):
    text = ('"The evidence cannot prove all elements of the crime," according to a court '
            'document filed by state attorney Jane Doe.')
    assert speaker_of(pipeline, text, "evidence cannot prove") == "Jane Doe"


def test_according_to_a_document_with_no_named_author_leaves_the_speaker(pipeline):
    text = ('"We will appeal the ruling," Tom Baker said on Monday, according to a transcript '
            'of the hearing.')
    assert speaker_of(pipeline, text, "appeal the ruling") == "Tom Baker"


def test_a_speech_relayed_by_an_outlets_recording_is_the_speakers(pipeline):
    """CONVENTIONS: a reporting chain's innermost speaker said the words; the outlet is where
    they were reported (the training corpus credits the outlet)."""
    text = ('"She thinks the tests are too much," Tom Baker said Monday in Cheyenne, according '
            'to audio provided by Wyoming Public Radio.')
    assert speaker_of(pipeline, text, "tests are too much") == "Tom Baker"


def test_a_name_set_beside_a_common_noun_subject_is_the_source(pipeline):
    text = ('The reporter I was sitting with, Tim Grieve, interrupted me in mid-sentence to '
            'announce, "And there goes the franchise."')
    assert speaker_of(pipeline, text, "there goes the franchise") == "Tim Grieve"


def test_a_common_noun_subject_with_a_place_after_it_stays_unnamed(pipeline):
    text = ('The official, speaking in Boston, said the plan was "dead on arrival" for the '
            'whole state.')
    assert speaker_of(pipeline, text, "dead on arrival") != "Boston"


def test_the_subject_of_a_passive_speech_verb_is_not_its_source(pipeline):
    text = ('Jane Roe defended her campaign manager as a "very decent man" on Tuesday, hours '
            'after the aide was charged with battery.')
    assert speaker_of(pipeline, text, "very decent man") == "Jane Roe"


def test_someone_quoted_as_saying_is_still_the_source(pipeline):
    text = '"We will not back down from this fight," Jane Roe was quoted as saying.'
    assert speaker_of(pipeline, text, "back down") == "Jane Roe"

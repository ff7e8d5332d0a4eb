"""Speech or not: which quoted segments report someone's words, and which are titles or terms."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.quotes.marks import scan
from nlp.quotes.speech import judge_segments
from tests.nlp.quoted import speech_verdicts


def test_quoted_modifier_governed_by_a_speech_verb_is_a_partial_quote(pipeline):
    out = speech_verdicts(pipeline, 'The senator denounced the "clean coal" plan on Monday.')
    assert out["clean coal"] == (True, "partial_quote")


def test_quote_inside_the_subject_of_a_speech_verb_is_not_its_content(pipeline):
    text = 'Backers of the "clean coal" plan argued on Monday that the mine was safe.'
    assert speech_verdicts(pipeline, text)["clean coal"] == (False, "term")


def test_according_to_governs_the_clause_it_hangs_on(pipeline):
    text = 'According to the inspectors, the plant had "serious" safety gaps last year.'
    assert speech_verdicts(pipeline, text)["serious"] == (True, "partial_quote")


def test_nouns_sharing_a_speech_verb_lemma_are_no_cue(pipeline):
    text = 'The fund moved its "surplus" to other states last year.'
    assert speech_verdicts(pipeline, text)["surplus"] == (False, "scare_quote")


def test_speech_act_noun_frames_a_short_quote(pipeline):
    text = 'Her claim that the deal was "fair" drew scorn from the union.'
    assert speech_verdicts(pipeline, text)["fair"][0] is True


def test_plural_context_word_and_list_make_titles(pipeline):
    text = ('Before politics she had roles in "The Man Who Came Home" and "A Long Night in '
            'Town" on cable.')
    out = speech_verdicts(pipeline, text)
    assert out["The Man Who Came Home"] == (False, "title")
    assert out["A Long Night in Town"] == (False, "title")


def test_long_title_after_a_context_word_is_a_title(pipeline):
    text = ('His biography of the mayor, "The Man Who Built the Bridge Over the Grey River," '
            'came out in May.')
    assert speech_verdicts(pipeline, text)["The Man Who Built the Bridge Over the Grey River,"] == (
        False, "title")


def test_programme_told_or_cited_as_source_is_a_title(pipeline):
    text = ('"We will win," Ortiz told "Morning Report" on Sunday. According to "The Long Road '
            'Home," the senator grew up poor. Speaking to "Good Day Texas and Friends" on Monday, '
            'she said little.')
    out = speech_verdicts(pipeline, text)
    assert out["We will win,"][0] is True
    assert out["Morning Report"] == (False, "title")
    assert out["The Long Road Home,"] == (False, "title")
    assert out["Good Day Texas and Friends"] == (False, "title")


def test_bylined_headline_and_its_excerpt_are_not_speech(pipeline):
    text = ('CLOSING TIME—"City Museum to close its doors in May," by Times\' Ann Lee: '
            '"The museum will shut in May after nearly a century on the square."\n\n'
            '"We are heartbroken," said the curator, Dana Wells.')
    out = speech_verdicts(pipeline, text)
    assert out["City Museum to close its doors in May,"] == (False, "byline")
    assert out["The museum will shut in May after nearly a century on the square."] == (
        False, "byline")
    assert out["We are heartbroken,"][0] is True


def test_slogans_given_with_a_year_are_not_speech(pipeline):
    text = 'The party\'s posters read "Yes to the new dam" (2009) and "No more tolls now" (2012).'
    out = speech_verdicts(pipeline, text)
    assert out["Yes to the new dam"] == (False, "title")
    assert out["No more tolls now"] == (False, "title")


def test_phrase_closed_by_a_comma_is_no_modifier_of_the_next_noun(pipeline):
    # `"It's over," aide Ann Lee said` misread with the quote hanging on `aide`.
    words = ['"', "It", "'s", "over", ",", '"', "aide", "Ann", "Lee", "said", "."]
    spaces = [False, False, True, False, False, True, True, True, True, False, False]
    heads = [2, 2, 6, 2, 2, 2, 9, 8, 6, 9, 9]
    deps = ["punct", "nsubj", "amod", "acomp", "punct", "punct", "nsubj", "compound", "appos",
            "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADV", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    lemmas = ['"', "it", "be", "over", ",", '"', "aide", "Ann", "Lee", "say", "."]
    doc = Doc(pipeline.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    (seg,) = scan(doc.text)
    judge_segments(doc, [seg])
    assert seg.is_speech is True


def test_quote_on_the_source_side_of_a_cue_is_not_speech(pipeline):
    text = 'The deal is dead, according to "insiders" in the party.'
    assert speech_verdicts(pipeline, text)["insiders"] == (False, "source")


def test_long_quoted_phrase_modifying_a_noun_is_a_term(pipeline):
    # `a "We Can Fix It" bus tour` read as the parser should: the slogan hangs on `tour`.
    words = ["The", "mayor", "began", "a", '"', "We", "Can", "Fix", "It", '"', "bus", "tour", "."]
    spaces = [True, True, True, True, False, True, True, True, False, True, True, False, False]
    heads = [1, 2, 2, 11, 7, 7, 7, 11, 7, 7, 11, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "punct", "nsubj", "aux", "amod", "dobj", "punct",
            "compound", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "NOUN",
           "NOUN", "PUNCT"]
    doc = Doc(pipeline.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    (seg,) = scan(doc.text)
    judge_segments(doc, [seg])
    assert (seg.is_speech, seg.reason) == (False, "term")


def test_words_on_what_they_are_printed_on_are_not_speech_whatever_the_parse(pipeline):
    # the parser makes the slogan the object of `wear` and `hat` a stray noun
    text = ('Rudy Lopez and Sen. Jeff Ames wear "Make Our Town Great Again Also" hat prior to the '
            'speech.')
    assert speech_verdicts(pipeline, text)["Make Our Town Great Again Also"] == (False, "term")


def test_a_sentence_before_a_word_for_printed_things_is_still_speech(pipeline):
    text = '"We lost." T-shirts saying so appeared in front of the party office within hours.'
    assert speech_verdicts(pipeline, text)["We lost."][0] is True


def test_words_given_as_a_phrase_term_or_name_are_speech(pipeline):
    text = ('Many voters disliked the phrase "tax relief" from the start. The hacker, known '
            'online as "Night Owl," was arrested in May.')
    out = speech_verdicts(pipeline, text)
    assert out["tax relief"] == (True, "named_words")
    assert out["Night Owl,"] == (True, "named_words")


def test_titles_scare_quotes_and_short_phrases_without_a_cue_stay_not_speech(pipeline):
    text = ('Their "reform" ended in the spring. Her book, "The Long Road," came out in May. The '
            'campaign sent a memo titled "Where the Race Stands" to donors. The bill would end '
            '"cruel indefinite detention" at the border.')
    out = speech_verdicts(pipeline, text)
    assert out["reform"] == (False, "scare_quote")
    assert out["The Long Road,"] == (False, "title")
    assert out["Where the Race Stands"] == (False, "title")
    assert out["cruel indefinite detention"] == (False, "scare_quote")

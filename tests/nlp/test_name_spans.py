"""How much of the text around a source token is its name: first names, modifiers and
complements the small model leaves out of its entities, and titles or run-together names it
takes in. Parses are given by hand, since the model's vary."""
from spacy.tokens import Doc

from nlp.speakers.mentions import mention_for
from nlp.speakers.names import NameIndex

Row = tuple[str, str, str, str, int, str]
"""(word, part of speech, tag, dependency, head index, entity tag)."""


def parsed(pipeline, rows: list[Row]) -> Doc:
    words, pos, tags, deps, heads, ents = zip(*rows)
    return Doc(pipeline.vocab, words=list(words), pos=list(pos), tags=list(tags),
               deps=list(deps), heads=list(heads), ents=list(ents),
               lemmas=[w.lower() for w in words])


def test_first_name_left_out_of_a_two_word_person_entity_is_taken_in(pipeline):
    doc = parsed(pipeline, [
        ("Mary", "PROPN", "NNP", "compound", 2, "O"),
        ("Ann", "PROPN", "NNP", "compound", 2, "B-PERSON"),
        ("Vole", "PROPN", "NNP", "nsubj", 3, "I-PERSON"),
        ("spoke", "VERB", "VBD", "ROOT", 3, "O"),
        (".", "PUNCT", ".", "punct", 3, "O")])
    assert mention_for(doc[2]).text == "Mary Ann Vole"


def test_word_before_a_two_word_person_entity_that_is_no_first_name_stays_out(pipeline):
    doc = parsed(pipeline, [
        ("Tennis", "PROPN", "NNP", "compound", 2, "O"),
        ("Ann", "PROPN", "NNP", "compound", 2, "B-PERSON"),
        ("Vole", "PROPN", "NNP", "nsubj", 3, "I-PERSON"),
        ("spoke", "VERB", "VBD", "ROOT", 3, "O"),
        (".", "PUNCT", ".", "punct", 3, "O")])
    assert mention_for(doc[2]).text == "Ann Vole"


def test_surname_tagged_as_a_noun_joins_its_first_name_in_the_index(pipeline):
    doc = parsed(pipeline, [
        ("author", "NOUN", "NN", "compound", 2, "O"),
        ("Rakesh", "PROPN", "NNP", "compound", 2, "O"),
        ("Quorr", "NOUN", "NN", "nsubj", 3, "O"),
        ("wrote", "VERB", "VBD", "ROOT", 3, "O"),
        (".", "PUNCT", ".", "punct", 3, "O"),
        ("Quorr", "NOUN", "NN", "nsubj", 6, "O"),
        ("replied", "VERB", "VBD", "ROOT", 6, "O"),
        (".", "PUNCT", ".", "punct", 6, "O")])
    full = NameIndex(doc).fullest(("quorr",))
    assert full is not None and full.words == ("rakesh", "quorr")


def test_place_before_a_body_is_part_of_its_name(pipeline):
    doc = parsed(pipeline, [
        ("New", "PROPN", "NNP", "compound", 1, "B-GPE"),
        ("Hampshire", "PROPN", "NNP", "compound", 2, "I-GPE"),
        ("Celtics", "PROPN", "NNPS", "nsubj", 3, "B-ORG"),
        ("said", "VERB", "VBD", "ROOT", 3, "O"),
        (".", "PUNCT", ".", "punct", 3, "O")])
    assert mention_for(doc[2]).text == "New Hampshire Celtics"


def test_a_party_member_is_a_description_not_a_name(pipeline):
    doc = parsed(pipeline, [
        ("added", "VERB", "VBD", "ROOT", 0, "O"),
        ("a", "DET", "DT", "det", 4, "O"),
        ("New", "PROPN", "NNP", "compound", 3, "B-GPE"),
        ("Hampshire", "PROPN", "NNP", "compound", 4, "I-GPE"),
        ("Democrat", "PROPN", "NNP", "dobj", 0, "B-NORP"),
        (".", "PUNCT", ".", "punct", 0, "O")])
    mention = mention_for(doc[4])
    assert (mention.kind, mention.text) == ("nominal", "a New Hampshire Democrat")


def test_title_before_a_body_stays_out_of_its_name(pipeline):
    doc = parsed(pipeline, [
        ("Senator", "PROPN", "NNP", "compound", 1, "O"),
        ("Acme", "PROPN", "NNP", "nsubj", 2, "B-ORG"),
        ("said", "VERB", "VBD", "ROOT", 2, "O"),
        (".", "PUNCT", ".", "punct", 2, "O")])
    assert mention_for(doc[1]).text == "Acme"


def test_capitalised_common_words_belong_to_a_body_name(pipeline):
    doc = parsed(pipeline, [
        ("Purple", "ADJ", "JJ", "compound", 1, "O"),
        ("PAC", "PROPN", "NNP", "nsubj", 2, "O"),
        ("began", "VERB", "VBD", "ROOT", 2, "O"),
        ("ads", "NOUN", "NNS", "dobj", 2, "O"),
        (".", "PUNCT", ".", "punct", 2, "O")])
    assert mention_for(doc[1]).text == "Purple PAC"


def test_for_complement_completes_a_body_name_but_not_a_person(pipeline):
    body = parsed(pipeline, [
        ("One", "NUM", "CD", "nummod", 4, "O"),
        ("Club", "PROPN", "NNP", "nmod", 4, "O"),
        ("for", "ADP", "IN", "prep", 1, "O"),
        ("Growth", "PROPN", "NNP", "pobj", 2, "O"),
        ("ad", "NOUN", "NN", "nsubj", 5, "O"),
        ("argues", "VERB", "VBZ", "ROOT", 5, "O"),
        (".", "PUNCT", ".", "punct", 5, "O")])
    assert mention_for(body[4]).text == "Club for Growth"
    person = parsed(pipeline, [
        ("Mary", "PROPN", "NNP", "compound", 1, "O"),
        ("Vole", "PROPN", "NNP", "nsubj", 4, "O"),
        ("of", "ADP", "IN", "prep", 1, "O"),
        ("Texas", "PROPN", "NNP", "pobj", 2, "O"),
        ("said", "VERB", "VBD", "ROOT", 4, "O"),
        (".", "PUNCT", ".", "punct", 4, "O")])
    assert mention_for(person[1]).text == "Mary Vole"


def test_noun_in_apposition_to_a_name_stands_for_that_name(pipeline):
    doc = parsed(pipeline, [
        ("Quorr", "PROPN", "NNP", "nsubj", 7, "O"),
        (",", "PUNCT", ",", "punct", 0, "O"),
        ("a", "DET", "DT", "det", 4, "O"),
        ("Texas", "PROPN", "NNP", "compound", 4, "B-GPE"),
        ("native", "NOUN", "NN", "appos", 0, "O"),
        ("who", "PRON", "WP", "nsubj", 6, "O"),
        ("writes", "VERB", "VBZ", "relcl", 4, "O"),
        ("has", "VERB", "VBZ", "ROOT", 7, "O"),
        (".", "PUNCT", ".", "punct", 7, "O")])
    assert mention_for(doc[5]).text == "Quorr"


def test_bare_title_made_subject_gives_way_to_the_name_hung_on_it(pipeline):
    doc = parsed(pipeline, [
        ("Vice", "PROPN", "NNP", "compound", 1, "O"),
        ("President", "PROPN", "NNP", "nsubj", 7, "O"),
        ("for", "ADP", "IN", "prep", 1, "O"),
        ("news", "NOUN", "NN", "pobj", 2, "O"),
        ("and", "CCONJ", "CC", "cc", 1, "O"),
        ("Mary", "PROPN", "NNP", "compound", 6, "B-PERSON"),
        ("Vole", "PROPN", "NNP", "conj", 1, "I-PERSON"),
        ("called", "VERB", "VBD", "ROOT", 7, "O"),
        (".", "PUNCT", ".", "punct", 7, "O")])
    assert mention_for(doc[1]).text == "Mary Vole"


def test_author_of_a_study_is_the_source_it_is_credited_to(pipeline):
    doc = parsed(pipeline, [
        ("according", "VERB", "VBG", "prep", 0, "O"),
        ("to", "ADP", "IN", "prep", 0, "O"),
        ("calculations", "NOUN", "NNS", "pobj", 1, "O"),
        ("by", "ADP", "IN", "prep", 2, "O"),
        ("Mary", "PROPN", "NNP", "compound", 5, "B-PERSON"),
        ("Vole", "PROPN", "NNP", "pobj", 3, "I-PERSON"),
        (".", "PUNCT", ".", "punct", 0, "O")])
    doc[2].lemma_ = "calculation"
    assert mention_for(doc[2]).text == "Mary Vole"


def test_two_people_run_together_are_not_a_fuller_form_of_either(pipeline):
    """However often the pair is named, `Quorr` alone is the one person of that surname."""
    doc = parsed(pipeline, [
        ("Witold", "PROPN", "NNP", "compound", 1, "B-PERSON"),
        ("Quorr", "PROPN", "NNP", "nsubj", 2, "I-PERSON"),
        ("spoke", "VERB", "VBD", "ROOT", 2, "O"),
        (".", "PUNCT", ".", "punct", 2, "O"),
        ("Vole", "PROPN", "NNP", "nsubj", 7, "B-ORG"),
        ("and", "CCONJ", "CC", "cc", 4, "I-ORG"),
        ("Quorr", "PROPN", "NNP", "conj", 4, "I-ORG"),
        ("met", "VERB", "VBD", "ROOT", 7, "O"),
        (".", "PUNCT", ".", "punct", 7, "O"),
        ("Vole", "PROPN", "NNP", "nsubj", 12, "B-ORG"),
        ("and", "CCONJ", "CC", "cc", 9, "I-ORG"),
        ("Quorr", "PROPN", "NNP", "conj", 9, "I-ORG"),
        ("left", "VERB", "VBD", "ROOT", 12, "O"),
        (".", "PUNCT", ".", "punct", 12, "O")])
    full = NameIndex(doc).fullest(("quorr",))
    assert full is not None and full.words == ("witold", "quorr")


def test_words_in_brackets_after_a_name_gloss_it_and_are_not_part_of_it(pipeline):
    doc = parsed(pipeline, [
        ("Vox", "PROPN", "NNP", "compound", 1, "B-ORG"),
        ("Nova", "PROPN", "NNP", "nsubj", 8, "I-ORG"),
        ("(", "PUNCT", "-LRB-", "punct", 1, "I-ORG"),
        ("Voice", "PROPN", "NNP", "appos", 1, "I-ORG"),
        ("of", "ADP", "IN", "prep", 3, "I-ORG"),
        ("the", "DET", "DT", "det", 6, "I-ORG"),
        ("People", "PROPN", "NNP", "pobj", 4, "I-ORG"),
        (")", "PUNCT", "-RRB-", "punct", 1, "O"),
        ("wrote", "VERB", "VBD", "ROOT", 8, "O"),
        (".", "PUNCT", ".", "punct", 8, "O")])
    index = NameIndex(doc)
    assert ("vox", "nova") in index.names
    assert not any("voice" in words for words in index.names)


def test_first_name_read_as_a_verb_stays_in_the_name_its_entity_holds(pipeline):
    doc = parsed(pipeline, [
        ("Will", "AUX", "MD", "aux", 2, "B-WORK_OF_ART"),
        ("Quorr", "PROPN", "NNP", "nsubj", 2, "I-WORK_OF_ART"),
        ("said", "VERB", "VBD", "ROOT", 2, "O"),
        (".", "PUNCT", ".", "punct", 2, "O")])
    assert mention_for(doc[1]).text == "Will Quorr"

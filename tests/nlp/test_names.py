"""The name index: a short mention resolves to the fullest name the article gives, even when
the small model labelled the full name as something other than a person."""
from spacy.tokens import Doc

from nlp.speakers.names import NameIndex


def tagged(pipeline, tokens: list[tuple[str, str, str]]) -> Doc:
    """A doc from (word, part of speech, entity tag) triples: the model's labels vary, so the
    tests say which ones the index is given."""
    words, pos, ents = zip(*tokens)
    return Doc(pipeline.vocab, words=list(words), pos=list(pos), ents=list(ents))


def test_person_taken_for_a_product_gives_the_later_surname_its_full_name(pipeline):
    doc = tagged(pipeline, [("Cornel", "PROPN", "B-PRODUCT"), ("West", "PROPN", "I-PRODUCT"),
                            ("spoke", "VERB", "O"), (".", "PUNCT", "O"),
                            ("West", "PROPN", "B-LOC"), ("left", "VERB", "O"),
                            (".", "PUNCT", "O")])
    full = NameIndex(doc).fullest(("west",))
    assert full is not None and full.words == ("cornel", "west")


def test_person_in_a_show_title_gives_the_later_surname_its_full_name(pipeline):
    doc = tagged(pipeline, [("on", "ADP", "O"), ("The", "DET", "B-WORK_OF_ART"),
                            ("Rachel", "PROPN", "I-WORK_OF_ART"),
                            ("Moddow", "PROPN", "I-WORK_OF_ART"),
                            ("Show", "PROPN", "I-WORK_OF_ART"), (".", "PUNCT", "O"),
                            ("Moddow", "PROPN", "B-PERSON"), ("asked", "VERB", "O"),
                            (".", "PUNCT", "O")])
    full = NameIndex(doc).fullest(("moddow",))
    assert full is not None and full.words == ("rachel", "moddow")


def test_name_in_titles_does_not_outvote_the_person_named_in_full(pipeline):
    show = [("The", "DET", "B-WORK_OF_ART"), ("Pete", "PROPN", "I-WORK_OF_ART"),
            ("Santo", "PROPN", "I-WORK_OF_ART"), ("Show", "PROPN", "I-WORK_OF_ART"),
            (".", "PUNCT", "O")]
    doc = tagged(pipeline, [("Peter", "PROPN", "B-PERSON"), ("Santo", "PROPN", "I-PERSON"),
                            ("spoke", "VERB", "O"), (".", "PUNCT", "O"), *show, *show,
                            ("Santo", "PROPN", "B-PERSON"), ("left", "VERB", "O"),
                            (".", "PUNCT", "O")])
    full = NameIndex(doc).fullest(("santo",))
    assert full is not None and full.words == ("peter", "santo")


def test_first_name_wins_a_tie_over_a_word_that_is_no_name(pipeline):
    doc = tagged(pipeline, [("Team", "PROPN", "O"), ("Santo", "PROPN", "O"),
                            ("met", "VERB", "O"), (".", "PUNCT", "O"),
                            ("Peter", "PROPN", "B-PERSON"), ("Santo", "PROPN", "I-PERSON"),
                            ("spoke", "VERB", "O"), (".", "PUNCT", "O"),
                            ("Santo", "PROPN", "B-PERSON"), ("left", "VERB", "O"),
                            (".", "PUNCT", "O")])
    full = NameIndex(doc).fullest(("santo",))
    assert full is not None and full.words == ("peter", "santo")

"""Sources the small parser loses around a speech verb: a known surname tagged as a verb or,
for its `-ly` ending, as an adverb, a proper noun hung on the verb as a compound, a name before
a relative clause with commas of its own, a participle hung on a subordinate clause."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from nlp.cues.sources import source_of
from nlp.quotes.layout import Layout
from tests.nlp.quoted import speaker_of


def test_a_known_surname_tagged_as_a_verb_is_the_person(pipeline):
    text = ('Coach Tom Schilling spoke on Monday.\n\nSchilling describes himself on his website '
            'as a "proud farmer and father."')
    assert speaker_of(pipeline, text, "proud farmer") == "Tom Schilling"


def test_a_surname_tagged_as_an_adverb_for_its_ly_ending_is_the_source(pipeline):
    text = ('Chris Skelly, a data director at the party, spoke on Monday. "Vito is outstanding '
            'with data," said Skelly.\n\nAnd Skelly called Braynard "a real smart guy. I think '
            'he understands the data."')
    assert speaker_of(pipeline, text, "outstanding with data") == "Chris Skelly"
    assert speaker_of(pipeline, text, "real smart guy") == "Chris Skelly"


def test_a_proper_noun_compound_of_the_verb_is_its_source_not_the_verb_above():
    doc = Doc(Vocab(), words=["Fans", "wanted", "Doe", "joked"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "compound", "xcomp"], pos=["NOUN", "VERB", "PROPN", "VERB"])
    assert source_of(doc[3], Layout(doc, [])).text == "Doe"


def test_a_name_before_a_whose_clause_with_inner_commas_is_the_source(pipeline):
    text = ('Ann Ward, a consultant, worked with Bill Tate.\n\nMs. Ward, whose new company, Acme, '
            'sells software to banks, said Mr. Tate was a good boss: "He listens to everyone and '
            'he never shouts."')
    assert speaker_of(pipeline, text, "never shouts") == "Ann Ward"
    text = ('Mr. Ward, whose latest firm, Acme, builds roads in three states, said the mayor was '
            'right: "We need the money now."')
    assert speaker_of(pipeline, text, "need the money") == "Ward"


def test_a_participle_after_a_subordinate_clause_goes_with_the_main_speech_verb():
    doc = Doc(Vocab(), words=["Hale", "said", "after", "Roe", "won", ",", "remarking"],
              heads=[1, 1, 4, 4, 1, 4, 4],
              deps=["nsubj", "ROOT", "mark", "nsubj", "advcl", "punct", "advcl"],
              pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT", "VERB"],
              tags=["NNP", "VBD", "IN", "NNP", "VBD", ",", "VBG"])
    assert source_of(doc[6], Layout(doc, [])).text == "Hale"

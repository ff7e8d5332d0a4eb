"""A paragraph break ends every sentence: a subject the parser links to a verb across one is a
misparse, and the name opening the verb's own paragraph is the source."""
from spacy.tokens import Doc

from nlp.cues.sources import source_of
from nlp.quotes.layout import Layout


def test_subject_across_a_paragraph_break_is_not_the_source(pipeline):
    # `…, said Jon Dale..\n\nShaw said that …` as the small parser sometimes reads it: the
    # doubled period ends no sentence, `Dale` is the subject of the second `said` and `Shaw`
    # hangs from `Dale` in apposition.
    words = ["said", "Jon", "Dale", "..", "\n\n", "Shaw", "said", "that", "Lopez", "won", "."]
    spaces = [True, True, False, False, False, True, True, True, True, False, False]
    heads = [0, 2, 6, 6, 3, 2, 6, 9, 9, 6, 6]
    deps = ["ROOT", "compound", "nsubj", "punct", "dep", "appos", "ROOT", "mark", "nsubj",
            "ccomp", "punct"]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "SPACE", "PROPN", "VERB", "SCONJ", "PROPN",
           "VERB", "PUNCT"]
    lemmas = ["say", "Jon", "Dale", "..", "\n\n", "Shaw", "say", "that", "Lopez", "win", "."]
    doc = Doc(pipeline.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas)
    found = source_of(doc[6], Layout(doc, []))
    assert found is not None and found.text == "Shaw"

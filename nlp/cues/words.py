"""What a cue is: the one definition attribution and the speech judge both read.

A cue is a word that reports or frames someone's words. It comes in two strengths, built from
the same lists (`nlp/lexicon/cues.py`, `nlp/lexicon/speech.py`) and the same `according to`:

* a *speech cue* (`is_cue`), whose source speaks the quote: a speech verb by lemma (`said`), a
  phrasal one with its particle (`went on`, `fired back`), a verb issuing a medium (`released a
  statement`), a finding verb whose subject is a medium (`the study shows`), or the `according`
  of `according to`. Attribution takes speakers only from
  these;
* a *framing cue* (`framing_cues`), enough to make a short quoted phrase someone's words rather
  than a scare quote: any verb among the speech, weak speech (`call`, `think`) or quoting verbs
  (`denounce`, `praise`), a finding verb with a document subject (`the exposé shows they fled
  "en masse"`), a speech-act noun (`claim`, `promise`), or `according to`. The speech
  judge asks these over a whole document at once, so they are read from token arrays.

Framing is wider because calling a phrase speech needs less than naming its speaker: `denounced
the "clean coal" plan` quotes someone's words, though `denounce` reports no quote of its own.
"""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from nlp.lexicon import Lexicon, active


def is_cue(token: Token) -> bool:
    """A speech cue (see the module docstring)."""
    lex = active()
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in lex.speech_verbs:
        return True
    if lemma in lex.finding_verbs:
        return _document_finds(token)
    if lemma in lex.phrasal_speech_verbs:  # `he went on`, `Rubio fired back`
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == lex.phrasal_speech_verbs[lemma]
                   for c in token.children)  # the parser often makes `back` an adverb
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.medium_nouns for c in token.children)


def according_to(doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Per token, whether it is the `according` of `according to`, and whether it is its `to`."""
    arr = doc.to_array(LOWER)
    strings = doc.vocab.strings
    according = numpy.zeros(len(arr), dtype=bool)
    according[:-1] = (arr[1:] == strings["to"]) & (arr[:-1] == strings["according"])
    return according, numpy.roll(according, 1)


def framing_cues(doc: Doc, to: numpy.ndarray) -> numpy.ndarray:
    """Per token, whether it is a framing cue (see the module docstring); `to` is the second
    array of `according_to(doc)`."""
    arr = doc.to_array([LEMMA, POS])
    strings = doc.vocab.strings
    lemma, pos = arr[:, 0], arr[:, 1]
    verbs, nouns, finding = _lemma_hashes(active())
    is_verb = (pos == strings["VERB"]) | (pos == strings["AUX"])
    nouns_here = _member(lemma, nouns) & (pos == strings["NOUN"])
    cues = (_member(lemma, verbs) & is_verb) | nouns_here | to
    for i in numpy.flatnonzero(_member(lemma, finding) & is_verb):  # rare: read token by token
        cues[i] = _document_finds(doc[int(i)])
    return cues


def _document_finds(token: Token) -> bool:
    """`the study shows that`: a finding verb whose subject is a document reports its words."""
    media = active().medium_nouns
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in media for c in token.children)


@lru_cache(maxsize=8)
def _lemma_hashes(lex: Lexicon) -> tuple[numpy.ndarray, ...]:
    """Lemma hashes of the framing verbs, speech nouns and finding verbs as
    `Doc.to_array(LEMMA)` gives them, computed once per lexicon rather than per article."""
    return tuple(numpy.array(sorted(hash_string(w) for w in words), dtype="uint64")
                 for words in (lex.cue_lemmas, lex.speech_nouns, lex.finding_verbs))


def _member(values: numpy.ndarray, sorted_hashes: numpy.ndarray) -> numpy.ndarray:
    """`numpy.isin` for a sorted array of hashes, without sorting `values` (a binary search)."""
    at = numpy.searchsorted(sorted_hashes, values).clip(max=len(sorted_hashes) - 1)
    return sorted_hashes[at] == values

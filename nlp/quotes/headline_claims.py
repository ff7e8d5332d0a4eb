"""A headline's quoted claim that the lede reports, and the lede's cue that says who claims it.

BBC headlines put in single marks what a source claims (`Small firms 'hit by rising costs'`,
`Mayor in 'broke' remark row`), and the lede says who (`Rising costs are hitting small firms,
the CBI says`; `the mayor has told pupils the city is broke`): the quoted words are the
claim's source's, though nobody in the article says them again in marks (CONVENTIONS: words in a
headline that the article attributes are that person's). The stems of the phrase's content words
must all stand in one sentence of the paragraph after the headline, and that sentence must
report speech through a cue that states something (not a question's `asked`); a label the lede
does not give anyone stays a scare quote (`Jackson 'juror' notes` over `reporters asked to see
what jurors wrote`).

Both readings check the analysis's time budget (`nlp.budget`) at each sentence and each cue:
a lede of one run-on sentence of many cues (`say, say, say…`) costs a scan of the sentence per
cue, so it is the budget, not the shape of the text, that bounds the work.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from nlp.budget import check
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.text.folding import fold, fold_words

STEM_LETTERS = 3
"""Letters a stem keeps at least (`hit` of `hitting`); longer words lose two (`cost` of
`costs`, `risi` of `rising`), so their forms in the lede still match."""
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_NON_SPACE = re.compile(r"\S")


def _stems(phrase: str) -> list[str]:
    return [w[:max(STEM_LETTERS, len(w) - 2)] for w in fold_words(phrase)
            if w not in STOP_WORDS and not w.isdigit()]


def claim_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The characters of the sentence, in the paragraph after the phrase's line, that holds
    every content word of `text[start:end]` by its stem; None when none does."""
    stems = _stems(text[start:end])
    line_end = text.find("\n", end)
    first = _NON_SPACE.search(text, line_end) if stems and line_end >= 0 else None
    if first is None:
        return None
    para_end = text.find("\n", first.start())
    para_end = len(text) if para_end < 0 else para_end
    for match in _SENTENCE.finditer(text, first.start(), para_end):
        check()
        words = fold_words(match.group())
        if all(any(w.startswith(stem) for w in words) for stem in stems):
            return match.start(), match.end()
    return None


def claim_cue(doc: Doc, span: tuple[int, int], phrase: str) -> Token | None:
    """The first cue of the claim sentence that states rather than asks, and of which the
    phrase's words are said, not who says them (`notes written by the jurors` is no claim
    that they are jurors)."""
    sentence = doc.char_span(*span, alignment_mode="expand")
    if sentence is None:
        return None
    stems, questions = _stems(phrase), active().question_verbs
    folded = [(t.i, fold(t.text)) for t in sentence]
    for tok in sentence:
        if not is_cue(tok) or tok.lemma_.lower() in questions:
            continue
        check()
        side = {t.i for c in tok.children if c.dep_ in _SOURCE_SIDE for t in c.subtree}
        if all(any(i not in side and word.startswith(stem) for i, word in folded)
               for stem in stems):
            return tok
    return None


_SOURCE_SIDE = ("agent", "nsubj", "nsubjpass")

"""Letters after a British name (`Alan Reid MSP`, `Jane Hutt AM`, `Ann Lee QC`).

The small model labels such letters an organisation of their own, or the end of the person, and
the parser makes them the head of the name: `said Alan Reid MSP` hands attribution the token
`MSP`, so the speaker came out a body named `Alan Reid MSP`, or, after a title
(`Scottish Education Minister, Peter Peacock MSP, said`), the title itself (issue 16). The letters
are a seat or an honour, so the name is the words before them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.lexicon import active
from nlp.text.first_names import is_first_name


def _capitalised(token: Token) -> bool:
    """A word with a capital first (`Reid`, and `McCabe`, which `is_title` refuses)."""
    return token.text[:1].isupper() and not token.is_upper


def is_post_nominal(token: Token) -> bool:
    """Capital letters of the list after a capitalised word or other such letters (`Reid MSP`,
    `Roe QC MBE`; not `10 AM`)."""
    if not token.is_upper or token.lower_.rstrip(".") not in active().post_nominals \
            or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return _capitalised(before) or is_post_nominal(before)


def name_holder(token: Token) -> Token | None:
    """The last word of the person's name a post-nominal closes: `Reid` for the `MSP` of `Alan
    Reid MSP` (`Sir Bob Roe QC MBE` skips both), when that word is a person's by its label or
    its first name; None for `Labour MP Ann Lee`, where `MP` follows the party."""
    doc = token.doc
    i = token.i
    while i > 0 and is_post_nominal(doc[i]):
        i -= 1
    if i == token.i or doc[i].pos_ != "PROPN" or not _capitalised(doc[i]):
        return None
    first = i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and _capitalised(doc[first - 1]):
        first -= 1
    person = doc[i].ent_type_ == "PERSON" or is_first_name(doc[first].lower_)
    return doc[i] if person else None


def post_nominal_of(name_word: Token) -> Token:
    """The letters a word of a name hangs from (`MSP` for `Alan` or `Reid` of `Alan Reid MSP`),
    where the parse puts what describes the person (`The Labour health spokesman, Alan Reid
    MSP,`); the word itself when it hangs from none."""
    head = name_word.head
    holder = name_holder(head) if head.i > name_word.i else None
    return head if holder is not None and name_word.i <= holder.i else name_word


def drop_post_nominals(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    """A person's name ends before its post-nominals (`Sarah Penn MP` is Sarah Penn)."""
    while person and end - start > 1 and is_post_nominal(doc[end - 1]):
        end -= 1
    return start, end

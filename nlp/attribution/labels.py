"""Layout as attribution: where the lines of an article, not a speech verb, say who spoke.

Two context rules (`nlp/attribution/context.py` tries them first):
  * `line_label`: the quote follows a label that opens its line: `Paul Berg, The Daily Ledger:`
    and `Lena Fischer, economist:` (roundups: the name before the comma), `- Tom Green, 54,
    teacher:` and `- Bolton boss Sam Allardyce "…"` (vox pops, the colon optional after a
    bullet), `MS. RIVERA:` (transcripts), `HOST:` (the host the article names, else an unnamed
    `host`), `Q:` (no one) and `A:` (the person the interview's lead-in names);
  * `signature`: a quote that ends its line signed after a dash, on that line (`"…" — Jane
    Doe, city engineer`) or opening the next (`— Bernie Sanders`); a verb before the name
    makes the dashed line a bulleted sentence (`- There was praise for Jane Doe`), no signature.
A label holds no verb and no quote and is short: a sentence that ends with a colon (`Stone
said:`) is a lead-in, read by the sentence rules, and so is a first line: a headline's `CNN
President On Trump: '…'` names a topic as often as a speaker.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from nlp.attribution.attribution import CONFIDENCE, Attribution
from nlp.lexicon import active
from nlp.rules import NOTHING, Nothing
from nlp.speakers.mentions import Mention

if TYPE_CHECKING:
    from nlp.attribution.attributor import Attributor
    from nlp.attribution.context import QuoteContext

LABEL_CHARS = 60
"""The longest label (`Tomas Varga, senior pollster at Harbor Research:` fits)."""
SIGNATURE_CHARS = 60
QA_LOOKBACK = 40
"""Paragraphs of a Q&A block walked back to find its lead-in (the cost stays linear)."""
_CLOSING = " \"'”’.,"
_OPENING = " \"'“‘"
_QA_LINE = re.compile(r"\s*(?:Q|A|QUESTION|ANSWER|Question|Answer)\s*[:.]")
_VERBS = ("VERB", "AUX")


def line_label(c: QuoteContext) -> Attribution | Nothing | None:
    """The speaker a label opening the quote's line names (module docstring)."""
    label = _label(c) if c.paragraph > 0 else None
    if label is None:
        return None
    lex = active()
    word = label.text.rstrip(".").lower()
    if word in lex.question_labels:
        return NOTHING
    if word in lex.answer_labels:
        return _interviewee(c) or NOTHING
    name = _label_name(c.attributor, label)
    if name is not None:
        att = c.attributor.from_source(name, None, "layout_label")
        return att if att is not None and att.entity is not None else None
    if all(t.lower_ in lex.role_words for t in label if not t.is_punct):
        return _role_holder(c, label) or _described(c.attributor, label)
    return None


def _label(c: QuoteContext) -> Span | None:
    """The tokens of the label before the quote on its line, without bullet and colon: `Paul
    Berg, The Daily Ledger`, `A` (of `A.`); None when the line opens otherwise."""
    layout, lex = c.attributor.layout, active()
    start = layout.para_starts[c.paragraph]
    prefix = layout.text[start:c.quote.start]
    body = prefix.lstrip(" \t" + lex.list_bullets)
    bulleted = len(body) < len(prefix.lstrip(" \t"))
    body = body.rstrip(_OPENING)
    if body.endswith(":"):
        body = body[:-1].rstrip()
    elif not (bulleted or body.rstrip(".").lower() in lex.answer_labels | lex.question_labels):
        return None
    if not body or len(body) > LABEL_CHARS:
        return None
    lo = start + len(prefix) - len(prefix.lstrip(" \t" + lex.list_bullets))
    first, last = layout.token_range(lo, lo + len(body))
    span = c.attributor.doc[first:last]
    if not len(span) or any(t.pos_ in _VERBS or layout.quoted(t) for t in span):
        return None
    return span


def _label_name(attributor: Attributor, label: Span) -> Token | None:
    """The name a label opens with: the last person's (else proper noun's) word before its
    first comma or bracket (`Bolton boss Sam Allardyce`, `Paul Berg, The Daily Ledger`), not a
    title or a job; in capitals (`MS. RIVERA`) only the surname of a full name the article
    gives."""
    lex = active()
    names: list[Token] = []
    for tok in label:
        if tok.text in (",", "("):
            break  # `Rep. Rosa Vega (R-Tex.)`: the party tag's state is no name
        if (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON") and tok.is_alpha \
                and tok.lower_ not in lex.role_words and tok.lower_ not in lex.name_titles \
                and not _topic(tok, label):
            names.append(tok)
    people = [t for t in names if t.ent_type_ == "PERSON"]
    head = (people or names or [None])[-1]
    if head is None or head.is_upper and len(head) > 1 and not any(
            len(n.words) > 1 for n in attributor.speakers.names.by_last.get(head.lower_, ())):
        return None
    return head


def _topic(token: Token, label: Span) -> bool:
    """`CNN President On Trump:`: a name after a preposition of the label is what the words
    are about, not who said them (`More from Jane Doe:` is the speaker)."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and label.start <= prep.i < label.end and prep.lower_ != "from"


def _role_holder(c: QuoteContext, label: Span) -> Attribution | None:
    """`HOST:` after `The radio host Tom Bell interviewed…`: the person the article gave that
    job before the label, found once per article and job."""
    attributor = c.attributor
    word = label[-1].lower_
    key = ("role holder", word)
    cache = attributor.layout.per_sentence
    if key not in cache:
        cache[key] = next((p for t in attributor.doc[:label.start]
                           if t.lower_ == word and not attributor.layout.quoted(t)
                           for p in [_person_with_role(t)] if p is not None), None)
    person = cache[key]
    if not isinstance(person, Token):
        return None
    att = attributor.from_source(person, None, "layout_label")
    return att if att is not None and att.entity is not None else None


def _person_with_role(role: Token) -> Token | None:
    """The name a job word is given to: `host Tom Bell`, `Tom Bell, the host`."""
    candidates = [c for c in role.children if c.dep_ == "appos"]
    if role.dep_ in ("compound", "appos"):
        candidates.append(role.head)
    return next((p for p in candidates if p.pos_ == "PROPN" and p.ent_type_ == "PERSON"), None)


def _described(attributor: Attributor, label: Span) -> Attribution:
    """`CHAIRMAN:` with no one so named: an unnamed speaker described by the label."""
    mention = Mention(label.start_char, label.end_char, label[-1].i, "nominal", "",
                      label.text.lower())
    key = attributor.speakers.describe(mention)
    return Attribution(key, (mention.start, mention.end), None, "layout_label",
                       CONFIDENCE["layout_label"])


def _interviewee(c: QuoteContext) -> Attribution | None:
    """The person an interview's lead-in names (`Mayor Lina Ortiz sat down with us`): the
    subject of the paragraph before the Q&A block."""
    layout, attributor = c.attributor.layout, c.attributor
    para = c.paragraph - 1
    while para >= 0 and c.paragraph - para <= QA_LOOKBACK \
            and _QA_LINE.match(layout.text, layout.para_starts[para]):
        para -= 1
    if para < 0 or c.paragraph - para > QA_LOOKBACK:
        return None
    end = layout.para_starts[para + 1]
    lo, hi = layout.token_range(layout.para_starts[para], end)
    for tok in attributor.doc[lo:hi]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" \
                and not layout.quoted(tok):
            att = attributor.from_source(tok, None, "layout_label")
            if att is not None and att.entity is not None \
                    and attributor.entity(att).kind != "unnamed":
                return att
    return None


def signature(c: QuoteContext) -> Attribution | Nothing | None:
    """A quote signed after a dash on its own line or opening the next (module docstring)."""
    layout, quote = c.attributor.layout, c.quote
    text, dashes = layout.text, active().dashes
    at = quote.end
    while at < len(text) and text[at] in _CLOSING:
        at += 1
    same_line = at < len(text) and text[at] in dashes and c.opens_paragraph
    if not same_line:
        if c.paragraph + 1 >= len(layout.para_starts):
            return None
        at = layout.para_starts[c.paragraph + 1]
        if text[quote.end:at].strip("\n" + _CLOSING) or text[at:at + 1] not in dashes:
            return None
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    lo, hi = layout.token_range(at, min(line_end, at + SIGNATURE_CHARS))
    line = c.attributor.doc[lo:layout.token_range(at, line_end)[1]]
    if any(layout.quoted(t) or same_line and t.pos_ in _VERBS for t in line):
        return None  # the next line's own quote (a list), or the sentence going on
    head = _signed_name(c.attributor.doc[lo:hi])
    return None if head is None else c.attributor.from_source(head, None, "signature") or NOTHING


def _signed_name(line: Span) -> Token | None:
    """The head of the first name of a signature line; none when a verb comes first (`- There
    was also praise for Jane Doe`: a bulleted sentence)."""
    for tok in line:
        if tok.pos_ in _VERBS and not tok.is_punct:
            return None
        if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            return head
    return None

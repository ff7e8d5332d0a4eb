"""Names read from the words right around a verb or a quote, where the small parser lost the
link: the name right after an inverted verb (`said ACLU director Anthony Romero`), the name
right before one, past adverbs, a day (`Doe on Friday called`), a party tag (`Sen. Jane Doe
(D-Mass.) said`), an apposition (`her adviser, Jake Sullivan, said`) or a clause that ends on a
place (`Doe, retired in Cambridge, Mass., said`), none of which speaks.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.lexicon import Lexicon, active
from nlp.quotes.layout import Layout

_MAX_CLAUSE = 25


def tagged_adverb_name(tok: Token) -> bool:
    """`said Skelly`, `Donnelly called`: a capitalised word inside a sentence that the tagger
    read as an adverb for its `-ly` ending is a surname."""
    return tok.pos_ == "ADV" and tok.is_title and tok.lower_.endswith("ly") \
        and not tok.is_sent_start and tok.i > 0 and tok.doc[tok.i - 1].is_alpha


def before_party_tag(doc: Doc, i: int) -> int:
    """`Sen. Jane Doe (D-Mass.) said`, `Rep. Jane Doe (R-Tex.):`: the index of the word before
    a short bracketed tag ending at `i`, else `i`."""
    if i > 0 and doc[i].text == ")":
        opening = next((j for j in range(i - 1, max(i - 8, 0), -1) if doc[j].text == "("), None)
        return opening - 1 if opening is not None else i
    return i


# --- after a verb --------------------------------------------------------------------------


def name_after(verb: Token, layout: Layout) -> Token | None:
    """The name, source noun or pronoun right after a verb, whatever the parse made of it: the
    last proper noun of `ACLU executive director Anthony Romero`, past modifiers and owners."""
    lex = active()
    doc = verb.doc
    j = verb.i + 1
    if verb.lemma_.lower() in lex.listener_verbs or j >= len(doc):
        return None
    if doc[j].lower_ in lex.personal_pronouns:
        return doc[j]
    found = None
    while j < len(doc) and j - verb.i <= 8 and not layout.quoted(doc[j]):
        step = _step_after(doc, j, found is not None, lex)
        if step == "source":
            return doc[j]
        if step == "stop":
            break
        if step in ("name", "reset"):
            found = doc[j] if step == "name" else None
        j += 1
    return found


def _step_after(doc: Doc, j: int, found: bool, lex: Lexicon) -> str:
    """What word `j` does to the name being read after a verb: `name` (a proper noun), `reset`
    (an owner or a modifier: the name is still to come), `source` (a source noun is the
    answer), `stop` (the name is over) or `skip`."""
    tok = doc[j]
    if _split_title(doc, j, lex):
        return "reset"  # `said Navy Capt. Jeff Dale`, the dot cut off: the name is still to come
    if tok.text == "." and j > 0 and _split_title(doc, j - 1, lex):
        return "skip"
    if tok.pos_ == "PROPN" and tok.ent_type_ not in lex.numeric_labels or tagged_adverb_name(tok):
        return "name"
    if tok.tag_ == "POS" or tok.text in ("'", "\u2019") and found:
        return "reset"  # an owner: `Florida's Rick Wilson`
    if not found and _lone_source_noun(doc, j, lex):
        return "source"
    if _modifier(doc, j, lex):
        return "reset"  # `Twitter user`, `Los Angeles-based attorney`, `ranking Democrat X`
    if tok.text == "," and not found and _name_apposed(doc, j):
        return "skip"  # `another Twitter user, Jane Doe`
    if tok.pos_ not in ("DET", "ADJ", "NOUN", "PUNCT") or _ends_name(tok, found):
        return "stop"
    return "skip"


def _split_title(doc: Doc, j: int, lex: Lexicon) -> bool:
    """A title's abbreviation whose dot the tokenizer cut off, a name after it (`Capt . Jeff`)."""
    return j + 2 < len(doc) and doc[j].lower_ in lex.name_titles and doc[j + 1].text == "." \
        and doc[j + 2].pos_ == "PROPN"


def _lone_source_noun(doc: Doc, j: int, lex: Lexicon) -> bool:
    """A source noun with no name after it (`said the spokesman`)."""
    tok = doc[j]
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.source_nouns and (
        j + 1 == len(doc) or doc[j + 1].pos_ not in ("PROPN", "NOUN"))


def _modifier(doc: Doc, j: int, lex: Lexicon) -> bool:
    """A common noun (not a body a person makes: `campaign`), a word glued on by a hyphen, or a
    participle before a noun: words before the name, not the name."""
    tok = doc[j]
    if tok.pos_ == "NOUN" and tok.lower_ not in lex.person_bodies or _glued_modifier(tok):
        return True
    return tok.tag_ in ("VBG", "VBN") and j + 1 < len(doc) \
        and doc[j + 1].pos_ in ("ADJ", "NOUN", "PROPN")


def _name_apposed(doc: Doc, comma: int) -> bool:
    return comma + 1 < len(doc) and doc[comma + 1].pos_ == "PROPN" \
        and doc[comma - 1].pos_ == "NOUN"


def _ends_name(tok: Token, found: bool) -> bool:
    """Punctuation (a hyphen aside) after the name or a comma before one."""
    return tok.is_punct and tok.text != "-" and (found or tok.text == ",")


def _glued_modifier(tok: Token) -> bool:
    """The `based` of `Los Angeles-based`: a word glued to the one before by a hyphen."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_


def name_after_quote(layout: Layout, hi: int) -> Token | None:
    """`"…," Nate Silver, the pollster who founded the site, tweeted`: the name right after a
    quote's closing mark and comma, when the parse lost the link between the name and the verb."""
    doc = layout.doc
    j = hi
    while j < len(doc) and j - hi <= 3 and (doc[j].is_punct or doc[j].is_space) \
            and not layout.quoted(doc[j]):
        j += 1
    if j >= len(doc) or j == hi or layout.quoted(doc[j]):
        return None
    return name_after(doc[j - 1], layout) if doc[j].pos_ == "PROPN" else None


# --- before a verb -------------------------------------------------------------------------


def name_before(verb: Token, layout: Layout) -> Token | None:
    """A name or pronoun directly before the verb, past adverbs and auxiliaries, a day, a party
    tag, an apposition or a clause set off by commas."""
    lex = active()
    doc = verb.doc
    i = _past_adverbs(verb)
    i = _past_dates(verb, i)
    i = _past_apposition(doc, before_party_tag(doc, i), lex)
    if i > 0 and doc[i].text == "," and doc[i - 1].ent_type_ in lex.place_labels:
        i = _before_place(doc, i, lex)
    if i < 0 or layout.quoted(doc[i]) or not _speaker_word(doc[i], lex):
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "flat") and tok.i < tok.head.i < verb.i:
        tok = tok.head
    return tok


def _speaker_word(tok: Token, lex: Lexicon) -> bool:
    return tok.ent_type_ not in lex.numeric_labels and (
        tok.pos_ == "PROPN" or tok.lower_ in lex.personal_pronouns or tagged_adverb_name(tok))


def _past_adverbs(verb: Token) -> int:
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and verb.i - i <= 3 \
            and not tagged_adverb_name(doc[i]):
        i -= 1
    return i


def _past_dates(verb: Token, i: int) -> int:
    """`Smith on Wednesday called it "…"`, `Smith Tuesday said`."""
    doc = verb.doc
    while i > 0 and doc[i].ent_type_ in ("DATE", "TIME") and verb.i - i <= 4:
        i -= 1
        if doc[i].pos_ == "ADP":
            i -= 1
    return i


def _past_apposition(doc: Doc, i: int, lex: Lexicon) -> int:
    """From the comma closing an apposition or clause after a name, the name's index."""
    if i <= 0 or doc[i].text != ",":
        return i
    prev, head = doc[i - 1], doc[i].head
    if prev.ent_type_ == "PERSON" and prev.dep_ == "appos" and head.ent_type_ != "PERSON":
        return i - 1  # `In a letter to the Times, her adviser, Jake Sullivan, said`
    if head.i < i and head.pos_ == "PROPN" and head.ent_type_ not in lex.place_labels:
        return head.i  # `Smith, a local activist, called …`
    if prev.pos_ == "PROPN" and prev.dep_ == "appos" and prev.ent_type_ not in lex.place_labels:
        return i - 1  # `her senior adviser, Jake Sullivan, said`
    return _before_clause(doc, i, lex)


def _before_place(doc: Doc, comma: int, lex: Lexicon) -> int:
    """`Doe, now retired in Cambridge, Mass., said`: the name before the clause that ends on a
    place, not the place (a town where someone lives says nothing)."""
    for j in range(comma - 1, max(comma - _MAX_CLAUSE, 0), -1):
        if doc[j].is_sent_start:
            break
        if doc[j].text == "," and doc[j - 1].pos_ == "PROPN" \
                and doc[j - 1].ent_type_ not in lex.place_labels:
            return j - 1
    return comma


def _before_clause(doc: Doc, comma: int, lex: Lexicon) -> int:
    """`Smith, who served as an aide in 2012, called …`: the word before the comma that opens
    a relative clause or apposition closed by `comma` (the parse often loses the link)."""
    j = comma - 1
    while j > 0 and comma - j <= _MAX_CLAUSE and doc[j].text != "," and not doc[j].is_sent_start:
        j -= 1
    if j > 0 and doc[j].text == "," and (doc[j + 1].lower_ in lex.clause_openers
                                         or doc[j + 1].pos_ == "ADP"):
        return j - 1  # also a place or time set off by commas: `Trump, in Kentucky, said`
    while j > 0 and comma - j <= _MAX_CLAUSE and not doc[j].is_sent_start:
        j -= 1  # a relative clause with commas of its own: `Doe, whose firm, Acme, grew, said`
        if j > 0 and doc[j].text == "," and doc[j + 1].lower_ in ("who", "whose") \
                and doc[j - 1].pos_ == "PROPN":
            return j - 1
    return comma

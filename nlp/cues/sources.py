"""The token a speech cue's source hangs from (`Smith` of `Smith said`, `"…," said Smith`,
`according to Smith`), read from the parse and, where the small parser loses the link, from the
words around the verb: the name right after an inverted verb, the name right before one (past
a day, `Doe on Friday called`, or a clause ending on a place, `Doe, retired in Cambridge, Mass.,
said`, neither of which speaks). A common-noun source with a name set beside it by commas is
that name (`The editor, Jane Doe, said`); `according to` a document takes its named author
(`a court filing by Jane Doe`); a relative pronoun standing for quoted words is no source. A
proper noun the parser hung on the verb as a compound is its subject (`Doe joked`), a name
before a `whose` clause with commas of its own still speaks (`Doe, whose firm, Acme, grew,
said`), and a participle after a subordinate clause goes with the main verb (`Doe said after
Roe won, adding`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.lexicon import active
from nlp.quotes.layout import Layout
from nlp.speakers.mentions import made_by

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_INHERITS_SUBJECT = ("advcl", "conj", "xcomp")
_INVERTED = ("attr", "dep", "dobj", "npadvmod", "nsubj", "oprd")
_MAX_CLAUSE = 25
_MAX_APPOSED = 8
"""Words between a common-noun subject and the comma before its name (`The editor I was
talking to, Jane Doe,`)."""


def source_of(verb: Token, layout: Layout, depth: int = 0) -> Token | None:
    """The token the cue's source hangs from: its subject, or the object of `according to`.

    Inverted order (`"…," said John Smith`) is checked first: the small parser often makes
    something to the left the subject there. A passive cue's agent is its source (`as described
    by X`), its subject is not (`the aide was charged`) unless a verb under it inherits that
    subject (`X was quoted as saying`). A verb without a subject of its own takes the object of
    an object-control verb (`prompted X to state`) or the subject of the verb it depends on
    (`Smith said …, adding`, `Smith ended by saying`). A name right before a verb, or after a
    speech verb, is the last resort.
    """
    lex = active()
    if verb.lower_ == "according":
        to = verb.doc[verb.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return author(objs[0]) if objs else None
    inverted = _inverted_source(verb, layout)
    if inverted is not None:
        return inverted
    for child in verb.children:
        if child.dep_ == "agent" and depth == 0:  # `X was joined by Y and joked` is X's
            objs = [c for c in child.children if c.dep_ == "pobj" and not layout.quoted(c)]
            if objs:
                return objs[0]
    subjects = [c for c in verb.children if (c.dep_ in SUBJECT_DEPS or c.dep_ == "compound"
                                             and c.pos_ == "PROPN") and not layout.quoted(c)
                and (c.dep_ != "nsubjpass" or depth > 0)
                and c.ent_type_ not in lex.numeric_labels and not _stands_for_quote(c, verb, layout)
                and layout.paragraph_of(c) == layout.paragraph_of(verb)]  # misparses cross
    if subjects:  # a misparse may give two (`His assessment: "…," he said`, a dateline's
        # `LONDON (Reuters) - Jane Doe said`); names win, then the one nearest the verb
        return _named_apposition(max(subjects, key=lambda c: (
            c.pos_ in ("PROPN", "PRON") or bool(c.ent_type_), c.i < verb.i, c.i * (c.i < verb.i))),
            verb)
    if verb.dep_ == "relcl" and not layout.quoted(verb.head):
        return _named_apposition(verb.head, verb)
    head = verb.head
    if verb.dep_ == "xcomp":
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objs and not layout.quoted(objs[0]):
            return objs[0]
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "advcl" and any(
            c.dep_ == "mark" for c in head.children):
        head = head.head  # `Doe said after Roe won, adding`: the participle goes with `said`
    if depth < 2 and head.i != verb.i and head.pos_ in ("VERB", "AUX") and (
            verb.dep_ in _INHERITS_SUBJECT or verb.dep_ == "pcomp") and not layout.quoted(head):
        # a verb inside someone's words lends no subject: `"Roe had a plan," adding` is not Roe's
        found = source_of(head, layout, depth + 1)
        if found is not None:
            return found
    found = _before(verb, layout)
    if found is None and verb.lemma_.lower() in lex.speech_verbs and verb.i > 0 \
            and (verb.doc[verb.i - 1].text == "," or verb.doc[verb.i - 1].is_quote):
        found = _name_after(verb, layout)  # `"…" but to act, says Jane Doe, a consultant`
        if found is not None and verb.tag_ == "VBG" and found.lower_ not in lex.personal_pronouns:
            found = None  # `"…," promising the Friends of X …`: the participle's object
    return found


def _named_apposition(noun: Token, verb: Token) -> Token:
    """`The editor I was talking to, Jane Doe, said`, `Doe, a native who writes`: the name set
    off by commas beside a common-noun subject is the source the noun describes (the small
    parser often loses the apposition)."""
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    doc = noun.doc
    comma = next((t.i for t in doc[noun.i + 1:min(verb.i, noun.i + _MAX_APPOSED)]
                  if t.text == ","), None)
    if comma is None or verb.i <= noun.i:
        return noun
    name = None
    for tok in doc[comma + 1:verb.i]:
        if tok.text == ",":
            return name or noun
        if tok.ent_type_ != "PERSON" and tok.lower_ != "and":
            return noun
        name = tok if tok.pos_ == "PROPN" else name
    return noun


def author(obj: Token) -> Token:
    """`according to a court document filed by Jane Doe`, `according to calculations by Doe`:
    the named author of the common noun the words are credited to, else the noun."""
    if obj.pos_ != "NOUN":
        return obj
    return next((t for t in made_by(obj) if t.pos_ == "PROPN"), obj)


def _stands_for_quote(subject: Token, verb: Token, layout: Layout) -> bool:
    """The `that` of `calling it a "paperwork error" that was reported`: a relative pronoun
    standing for quoted words is what was said, not who said it."""
    lex = active()
    return subject.lower_ in lex.relative_pronouns and verb.dep_ == "relcl" \
        and layout.quoted(verb.head)


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
    return _name_after(doc[j - 1], layout) if doc[j].pos_ == "PROPN" else None


def _inverted_source(verb: Token, layout: Layout) -> Token | None:
    """`"…," said Smith`: a verb with no subject before it, right after a quote that opens its
    sentence; the source is the name right after the verb, whatever the parse made of it."""
    lex = active()
    doc = verb.doc
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and not layout.quoted(c) for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 3 and not layout.quoted(doc[i]) and (
            doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or not layout.quoted(doc[i]):
        return None
    quote = layout.quotes[layout.quote_of[i]]
    j = layout.token_range(quote.start, quote.end)[0] - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space) and not layout.quoted(doc[j]):
        j -= 1
    if j >= 0 and not doc[j].is_space and doc[j].text not in (".", "!", "?", ":", ";") \
            and layout.paragraph_of(doc[j]) == layout.paragraph(quote.start) \
            and not layout.quoted(doc[j]):
        return None
    found = _name_after(verb, layout)
    if found is not None:
        return found
    for child in verb.rights:
        if child.i - verb.i > 4 or layout.quoted(child) or child.ent_type_ in lex.numeric_labels:
            continue
        if child.dep_ in _INVERTED and (
                child.pos_ == "PROPN" or child.lower_ in lex.personal_pronouns
                or child.lemma_.lower() in lex.source_nouns):
            return child
    return None


def _name_after(verb: Token, layout: Layout) -> Token | None:
    """The name, source noun or pronoun right after a verb, whatever the parse made of it."""
    lex = active()
    doc = verb.doc
    j = verb.i + 1
    if verb.lemma_.lower() in lex.listener_verbs or j >= len(doc):
        return None
    if doc[j].lower_ in lex.personal_pronouns:
        return doc[j]
    found = None
    while j < len(doc) and j - verb.i <= 8 and not layout.quoted(doc[j]):
        tok = doc[j]
        if tok.pos_ == "PROPN" and tok.ent_type_ not in lex.numeric_labels \
                or tagged_adverb_name(tok):
            found = tok  # the last proper noun of `ACLU executive director Anthony Romero`
        elif tok.tag_ == "POS" or tok.text in ("'", "\u2019") and found is not None:
            found = None  # an owner: `Florida's Rick Wilson`
        elif tok.pos_ == "NOUN" and found is None and tok.lemma_.lower() in lex.source_nouns and (
                j + 1 == len(doc) or doc[j + 1].pos_ not in ("PROPN", "NOUN")):
            return tok
        elif tok.pos_ == "NOUN" and tok.lower_ not in lex.person_bodies or _glued_modifier(tok) \
                or tok.tag_ in ("VBG", "VBN") and j + 1 < len(doc) \
                and doc[j + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            found = None  # a modifier: `Twitter user`, `Los Angeles-based attorney`, `House
            # ranking Democrat Jane Doe`
        elif tok.text == "," and found is None and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" \
                and doc[j - 1].pos_ == "NOUN":
            pass  # a name in apposition to a noun: `another Twitter user, Jane Doe`
        elif tok.pos_ not in ("DET", "ADJ", "NOUN", "PUNCT") or tok.is_punct and tok.text != "-" \
                and (found is not None or tok.text == ","):
            break
        j += 1
    return found


def _glued_modifier(tok: Token) -> bool:
    """The `based` of `Los Angeles-based`: a word glued to the one before by a hyphen."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_


def before_party_tag(doc: Doc, i: int) -> int:
    """`Sen. Jane Doe (D-Mass.) said`, `Rep. Jane Doe (R-Tex.):`: the index of the word before
    a short bracketed tag ending at `i`, else `i`."""
    if i > 0 and doc[i].text == ")":
        opening = next((j for j in range(i - 1, max(i - 8, 0), -1) if doc[j].text == "("), None)
        return opening - 1 if opening is not None else i
    return i


def tagged_adverb_name(tok: Token) -> bool:
    """`said Skelly`, `Donnelly called`: a capitalised word inside a sentence that the tagger
    read as an adverb for its `-ly` ending is a surname."""
    return tok.pos_ == "ADV" and tok.is_title and tok.lower_.endswith("ly") \
        and not tok.is_sent_start and tok.i > 0 and tok.doc[tok.i - 1].is_alpha


def _before(verb: Token, layout: Layout) -> Token | None:
    """A name or pronoun directly before the verb, skipping adverbs and auxiliaries."""
    lex = active()
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and verb.i - i <= 3 \
            and not tagged_adverb_name(doc[i]):
        i -= 1
    while i > 0 and doc[i].ent_type_ in ("DATE", "TIME") and verb.i - i <= 4:
        i -= 1  # `Smith on Wednesday called it "…"`, `Smith Tuesday said`
        if doc[i].pos_ == "ADP":
            i -= 1
    i = before_party_tag(doc, i)
    if i > 0 and doc[i].text == "," and doc[i - 1].ent_type_ == "PERSON" \
            and doc[i - 1].dep_ == "appos" and doc[i].head.ent_type_ != "PERSON":
        i -= 1  # `In a letter to the Times, her adviser, Jake Sullivan, said`
    elif i > 0 and doc[i].text == "," and doc[i].head.i < i and doc[i].head.pos_ == "PROPN" \
            and doc[i].head.ent_type_ not in lex.place_labels:
        i = doc[i].head.i  # `Smith, a local activist, called …`
    elif i > 0 and doc[i].text == "," and doc[i - 1].pos_ == "PROPN" \
            and doc[i - 1].dep_ == "appos" and doc[i - 1].ent_type_ not in lex.place_labels:
        i -= 1  # `her senior adviser, Jake Sullivan, said`
    elif i > 0 and doc[i].text == ",":
        i = _before_clause(doc, i)
    if i > 0 and doc[i].text == "," and doc[i - 1].ent_type_ in lex.place_labels:
        i = _before_place(doc, i)
    if i < 0 or layout.quoted(doc[i]) or doc[i].ent_type_ in lex.numeric_labels or not (
            doc[i].pos_ == "PROPN" or doc[i].lower_ in lex.personal_pronouns
            or tagged_adverb_name(doc[i])):
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "flat") and tok.i < tok.head.i < verb.i:
        tok = tok.head
    return tok


def _before_place(doc: Doc, comma: int) -> int:
    """`Doe, now retired in Cambridge, Mass., said`: the name before the clause that ends on a
    place, not the place (a town where someone lives says nothing)."""
    lex = active()
    for j in range(comma - 1, max(comma - _MAX_CLAUSE, 0), -1):
        if doc[j].is_sent_start:
            break
        if doc[j].text == "," and doc[j - 1].pos_ == "PROPN" \
                and doc[j - 1].ent_type_ not in lex.place_labels:
            return j - 1
    return comma


def _before_clause(doc: Doc, comma: int) -> int:
    """`Smith, who served as an aide in 2012, called …`: the word before the comma that opens
    a relative clause or apposition closed by `comma` (the parse often loses the link)."""
    lex = active()
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

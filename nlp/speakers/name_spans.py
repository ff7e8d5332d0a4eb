"""Where a name starts and ends in the tokens, and the words it is compared by.

The small model's entities run on and take in what surrounds a name, or leave out part of it;
these functions find the name itself: `entity_span` for the token a cue's source hangs from,
`name_start` for a first name the entity left out, and `name_words` for the words of a name
without what surrounds it, by the trims of `NAME_TRIMS`, applied in order.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import active
from nlp.speakers.post_nominals import drop_post_nominals
from nlp.text.first_names import is_first_name
from nlp.text.folding import fold

Trim = Callable[[Doc, int, int, bool], tuple[int, int]]
"""(doc, start, end, is a person) -> the token range with something cut off."""


def name_start(doc: Doc, start: int, end: int) -> int:
    """Where a name really starts: the small model's entities often leave out the first name
    the parser attached to the rest (`said Hany [Farid]`, `Billie [Jean King]`). One word at
    most, and not a title or role (`Minority Leader [Reid]` stays `Reid`); before a name of
    two words or more, only a census first name (`Tennis [Jean King]` would be no name)."""
    lex = active()
    words = sum(1 for t in doc[start:end] if t.lower_ not in lex.name_particles)
    if start == 0 or words > 2:  # particles do not count: `Ana [van der Berg]`
        return start
    prev = doc[start - 1]
    word = prev.lower_.rstrip(".")
    if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.ent_type_ \
            or not start <= prev.head.i < end or not prev.is_title or word in lex.name_titles \
            or word in lex.role_words or end - start > 1 and not is_first_name(word):
        return start
    return start - 1


def name_words(span: Span, person: bool = True) -> tuple[tuple[str, ...], int, int]:
    """Lower-case words of a name without titles, suffixes or possessives, and their token
    range: the span trimmed by each of `NAME_TRIMS` in turn."""
    start, end = span.start, span.end
    for trim in NAME_TRIMS:
        start, end = trim(span.doc, start, end, person)
    return _joined_words(span.doc[start:end]), start, end


def cut_at_context(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    """End before a lower-case word that is no name particle (`Meenakshi Ganguly of Human Rights
    Watch`), a comma or a bracket (`Vox Populi (Voice of the People)`: what follows glosses the
    name); start after a possessive or a dateline dash (`Commentary's Noah Rothman`, `ROME -
    Bernie Sanders`)."""
    for i in range(start + 1, end):
        if _possessive(doc, i) and i < end - 1:
            start = i + 1
        elif _outside_name(doc, i, start, end, person) or doc[i].text == "(":
            return start, i
        elif doc[i].is_punct and doc[i].text != "." and doc[i - 1].whitespace_:
            start = i + 1
    return start, end


def _outside_name(doc: Doc, i: int, start: int, end: int, person: bool) -> bool:
    """A comma, or a lower-case word other than a particle (`van`) or, in a body's name, a
    joiner before a capitalised word (`American Federation of Teachers`)."""
    lex = active()
    tok = doc[i]
    if tok.text == ",":
        return True
    if not tok.is_lower or tok.lower_ in lex.name_particles:
        return False
    return person or tok.lower_ not in lex.body_joiners or i + 1 >= end \
        or not doc[i + 1].is_title or is_first_name(doc[start].lower_)


def _no_word(tok: Token) -> bool:
    """Punctuation, or a symbol with no letter or digit (an emoji, `©`): never part of a name."""
    return tok.is_punct or not any(ch.isalnum() for ch in tok.text)


def drop_trailing_marks(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    """Possessives, punctuation, symbols and generational suffixes at the end (`Joseph R. Biden
    Jr.`, `Ann Lee 😀`)."""
    suffixes = active().name_suffixes
    while end > start and (doc[end - 1].tag_ == "POS" or _no_word(doc[end - 1]) or doc[
            end - 1].lower_.rstrip(".") in suffixes and end - start > 1):
        end -= 1
    return start, end


def after_last_title(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    """Start after the last title (for people also the last role word: `Phoenix Mayor Greg
    Stanton`; not for bodies: `General Motors`), or after a party member before a first name
    (`ranking Democrat Jane Doe`, not `Republican National Committee`)."""
    lex = active()
    for i in range(end - 2, start - 1, -1):
        word = doc[i].lower_.rstrip(".")
        if word in lex.name_titles or (person or end - i > 2) and word in lex.role_words or (
                word in lex.party_members and end - i > 2 and is_first_name(doc[i + 1].lower_)):
            return i + 1, end
    return start, end


def drop_leading_marks(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    while start < end and (_no_word(doc[start]) or _possessive(doc, start)):
        start += 1
    return start, end


def drop_leading_verbs_and_roles(doc: Doc, start: int, end: int,
                                 person: bool) -> tuple[int, int]:
    """`Stated Stone:` (a speech verb the small model takes for a first name), `Filmmaker Jack
    Marino` (an agent noun before a first name)."""
    while end - start > 1 and (_speech_verb_form(doc[start].lower_) or person and end - start > 2
                               and _role_word(doc[start].text, doc[start + 1].text)):
        start += 1
    return start, end


def drop_headline_verbs(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    """A title-case headline's `Jane Doe Explained Why …`."""
    while end - start > 2 and _speech_verb_form(doc[end - 1].lower_):
        end -= 1
    return start, end


NAME_TRIMS: tuple[Trim, ...] = (
    cut_at_context, drop_trailing_marks, drop_post_nominals, after_last_title, drop_leading_marks,
    drop_leading_verbs_and_roles, drop_headline_verbs,
)


def _speech_verb_form(word: str) -> bool:
    """`Stated` in `Stated Stone:`, which the small model takes for a first name."""
    lex = active()
    verbs = lex.speech_verbs
    return word in lex.irregular_speech_forms or word.endswith("ed") and (
        word[:-1] in verbs or word[:-2] in verbs)


def _possessive(doc: Doc, i: int) -> bool:
    """`'s`, or the bare apostrophe after a plural (`Fox News' Sean Hannity`)."""
    tok = doc[i]
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "\u2019s") or tok.text in ("'", "\u2019") \
        and i > 0 and doc[i - 1].lower_.endswith("s") and not doc[i - 1].whitespace_ \
        and bool(tok.whitespace_)


def _role_word(word: str, following: str) -> bool:
    """A capitalised agent noun before a first name (`Filmmaker Jack Marino`), told from first
    names such as `Spencer` or `Tyler` by census name lists; `Wasserman Schultz` keeps both."""
    lex = active()
    low = word.lower()
    return len(low) >= 5 and low.endswith(lex.role_suffixes) and low not in lex.not_roles \
        and not is_first_name(low) and is_first_name(following.lower())


def _joined_words(span: Span) -> tuple[str, ...]:
    """Words as written: tokens with no space between them make one (`Lopez-Cantera`,
    `D'Souza`), so a hyphenated surname matches itself and not its halves. (No-break spaces
    never reach here: `nlp/tokenization.py` makes them plain before the model reads the text.)"""
    words: list[str] = []
    glued = False
    for tok in span:
        if tok.is_space:
            glued = False
            continue
        text = fold(tok.text)
        if glued and words:
            words[-1] += text
        elif not tok.is_punct or text in ("-", "'"):
            words.append(text)
        glued = not tok.whitespace_
    return tuple(w.rstrip(".") for w in words if w.strip(".-'"))


def line_break(token: Token) -> bool:
    """A line break: no name runs on from one line to the next."""
    return token.is_space and "\n" in token.text


def on_their_lines(ents: tuple[Span, ...]) -> list[Span]:
    """The entities cut at line breaks: the small model runs a headline's last name into the
    first line's (`…, says Howard` / `Tony Blair has…` makes `Howard Tony Blair`)."""
    pieces = []
    for ent in ents:
        cuts = [t.i for t in ent if line_break(t)]
        for lo, hi in zip([ent.start] + [c + 1 for c in cuts], cuts + [ent.end]):
            if hi > lo:
                pieces.append(Span(ent.doc, lo, hi, label=ent.label_))
    return pieces


# --- the name a source token belongs to ----------------------------------------------------


def entity_span(token: Token) -> tuple[int, int, str] | None:
    """Token range and label of the named entity holding `token`, or of its proper-noun chain."""
    if token.ent_type_ in active().name_labels:
        return _entity_range(token)
    if token.pos_ == "PROPN" or _looks_like_surname(token):
        return _proper_chain(token)
    return None


def _entity_range(token: Token) -> tuple[int, int, str]:
    """The entity around `token`, cut at a comma or a line break that runs two names together
    (`Lehigh, Bruce Turry`; a headline's `…, says Howard` and the next line's `Tony Blair`), a
    person's left-out first name added, a body's hung-on proper nouns taken in."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    commas = [i for i in range(start, end) if doc[i].text == "," or line_break(doc[i])]
    start = max([start] + [i + 1 for i in commas if i < token.i])
    end = min([end] + [i for i in commas if i >= token.i])
    if token.ent_type_ == "PERSON":
        start = name_start(doc, start, end)
    else:
        start = _body_start(doc, start, end)
    return start, end, token.ent_type_


def _proper_chain(token: Token) -> tuple[int, int, str]:
    """The proper nouns (and capitalised modifiers, hyphens) the parser hung on `token`."""
    doc = token.doc
    start = token.i
    while start > 0 and (doc[start - 1].head.i in (token.i, start) and (
            doc[start - 1].pos_ == "PROPN" or _capitalised_modifier(doc[start - 1]))
            or not doc[start - 1].whitespace_ and doc[start - 1].text == "-"):
        start -= 1
    prev = doc[start - 1] if start else None
    if prev is not None and doc[start].ent_iob_ == "I" and prev.is_title \
            and is_first_name(prev.lower_):
        start -= 1  # `Will Estrada`, one entity though the tagger read `Will` as a verb
    return _body_of(doc, start, token)


def _capitalised_modifier(tok: Token) -> bool:
    """A capitalised common word inside a body's name (`Black Lives Matter`, `Purple PAC`)."""
    return tok.pos_ in ("ADJ", "NOUN") and tok.dep_ in ("amod", "compound") and tok.is_title \
        and not tok.ent_type_ and tok.lower_ not in active().titles_and_roles


def _body_of(doc: Doc, start: int, token: Token) -> tuple[int, int, str]:
    """A proper-noun chain, taking in a `for`/`of` complement that names a body with it (`Club
    for Growth`), unless it opens with a first name (`Smith of Texas` stays a person)."""
    for prep in token.rights:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.i == token.i + 1 and prep.lower_ in ("for", "of") and objs \
                and objs[0].i == prep.i + 1 and objs[0].pos_ == "PROPN" and objs[0].is_title \
                and not objs[0].ent_type_ and not is_first_name(doc[start].lower_):
            return start, objs[0].i + 1, "ORG"
    return start, token.i + 1, ""


def _body_start(doc: Doc, start: int, end: int) -> int:
    """Where the name of a body or group starts: proper nouns the parser hung on it belong to
    it (`[POLITICO] Florida reported`, `a [New Hampshire] Democrat`), titles and roles do
    not."""
    titles = active().titles_and_roles
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end \
            and doc[start - 1].lower_.rstrip(".") not in titles:
        start -= 1
    return start


def _looks_like_surname(token: Token) -> bool:
    """A capitalised singular noun the tagger missed as a name (`Swers said`), not `Police`;
    a plural one only after a first name (`M. Dane Waters`)."""
    lex = active()
    if token.tag_ == "NNS":  # not `House Democrats`
        first = token.left_edge
        initial = len(first.text) == 2 and first.text[1] == "."
        return token.is_title and first.pos_ == "PROPN" and first.i < token.i and (
            initial or is_first_name(first.lower_))
    return token.tag_ == "NN" and token.is_title and token.lower_ not in lex.source_nouns \
        and token.lower_ not in lex.group_nouns and not any(c.dep_ == "det" for c in token.children)

"""What each word of a descriptor phrase is: part of the role, of a body, a patron's name, a
hyphen or a gap. `nlp.descriptors.roles.classify` builds the phrase from these kinds.

Read from the right (the head noun), words stay in the role until a word that names a body
appears; from there on capitalised words belong to bodies, while lower-case modifiers still join
the role. Each word gets the kind of the first of `WORD_KIND_RULES` that applies; then the kinds
are mended where hyphens, `of` complements and people's names span several words.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from nlp.descriptors.affiliations import party
from nlp.lexicon import active

HYPHENS = ("-", "–")


def word(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def possessive(tok: Token) -> bool:
    """`'s` after an owner, however the tagger tagged it (it sometimes calls `’s` a name)."""
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "’s")


def lowered(tok: Token) -> bool:
    """Lower-case, or capitalised only because it opens the sentence (`Presumptive nominee`)."""
    return tok.is_lower or (tok.is_sent_start and tok.pos_ in ("ADJ", "VERB", "NOUN")
                            and not tok.ent_type_)


def is_role_head(tok: Token, strict: bool = False) -> bool:
    """Whether a noun names a job: listed, an abbreviated title, or (unless strict) an agent
    noun such as `pediatrician`."""
    lex = active()
    w = word(tok)
    if w in lex.role_nouns:
        return True
    if w in lex.title_roles:
        return not _in_party_tag(tok)
    if strict or w in lex.not_roles or len(w) < 5 or not (
            tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and not tok.ent_type_):
        return False
    return w.endswith(lex.role_suffixes)


def _in_party_tag(tok: Token) -> bool:
    """`Del.` in `D-Del.`: a state abbreviation after a party letter, not the title `Del.`."""
    return tok.i > 0 and tok.nbor(-1).text in HYPHENS


def _party_named_as_person(tok: Token) -> bool:
    """`Labour` in `Labour MP Sarah Penn`, which the tagger may take for a one-word name."""
    lone = tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.nbor(1).ent_iob_ != "I")
    return lone and party(tok.text) is not None


def names_body(tok: Token) -> bool:
    """An organisation, place or person entity, a party word, a capitalised body noun (`Senate`)
    or an acronym; never a role word, unless one inside an organisation's name (`Justice` in
    `Justice Department`)."""
    lex = active()
    w = word(tok)
    if w in lex.role_words:
        return tok.ent_type_ == "ORG" and tok.i + 1 < len(tok.doc) and \
            tok.nbor(1).ent_iob_ == "I" and not tok.nbor(1).is_lower
    return (tok.ent_type_ in lex.organization_labels or tok.ent_type_ == "PERSON"
            or party(tok.text) is not None or (tok.is_title and w in lex.body_words)
            or (not lowered(tok) and tok.pos_ == "PROPN" and tok.ent_type_ == "" and
                tok.text.isupper() and len(w) > 1))


@dataclass
class _Word:
    tok: Token
    in_body: bool
    """Whether a body word was met to its right."""

    @property
    def owned(self) -> bool:
        """Whether a possessive follows (`the SDF's`)."""
        doc = self.tok.doc
        return self.tok.i + 1 < len(doc) and possessive(doc[self.tok.i + 1])


def ordinal_title(w: _Word) -> str | None:
    """`first` in `first minister`: part of the title, not a number."""
    doc = w.tok.doc
    following = word(doc[w.tok.i + 1]) if w.tok.i + 1 < len(doc) else ""
    return "role" if f"{word(w.tok)} {following}" in active().ordinal_titles else None


def gap_word(w: _Word) -> str | None:
    """Punctuation, possessives, articles, courtesy titles and numbers."""
    tok = w.tok
    if tok.is_punct and tok.text not in HYPHENS or possessive(tok) or tok.pos_ == "DET" \
            or word(tok) in active().honorifics or tok.like_num:
        return "gap"
    return None


def hyphen(w: _Word) -> str | None:
    return "hyphen" if w.tok.text in HYPHENS else None


def title_modifier(w: _Word) -> str | None:
    """`former`, `acting`: role words even where the tagger put them in a place."""
    return "role" if word(w.tok) in active().title_modifiers else None


def body_word(w: _Word) -> str | None:
    """A word naming a body, an owner's name, the first word of a two-word party name
    (`Liberal` in `Liberal Democrat leader`) or a name before a team role (`Leeds boss`)."""
    tok = w.tok
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    paired = nxt is not None and (party(f"{tok.text} {nxt.text}") is not None or
                                  tok.pos_ == "PROPN" and not lowered(tok)
                                  and word(nxt) in active().team_roles)
    return "body" if names_body(tok) or w.owned and tok.pos_ == "PROPN" or paired else None


def owner(w: _Word) -> str | None:
    return "gap" if w.owned else None


def role_word(w: _Word) -> str | None:
    """A lower-case word, a role word, or any word before a body is met: the role's, when a
    content word or a team role the tagger took for another part of speech (`forward`)."""
    tok = w.tok
    lex = active()
    if lowered(tok) or word(tok) in lex.role_words or not w.in_body:
        content = tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or word(tok) in lex.team_roles
        return "role" if content else "gap"
    return None


def in_a_body(w: _Word) -> str | None:
    """A capitalised word left of a body word is part of a body."""
    return "body"


WORD_KIND_RULES: tuple[Callable[[_Word], str | None], ...] = (
    ordinal_title, gap_word, hyphen, title_modifier, body_word, owner, role_word, in_a_body,
)


def word_kinds(tokens: list[Token]) -> list[str]:
    """The kind of every word (see the module docstring), mended."""
    kinds: list[str] = []
    in_body = False
    for tok in reversed(tokens):
        kind = next(k for k in (rule(_Word(tok, in_body)) for rule in WORD_KIND_RULES) if k)
        in_body = in_body or kind == "body"
        kinds.append(kind)
    kinds.reverse()
    _mend_hyphens_and_ofs(tokens, kinds)
    _mend_people(tokens, kinds)
    return kinds


def _mend_hyphens_and_ofs(tokens: list[Token], kinds: list[str]) -> None:
    """A modifier glued on by a hyphen (`Kurdish-led`) and a hyphen next to a gap are gaps; a
    role's `of` complement (`secretary of state`) is role."""
    lex = active()
    for i, tok in enumerate(tokens[1:-1], start=1):
        if tok.text in HYPHENS and ("-" + tokens[i + 1].lower_) in lex.org_modifier_suffixes:
            kinds[i:i + 2] = ["gap", "gap"]
        if tok.text in HYPHENS and "gap" in (kinds[i - 1], kinds[i + 1]):
            kinds[i - 1:i + 2] = ["gap"] * 3
        if tok.lower_ == "of" and is_role_head(tokens[i - 1]) and \
                word(tokens[i + 1]) in lex.role_of_complements:
            kinds[i - 1:i + 2] = ["role"] * 3


def _mend_people(tokens: list[Token], kinds: list[str]) -> None:
    """A noun that makes a person's name a body (`the Clinton campaign`) is body; a person's
    name before one is body, before a role a patron (`Clinton spokesman`). A title the tagger
    put inside the name (`Archbishop Jo Ruiz`) stays a role."""
    person_bodies = active().person_bodies
    for i, tok in enumerate(tokens):
        after = i + 2 if i + 2 < len(tokens) and possessive(tokens[i + 1]) else i + 1
        if kinds[i] == "body" and after < len(tokens) and word(tokens[after]) in person_bodies:
            kinds[after] = "body"
        if tok.ent_type_ == "PERSON" and not is_role_head(tok, strict=True) and \
                not _party_named_as_person(tok):
            _mend_name(tokens, kinds, i)


def _mend_name(tokens: list[Token], kinds: list[str], i: int) -> None:
    """The person's name starting at word `i`: a body's before a person body, else a patron's
    (unless another name follows)."""
    j = i + 1
    while j < len(tokens) and (tokens[j].ent_type_ == "PERSON" or possessive(tokens[j])):
        j += 1
    if j < len(tokens) and word(tokens[j]) in active().person_bodies:
        kinds[j] = "body"
        for k in range(i, j):
            kinds[k] = "body" if tokens[k].ent_type_ == "PERSON" else "gap"
    elif j == len(tokens) or tokens[j].ent_type_ != "PERSON":
        for k in range(i, j):
            kinds[k] = "patron" if tokens[k].ent_type_ == "PERSON" else "gap"

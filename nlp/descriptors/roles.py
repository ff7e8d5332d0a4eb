"""Role phrases: which words of a descriptor name the job and which the body it is done for.

`White House Press Secretary`, `ACLU executive director`, `former Arizona governor`,
`Clinton campaign chairman`, `Presumptive Democratic presidential nominee`: titles mix the two.
Read from the right (the head noun), words stay in the role until a word that names a body
appears (an organisation or place entity, a party word, a capitalised body noun such as
`Senate`, or a person's name before `campaign`); from there on capitalised words belong to
bodies, while lower-case modifiers (`former`, `presidential`) still join the role
(`nlp/descriptors/word_kinds.py`). A common noun
recalling a body (`the party's nominee`, `state party chairwoman`, `an adviser to the group`) is a
body too, resolved by `nlp.descriptors.affiliations.Organizations.recalled`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from nlp.descriptors.affiliations import party
from nlp.descriptors.word_kinds import HYPHENS, is_role_head, possessive, word, word_kinds
from nlp.lexicon import active

__all__ = ["Phrase", "classify", "is_role_head", "plural_role", "role_text"]


@dataclass
class Phrase:
    """The role words (head last) and the organisation word runs of one descriptor phrase."""

    role: list[Token] = field(default_factory=list)
    organizations: list[list[Token]] = field(default_factory=list)
    patron: list[Token] = field(default_factory=list)
    """A person's name the role is done for (`Clinton` in `Clinton spokesman`)."""
    common_body: list[Token] = field(default_factory=list)
    """A body named in lower case inside the title (`foreign ministry` in `foreign ministry
    spokesman`), kept as the article words it."""


def plural_role(tok: Token) -> bool:
    """`officials`, `prosecutors`: a plural of a listed role noun (an unnamed group's role)."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in active().role_nouns


def _ends_in_head(role: list[Token]) -> bool:
    """`press secretary`, or `secretary of state` (the head before its `of` complement), or a
    group's `defense officials`."""
    if len(role) >= 3 and role[-2].lower_ == "of":
        return is_role_head(role[-3])
    return is_role_head(role[-1]) or plural_role(role[-1])


def classify(tokens: list[Token], head: Token | None) -> Phrase:
    """Split a descriptor's words into the role (ending at `head`, or at the last word when the
    phrase is a title before a name) and runs of organisation words."""
    kinds = word_kinds(tokens)
    phrase = Phrase(patron=[t for t, k in zip(tokens, kinds) if k == "patron"])
    last = head if head is not None else tokens[-1]
    role = _role_run(tokens, kinds)
    if role and role[-1].i == last.i and _ends_in_head(role):
        phrase.role, phrase.common_body = _split_common_body(_dated(tokens, kinds, role))
    runs = [r for run in _body_runs(tokens, kinds) for r in _split_parties(run)]
    recalled = [[tok] for i, tok in enumerate(tokens) if kinds[i] != "body" and _recalls(tokens, i)]
    phrase.organizations = sorted(runs + recalled, key=lambda r: r[0].i) if recalled else runs
    return phrase


def _dated(tokens: list[Token], kinds: list[str], role: list[Token]) -> list[Token]:
    """`a former Acme Corp chairman`: a modifier before the body that the title names still
    dates the role (CONVENTIONS.md: past roles keep `former`)."""
    start = tokens.index(role[0])
    k = start - 1
    while k >= 0 and kinds[k] == "body":
        k -= 1
    if k < 0 or k == start - 1 or word(tokens[k]) not in active().title_modifiers:
        return role
    return [tokens[k]] + role


def _split_common_body(role: list[Token]) -> tuple[list[Token], list[Token]]:
    """`public accounts committee chairman`, `former foreign ministry spokesman`: words ending
    in a body noun before the role's head name the body (two words or more: a bare `committee`
    names none); the role keeps its modifiers (`former`) and the words after the body."""
    lex = active()
    k = next((k for k in range(len(role) - 2, 0, -1) if role[k].pos_ == "NOUN"
              and word(role[k]) in lex.title_body_nouns), None)
    if k is None:
        return role, []
    start = 0
    while start < k and (word(role[start]) in lex.title_modifiers or role[start].text in HYPHENS):
        start += 1
    if k - start < 1 or any(t.text in HYPHENS for t in role[start:k + 1]):
        return role, []
    return role[:start] + role[k + 1:], role[start:k + 1]


def _body_runs(tokens: list[Token], kinds: list[str]) -> list[list[Token]]:
    """Runs of body words, with the hyphens and possessives that join them (`Ohio-based`,
    `the Clinton's campaign`)."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for i, (tok, kind) in enumerate(zip(tokens, kinds)):
        if kind == "body" or run and _joins(tokens, kinds, i):
            run.append(tok)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _joins(tokens: list[Token], kinds: list[str], i: int) -> bool:
    """A hyphen before a body word, a possessive before a person body, or a body word after a
    hyphen."""
    following = kinds[i + 1] if i + 1 < len(tokens) else ""
    owner = possessive(tokens[i]) and following == "body" \
        and word(tokens[i + 1]) in active().person_bodies
    return kinds[i] == "hyphen" and following == "body" or owner or (
        i > 0 and kinds[i - 1] == "hyphen" and kinds[i] == "body")


def _recalls(tokens: list[Token], i: int) -> bool:
    """`the party's`, `the group` ending the phrase, or `party` before a role noun (`state party
    chairwoman`): a body named earlier in the article, not a role word."""
    lex = active()
    tok = tokens[i]
    if not tok.is_lower or tok.lower_ not in lex.recalled_bodies:
        return False
    if tok.lower_ == "party" and i + 1 < len(tokens) and is_role_head(tokens[i + 1]):
        return True
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or possessive(nxt) or i == len(tokens) - 1 and nxt.pos_ != "PROPN"


def _role_run(tokens: list[Token], kinds: list[str]) -> list[Token]:
    """The role words that end the phrase without a break: `former Arizona governor` ->
    governor, `Republican presidential candidates Sen.` -> Sen. (a plural names the group, not
    the person)."""
    k = len(tokens) - 1
    picked: list[Token] = []
    while k >= 0 and kinds[k] in ("role", "hyphen"):
        if picked and tokens[k].tag_ in ("NNS", "NNPS"):
            break
        picked.append(tokens[k])
        k -= 1
    picked.reverse()
    while picked and picked[0].text in HYPHENS:
        picked.pop(0)
    return picked


def _split_parties(run: list[Token]) -> list[list[Token]]:
    """`Republican Rep.` aside, a party word next to an organisation is its own affiliation
    (an acronym only leading a run: `SNP Holyrood leader`, not `Hillsborough County GOP`), a
    two-word party name (`Liberal Democrat`) one affiliation."""
    out: list[list[Token]] = []
    current: list[Token] = []
    paired = -1
    for i, tok in enumerate(run):
        if i == paired:
            continue
        if i + 1 < len(run) and party(f"{tok.text} {run[i + 1].text}") is not None:
            out += [current, run[i:i + 2]] if current else [run[i:i + 2]]
            current, paired = [], i + 1
            continue
        inside = i + 1 < len(run) and run[i + 1].ent_iob_ == "I" and tok.ent_type_
        leading = not current and i + 1 < len(run)
        if party(tok.text) is not None and (tok.text.isupper() and leading or
                                            not tok.text.isupper() and not inside):
            if current:
                out.append(current)
                current = []
            out.append([tok])
        else:
            current.append(tok)
    if current:
        out.append(current)
    return out


def role_text(tokens: list[Token]) -> str:
    """The role as a lower-case phrase, abbreviated titles spelt out (`Sen.` -> `senator`), a
    group's plural head in the singular (`officials` -> `official`)."""
    lex = active()
    words: list[str] = []
    glue = False
    for tok in tokens:
        if tok.text in HYPHENS:
            glue = True
            continue
        w = tok.lemma_.lower() if tok is tokens[-1] and plural_role(tok) else word(tok)
        w = lex.title_roles.get(w, w) if tok.text.endswith(".") or w in lex.title_roles else w
        if glue and words:
            words[-1] += "-" + w
        else:
            words.append(w)
        glue = False
    return " ".join(words)

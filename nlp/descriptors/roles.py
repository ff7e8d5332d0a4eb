"""Role phrases: which words of a descriptor name the job and which the body it is done for.

`White House Press Secretary`, `ACLU executive director`, `former Arizona governor`,
`Clinton campaign chairman`, `Presumptive Democratic presidential nominee`: titles mix the two.
Read from the right (the head noun), words stay in the role until a word that names a body
appears (an organisation or place entity, a party word, a capitalised body noun such as
`Senate`, or a person's name before `campaign`); from there on capitalised words belong to
bodies, while lower-case modifiers (`former`, `presidential`) still join the role. A common noun
recalling a body (`the party's nominee`, `state party chairwoman`, `an adviser to the group`) is a
body too, resolved by `nlp.descriptors.affiliations.Organizations.recalled`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from nlp.descriptors.affiliations import party
from nlp.lexicon import active

_HYPHENS = ("-", "–")


@dataclass
class Phrase:
    """The role words (head last) and the organisation word runs of one descriptor phrase."""

    role: list[Token] = field(default_factory=list)
    organizations: list[list[Token]] = field(default_factory=list)
    patron: list[Token] = field(default_factory=list)
    """A person's name the role is done for (`Clinton` in `Clinton spokesman`)."""


def _word(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def is_role_head(tok: Token, strict: bool = False) -> bool:
    """Whether a noun names a job: listed, an abbreviated title, or (unless strict) an agent
    noun such as `pediatrician`."""
    lex = active()
    w = _word(tok)
    if w in lex.role_words:
        return True
    if strict or w in lex.not_roles or len(w) < 5 or not (
            tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and not tok.ent_type_):
        return False
    return w.endswith(lex.role_suffixes)


def _ends_in_head(role: list[Token]) -> bool:
    """`press secretary`, or `secretary of state` (the head before its `of` complement)."""
    if len(role) >= 3 and role[-2].lower_ == "of":
        return is_role_head(role[-3])
    return is_role_head(role[-1])


def _lowered(tok: Token) -> bool:
    """Lower-case, or capitalised only because it opens the sentence (`Presumptive nominee`)."""
    return tok.is_lower or (tok.is_sent_start and tok.pos_ in ("ADJ", "VERB", "NOUN")
                            and not tok.ent_type_)


def _names_body(tok: Token) -> bool:
    lex = active()
    w = _word(tok)
    if w in lex.role_words:
        return False
    return (tok.ent_type_ in lex.organization_labels or tok.ent_type_ == "PERSON"
            or party(tok.text) is not None or (tok.is_title and w in lex.body_words)
            or (not _lowered(tok) and tok.pos_ == "PROPN" and tok.ent_type_ == "" and
                tok.text.isupper() and len(w) > 1))


def classify(tokens: list[Token], head: Token | None) -> Phrase:
    """Split a descriptor's words into the role (ending at `head`, or at the last word when the
    phrase is a title before a name) and runs of organisation words."""
    lex = active()
    kinds: list[str] = []
    in_body = False
    for tok in reversed(tokens):
        w = _word(tok)
        owned = tok.i + 1 < len(tok.doc) and _possessive(tok.doc[tok.i + 1])
        if tok.is_punct and tok.text not in _HYPHENS or _possessive(tok) or tok.pos_ == "DET" \
                or w in lex.honorifics or tok.like_num:
            kinds.append("gap")
        elif tok.text in _HYPHENS:
            kinds.append("hyphen")
        elif w in lex.title_modifiers:
            kinds.append("role")
        elif _names_body(tok) or owned and tok.pos_ == "PROPN":
            in_body = True
            kinds.append("body")
        elif owned:
            kinds.append("gap")
        elif _lowered(tok) or w in lex.role_words or not in_body:
            kinds.append("role" if tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") else "gap")
        else:
            kinds.append("body")
    kinds.reverse()
    for i, tok in enumerate(tokens[1:-1], start=1):
        if tok.text in _HYPHENS and ("-" + tokens[i + 1].lower_) in lex.org_modifier_suffixes:
            kinds[i:i + 2] = ["gap", "gap"]
        if tok.text in _HYPHENS and "gap" in (kinds[i - 1], kinds[i + 1]):
            kinds[i - 1:i + 2] = ["gap"] * 3
        if tok.lower_ == "of" and is_role_head(tokens[i - 1]) and \
                _word(tokens[i + 1]) in lex.role_of_complements:
            kinds[i - 1:i + 2] = ["role"] * 3
    for i, tok in enumerate(tokens):
        after = i + 2 if i + 2 < len(tokens) and _possessive(tokens[i + 1]) else i + 1
        if kinds[i] == "body" and after < len(tokens) and _word(tokens[after]) in lex.person_bodies:
            kinds[after] = "body"
        if tok.ent_type_ == "PERSON" and not is_role_head(tok, strict=True):
            # a title the tagger put inside the name (`Archbishop Jo Ruiz`) stays a role
            j = i + 1
            while j < len(tokens) and (tokens[j].ent_type_ == "PERSON" or _possessive(tokens[j])):
                j += 1
            if j < len(tokens) and _word(tokens[j]) in lex.person_bodies:
                kinds[j] = "body"
                for k in range(i, j):
                    kinds[k] = "body" if tokens[k].ent_type_ == "PERSON" else "gap"
            elif j == len(tokens) or tokens[j].ent_type_ != "PERSON":
                for k in range(i, j):
                    kinds[k] = "patron" if tokens[k].ent_type_ == "PERSON" else "gap"
    phrase = Phrase(patron=[t for t, k in zip(tokens, kinds) if k == "patron"])
    last = head if head is not None else tokens[-1]
    role = _role_run(tokens, kinds)
    if role and role[-1].i == last.i and _ends_in_head(role):
        phrase.role = role
    run: list[Token] = []
    for i, (tok, kind) in enumerate(zip(tokens, kinds)):
        owner = _possessive(tok) and i + 1 < len(tokens) and kinds[i + 1] == "body" and \
            _word(tokens[i + 1]) in lex.person_bodies
        joined = kind == "hyphen" and i + 1 < len(tokens) and kinds[i + 1] == "body" or owner or (
            i > 0 and kinds[i - 1] == "hyphen" and run and kind == "body")
        if kind == "body" or (joined and run):
            run.append(tok)
        elif run:
            phrase.organizations.append(run)
            run = []
    if run:
        phrase.organizations.append(run)
    phrase.organizations = [_split_parties(r) for r in phrase.organizations]
    phrase.organizations = [r for runs in phrase.organizations for r in runs]
    recalled = [[tok] for i, tok in enumerate(tokens) if kinds[i] != "body" and _recalls(tokens, i)]
    if recalled:
        phrase.organizations = sorted(phrase.organizations + recalled, key=lambda r: r[0].i)
    return phrase


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
    return nxt is None or _possessive(nxt) or i == len(tokens) - 1 and nxt.pos_ != "PROPN"


def _possessive(tok: Token) -> bool:
    """`'s` after an owner, however the tagger tagged it (it sometimes calls `’s` a name)."""
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "’s")


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
    while picked and picked[0].text in _HYPHENS:
        picked.pop(0)
    return picked


def _split_parties(run: list[Token]) -> list[list[Token]]:
    """`Republican Rep.` aside, a party word next to an organisation is its own affiliation."""
    out: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(run):
        inside = i + 1 < len(run) and run[i + 1].ent_iob_ == "I" and tok.ent_type_
        if party(tok.text) is not None and not tok.text.isupper() and not inside:
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
    """The role as a lower-case phrase, abbreviated titles spelt out (`Sen.` -> `senator`)."""
    lex = active()
    words: list[str] = []
    glue = False
    for tok in tokens:
        if tok.text in _HYPHENS:
            glue = True
            continue
        w = _word(tok)
        w = lex.title_roles.get(w, w) if tok.text.endswith(".") or w in lex.title_roles else w
        if glue and words:
            words[-1] += "-" + w
        else:
            words.append(w)
        glue = False
    return " ".join(words)

"""Reading the words before a speaker's name and the party tag after it.

`White House Press Secretary Josh Earnest`, `the Washington Post's Ishaan Tharoor` (an owner, read
as an apposition), `Sens. Ruth Adler and Tom Reyes` (a plural title shared by the names listed);
`Sen. Ted Cruz (R-Texas)`, `Rep. Tom Cole, R-Okla.,`, `Peter King, Republican of New York,`:
the party, never the state, which is the legislator's constituency.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.descriptors.affiliations import GLUED, party, state
from nlp.descriptors.findings import APPOSITION, PARTY, RELATIVE, TITLE, Found
from nlp.descriptors.phrases import LEFT_DEPS, PhraseReader
from nlp.descriptors.roles import classify, is_role_head, plural_role
from nlp.descriptors.word_kinds import word
from nlp.lexicon import active

_MAX_TITLE = 10
MAX_CONJUNCTS = 12
"""How far back a listed name looks for the list's first member (`like A, B and C`): a list
is short, and a walk per name along a list of thousands would cost its square."""
_PLACE = r"([A-Z][\w.-]*(?: [A-Z][\w.]*)?)"
_PARTY_WORD = re.compile(r"\s*,\s*(?:an? )?(Democrat|Republican)(?:\s*[,.]| of " + _PLACE + ")")
_PARTY_TAG = re.compile(r"\s*[(,]\s*([RDI])(?:(?:\s*[-–]\s*" + _PLACE + r")?\s*[),]"
                        r"|\s*[-–]\s*" + _PLACE + r"\.?(?=\s|$))")
"""`(R-Texas)`, `, R-Okla.,`, and a comma-set tag ending the sentence (`Sen. Ruth Adler,
R-Ohio.`)."""
_TITLE_STOPS = ("DET", "ADP", "CCONJ", "PRON", "AUX", "PART", "SCONJ", "ADV")
"""Parts of speech a title before a name never holds."""


def first_conjunct(root: Token) -> Token:
    """The first name of the list `root` is listed in (`root` itself when it is none)."""
    first = root
    for _ in range(MAX_CONJUNCTS):
        if first.dep_ != "conj" or first.head.i >= first.i:
            break
        first = first.head
    return first


def _listed(root: Token) -> bool:
    """Whether a name is one of a list (`nuclear experts A and B`), which a plural title before
    it describes member by member; before a lone name a plural names a group it is in."""
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.rights)




class TitleReader(PhraseReader):
    """Reads the title before a name and the party tag after it."""

    def _title(self, span: Span) -> None:
        """`White House Press Secretary Josh Earnest`: the words before the name. An owner before
        the name (`the Washington Post's Ishaan Tharoor`) reads as an apposition: it marks a
        person even where the tagger labelled the name an organisation."""
        self._construction("title")
        tokens = self._title_before(span.start)
        if not tokens and span.root.dep_ == "conj":
            self._shared_title(span.root)
        if tokens:
            owned = tokens[-1].lower_ in ("'s", "’s")
            if owned:
                self.rule = "owned_title"
            phrase = classify(tokens, None)
            if phrase.role and plural_role(phrase.role[-1]) and not _listed(span.root):
                phrase.role = []
            self._phrase(phrase, APPOSITION if owned else TITLE)

    def _title_before(self, start: int) -> list[Token]:
        """The words of the title that ends before token `start`, without the dot the tokenizer
        cut from an abbreviation (`Sens` `.` opening a sentence) or a courtesy title after the
        role (`National Audit Office chief Sir John Bourn`)."""
        lex = active()
        j = start - 1
        while j >= 0 and start - j <= _MAX_TITLE:
            if self._title_step(j) == "stop":
                break
            j -= 1
        tokens = list(self.doc[j + 1:start])
        while tokens and (tokens[-1].text == "." or word(tokens[-1]) in lex.honorifics):
            tokens.pop()
        return tokens

    def _shared_title(self, root: Token) -> None:
        """`Sens. Ruth Adler and Tom Reyes`: a plural title before the first of listed names is
        each one's (`Sen. Ruth Adler and Tom Reyes` gives Reyes nothing)."""
        start = first_conjunct(root).i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        tokens = self._title_before(start)
        heads = [t for t in tokens if t.is_alpha]
        if heads and (word(heads[-1]) in active().plural_titles or plural_role(heads[-1])):
            self._phrase(classify(tokens, None), TITLE)

    def _title_step(self, j: int) -> str:
        """Whether the title before a name goes on to word `j` (`go`) or ends after it; a team
        role goes on whatever its tag (`Liverpool forward Milan Baros`, `forward` an adverb)."""
        lex = active()
        doc = self.doc
        tok, nxt = doc[j], doc[j + 1]
        if tok.is_sent_end or tok.is_space or GLUED.search(tok.text) or \
                tok.ent_type_ in lex.numeric_labels:
            return "stop"
        if tok.lower_ == "of" and j > 0 and (
                is_role_head(doc[j - 1]) and nxt.lower_ in lex.role_of_complements
                or tok.ent_iob_ == "I" and nxt.ent_iob_ == "I"):
            return "go"
        if self._joined(j) or tok.tag_ == "POS" or word(tok) in lex.team_roles:
            return "go"
        if tok.is_punct or tok.pos_ in _TITLE_STOPS or tok.pos_ == "VERB" \
                and tok.dep_ not in LEFT_DEPS:
            return "stop"
        return "go"

    def _joined(self, j: int) -> bool:
        """A hyphen inside a word (`vice-chairman`), or the dot the tokenizer cut from a plural
        title (`Sens` `.`; a rank such as `Col` `.` stays out, as before a role it is no job)."""
        doc = self.doc
        tok = doc[j]
        if j == 0 or doc[j - 1].whitespace_:
            return False
        if tok.text in ("-", "–"):
            return not tok.whitespace_
        return tok.text == "." and word(doc[j - 1]) in active().plural_titles

    def _party_tag(self, span: Span) -> None:
        """`Sen. Jack Reed (D-R.I.)`, `Rep. Tom Cole, R-Okla.,`, `Rick Scott (R)`, `Sen. Bernie
        Sanders (I-Vt.)` (no party), `Peter King, Republican of New York,`, `Jane Doe,
        a Democrat,`. The state is the legislator's constituency, never an affiliation.
        """
        self._construction("party_tag")
        found = _PARTY_TAG.match(self.orgs.text, span.end_char)
        if found is None:
            self._party_word(span)
            return
        self.office = True
        side = party(active().party_letters.get(found.group(1).lower(), ""))
        if side is not None:
            self._add(Found(side[0], side[1], found.span(1), RELATIVE, PARTY))

    def _party_word(self, span: Span) -> None:
        found = _PARTY_WORD.match(self.orgs.text, span.end_char)
        if found is None:
            return
        self.rule = "party_word"
        side = party(found.group(1))
        if side is not None:
            self._add(Found(side[0], side[1], found.span(1), APPOSITION, PARTY))
        if found.group(2) and state(found.group(2)):
            self.office = True

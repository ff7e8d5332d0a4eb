"""A quote's cue as the cue rules see it: the `Cue` they return and the `QuoteCues` context they
share (the quote's tokens, the words it hangs from, the speech verbs among them).

A cue word that the sentence relays through a named outlet (`…, according to Reuters`, `"…,"
the Times reported`, `…, reports USA Today`, `according to audio provided by WXYZ`) gives way to
that outlet, as the corpus credits them: `make_cue` reads the source from there.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Token

from nlp.cues.clauses import chain, joined_actor, outlet, reported_by
from nlp.cues.sources import find_source
from nlp.cues.words import is_cue
from nlp.lexicon import active
from nlp.quotes.layout import Layout


@dataclass(frozen=True)
class Cue:
    """A cue word, its character span and the head token of its source (None if not found)."""

    token: int
    start: int
    end: int
    source: int | None
    how: str
    """`governs` (a speech verb the quote hangs from), `nearest` (speech verb in the sentence),
    `governing_verb` (any verb the quote hangs from) or `trailing` (a short next sentence)."""
    source_rule: str = ""
    """The rule that found the source token (`nlp/cues/sources.py`, or the cue rule's own)."""
    rule: str = ""
    """The cue rule that chose this cue (`nlp/cues/cue_rules.py`)."""

    def with_source(self, source: Token, rule: str) -> Cue:
        """The same cue with a source another rule found (`as Jane Doe, …, put it`)."""
        return replace(self, source=source.i, source_rule=rule)


def make_cue(token: Token, layout: Layout, how: str) -> Cue:
    """The cue of a cue word, its source read from the parse; the outlet relaying the words
    (`…, according to CNN`, `…, reported USA Today`) only when the word has no source of its
    own: `according to the BBC, X said "…"` is X's (a reporting chain's innermost speaker).
    `"…," AP quoted Jane Doe as saying`: the quote hangs from the relaying `quoted`, but its cue
    is the `saying` of the person quoted."""
    token = _saying_of_quoted(token) or token
    cue = _cue_of(token, layout, how)
    relay = reported_by(token, layout) if token.lower_ != "according" else None
    if cue.source is None and relay is not None:
        return _cue_of(relay, layout, how)
    return cue


def _saying_of_quoted(verb: Token) -> Token | None:
    """The `saying` of `quoted X as saying` (`cited X as saying`) when `verb` is its relaying verb
    with an object before the `as`."""
    if verb.lemma_.lower() not in active().quoted_as_verbs \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for p in c.children if p.dep_ == "pcomp" and p.lemma_.lower() == "say"), None)


def _cue_of(token: Token, layout: Layout, how: str) -> Cue:
    end_tok = token.doc[token.i + 1] if token.lower_ == "according" else token
    source = outlet(token, layout)
    rule = "outlet"
    if source is None:
        source, rule = find_source(token, layout)
    return Cue(token.i, token.idx, end_tok.idx + len(end_tok),
               None if source is None else source.i, how, rule if source is not None else "")


NEAR = 120
"""Tokens on either side of a quote in which a cue word is looked for: far more than news
sentences put between a quote and its cue."""


@dataclass
class QuoteCues:
    """One quote segment (by index) and what the cue rules ask of its neighbourhood."""

    layout: Layout
    qi: int
    fallback: Cue | None = None
    """A cue found without a source, returned when no rule finds a better one."""

    @cached_property
    def tokens(self) -> tuple[int, int]:
        quote = self.layout.quotes[self.qi]
        return self.layout.token_range(quote.start, quote.end)

    @cached_property
    def paragraph(self) -> int:
        return self.layout.paragraph(self.layout.quotes[self.qi].start)

    @cached_property
    def chain(self) -> list[Token]:
        """Words outside the quote it hangs from, nearest first (`clauses.chain`)."""
        return chain(self.layout, *self.tokens, self.paragraph)

    @cached_property
    def joined(self) -> Token | None:
        """The first of them that heads a clause with its own actor (`clauses.joined_actor`)."""
        return next((t for t in self.chain if joined_actor(t, self.layout)), None)

    @cached_property
    def governing(self) -> list[Cue]:
        """The speech cues among them, nearest first."""
        return [make_cue(t, self.layout, "governs") for t in self.chain if is_cue(t)]

    @cached_property
    def sentence(self) -> tuple[int, int]:
        lo, hi = self.tokens
        return self.layout.sentence_range(lo, hi - 1)

    @cached_property
    def near(self) -> tuple[int, int]:
        """The quote's sentence within `NEAR` tokens of the quote: where the rules look for a
        cue word, so a quote's cost does not grow with a run-on sentence (or a text that is one
        sentence of thousands of words)."""
        lo, hi = self.tokens
        s_lo, s_hi = self.sentence
        return max(s_lo, lo - NEAR), min(s_hi, hi + NEAR)

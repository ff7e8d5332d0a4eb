""""Who said this?": full-text search over stored quotes, tolerant to small wording changes,
with the same quote carried by several outlets grouped into one hit.

The database finds candidates cheaply (SQLite FTS5 with Porter stemming, PostgreSQL tsvector
with the English configuration), matching ANY of the query's rarest words so that one changed
or misspelt word does not lose the quote; rapidfuzz then scores the few hundred best
candidates against the whole query and groups near-identical texts.

Ranking is bounded so that reads stay flat as the store grows: the rare terms' matches are
ranked by relevance among their newest `full_text.NEWEST` only, and quotes holding all the
common terms are taken newest first. A quote whose words are all common (in thousands of
quotes) is found when it is among the newest that hold them all; older ones may be missed.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from profiles import cursor, full_text
from profiles.errors import InvalidCursor
from profiles.models import Article, Quote
from profiles.pages import Page, clamp
from profiles.search_terms import pairs_of, words
from profiles.wording import Change, compare

CANDIDATES = 200
"""Quotes the full-text index hands over for fuzzy scoring; the best by its own ranking."""

MAX_QUERY_WORDS = 32

MAX_PROBED = 12
"""Query words whose frequency is looked up (the longest: they carry the most meaning)."""

INFORMATIVE_TERMS = 4
"""Rarest words whose matches become candidates; one changed word leaves three to find it."""

MIN_SCORE = 60
"""Fuzzy score (0-100) a candidate needs to count as the quote asked about. A paraphrase
sharing most words scores 70-90; a quote sharing only a common word stays far below."""

SAME_QUOTE = 90
"""Similarity of two quote texts (folded, punctuation dropped) to treat them as one quote
carried by several outlets: trims, an outlet's house style, a corrected typo."""


@dataclass(frozen=True)
class QuoteGroup:
    """One quote as said, with every stored occurrence (best match first)."""

    text: str
    score: float
    occurrences: list[Quote]
    diff: tuple[Change, ...] = ()
    """Word diff from the quote as printed to the words searched."""

    @property
    def attributed(self) -> Quote | None:
        """The best-matching occurrence that names a speaker: a copy in a headline or a lead
        with nobody attributed must not hide who said it (issue 15)."""
        return attributed(self.occurrences)

    @property
    def first_appearance(self) -> Quote:
        return first_appearance(self.occurrences)


def attributed(occurrences: list[Quote]) -> Quote | None:
    """The first occurrence linked to a profile, else the first with a speaker's name."""
    return (next((q for q in occurrences if q.profile_id), None)
            or next((q for q in occurrences if q.speaker and q.speaker.get("name")), None))


def first_appearance(occurrences: list[Quote]) -> Quote:
    """The earliest printing (article date, then the order stored): provenance."""
    return min(occurrences, key=lambda q: (q.dated_at, q.id))


def candidates(session: Session, query_words: list[str]) -> list[full_text.Hit]:
    """Candidates, with their text, from the query's most informative terms, words and pairs
    of neighbouring words alike: the rarest few present in the store, any of them (a misspelt
    or changed word is simply absent, and so are its two pairs); when every term is common,
    quotes holding all the query's pairs that exist. Posting lists of common terms are never
    ranked whole, so the cost follows the answer, not the size of the store: in a million
    quotes most single words are common, but pairs of them rarely are
    (`profiles.search_terms`), and each query ranks only its newest matches
    (`profiles.full_text.NEWEST`).

    When the rare terms alone match more quotes than are handed over, the full-text ranking
    decides which make the cut, and it may leave out the very quote asked for (one rare word
    in 800 quotes, the rest common: seen in `bench/check.py` on PostgreSQL); and when a
    single rare term stands out it may be the one word changed (`road` for `bridge` in a quote
    of common words). Either way quotes holding all the query's common terms come first."""
    index = full_text.FullText(session)
    probed = sorted(set(query_words), key=len, reverse=True)[:MAX_PROBED]
    pairs = list(dict.fromkeys(pairs_of(query_words)))[:MAX_PROBED]
    counts = index.frequencies(probed + [p for p in pairs if p not in probed])
    counted = sorted((n, term) for term, n in counts.items())
    informative = [term for n, term in counted if 0 < n < full_text.COMMON][:INFORMATIVE_TERMS]
    present = [p for p in pairs if counts[p]] or [w for w in probed if counts[w]]
    common = [term for term in present if term not in informative]
    if not informative:
        return index.all_hits(common, CANDIDATES) if common else []
    hits = index.any_hits(informative, CANDIDATES)
    if not common or (len(hits) < CANDIDATES and len(informative) > 1):
        return hits
    return list({hit.id: hit for hit in index.all_hits(common, CANDIDATES) + hits}.values())


def load_quotes(session: Session, ids: list[int], *,
                with_text: bool = False) -> dict[int, Quote]:
    """Quotes by id with their article and outlet; the article body only when asked for."""
    article = joinedload(Quote.article)
    if not with_text:
        article = article.defer(Article.text)
    return {quote.id: quote for quote in session.scalars(
        select(Quote).where(Quote.id.in_(ids)).options(article.joinedload(Article.outlet)))}


def score(query: str, quote_text: str, floor: float = 0) -> float:
    """How well `quote_text` matches the query: the query as a (reworded) part of the quote,
    or the same words in another order (the costlier partial match gives up early when it
    cannot beat the other, nor reach `floor`: a caller dropping scores under it loses
    nothing, the score is exact from there up)."""
    same_words = fuzz.token_set_ratio(query, quote_text)
    if len(query) > len(quote_text):
        return same_words
    return max(same_words, fuzz.partial_ratio(query, quote_text,
                                              score_cutoff=max(same_words, floor)))


def find_quotes(session: Session, q: str, *, limit: int = 10, after: str | None = None,
                with_text: bool = False) -> Page[QuoteGroup]:
    """Quote groups matching `q`, best first; the cursor is an offset into that ranking.
    A quote joins the first group it is the same quote as (`SAME_QUOTE`), else starts one;
    groups after the page's and one more are not formed (one more tells there is a next page).

    Candidates are scored from their text alone; only the quotes of the page's groups are then
    loaded with their articles (article bodies left unread unless `with_text`: offsets counted
    in another unit need them)."""
    limit = clamp(limit)
    offset = 0
    if after:
        (offset,) = cursor.decode("quotes", after, 1)
        if not isinstance(offset, int) or offset < 0:
            raise InvalidCursor()
    query_words = words(q)[:MAX_QUERY_WORDS]
    if not query_words:
        return Page([], None)
    needle = " ".join(query_words)
    scored = []
    for quote_id, quote_text, dated_at, _ in candidates(session, query_words):
        key = " ".join(words(quote_text))
        value = score(needle, key, MIN_SCORE)
        if value >= MIN_SCORE:
            scored.append((-value, dated_at, quote_id, key, quote_text))
    scored.sort()
    groups: list[tuple[str, str, float, list[int]]] = []
    for value, _, quote_id, key, quote_text in scored:
        group = next((g for g in groups if fuzz.ratio(g[0], key, score_cutoff=SAME_QUOTE)), None)
        if group is not None:
            group[3].append(quote_id)
        elif len(groups) <= offset + limit:
            groups.append((key, quote_text, -value, [quote_id]))
    window = groups[offset:offset + limit]
    loaded = load_quotes(session, [i for g in window for i in g[3]], with_text=with_text)
    page = [QuoteGroup(text_, round(value / 100, 3), [loaded[i] for i in members],
                       compare(text_, q).diff) for _, text_, value, members in window]
    more = len(groups) > offset + limit
    return Page(page, cursor.encode("quotes", [offset + limit]) if more else None)

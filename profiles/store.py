"""Storing articles: ingest an `nlp.Analysis` under the caller's id, read it back, delete it.

Each function works inside the caller's transaction (one `Session.begin()` per request), so an
article is stored whole or not at all: a worker killed half-way leaves nothing behind. Re-sending
an article replaces its quotes and speakers and then recounts every profile the old and new
versions touched, which makes the operation idempotent.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from nlp.lexicon.jobs import job_key
from nlp.records.results import Analysis
from nlp.records.results import ArticleSpeaker as EngineSpeaker
from profiles import speaker_identity, tally
from profiles.articles import get_article
from profiles.catalog import insert_ignoring_conflict, organization, outlet_id
from profiles.errors import ArticleNotFound
from profiles.models import (
    Article,
    ArticleSpeaker,
    ArticleSpeakerAffiliation,
    ArticleSpeakerRole,
    Quote,
    utcnow,
)
from profiles.organizations import org_key

PROFILED_KINDS = ("person", "organization")
"""Unnamed sources ("a senior official") get no profile: nothing ties two of them together."""


@dataclass(frozen=True)
class ArticleInput:
    """What the caller sends with the text (`PUT /v1/articles/{id}`)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    owner: str | None = None
    """Recorded when the article is first stored; later versions keep the first owner."""

    def content_hash(self) -> str:
        """SHA-256 over everything the caller sent: equal hashes mean an identical article, so a
        bulk re-run can skip it without running the model."""
        fields = [self.id, self.text, self.title, self.url, self.outlet,
                  self.published_at.isoformat() if self.published_at else None]
        return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode(
            "utf-8", "surrogatepass")).hexdigest()


Check = Callable[[Article, bool], None]
"""Called with the locked row (and whether this call created it) before anything changes; it
raises to refuse the write (ownership, `If-Match`), which rolls the transaction back."""


def ingest_article(session: Session, article: ArticleInput, analysis: Analysis) -> Article:
    """Store the article with its quotes, joining or creating a profile per named speaker."""
    return store_article(session, article, analysis)[0]


def store_article(session: Session, article: ArticleInput, analysis: Analysis,
                  check: Check | None = None) -> tuple[Article, bool]:
    """`ingest_article`, also saying whether the row is new. The insert decides it, not an
    earlier read: of many concurrent first PUTs exactly one inserts, the others wait on the
    primary key and then update."""
    now = utcnow()
    created = insert_ignoring_conflict(session, Article.__table__, {
        "id": article.id, "text": article.text, "dated_at": now, "created_at": now,
        "updated_at": now, "owner": article.owner}, "id")
    stored = session.scalars(select(Article).where(Article.id == article.id)
                             .with_for_update(of=Article)
                             .execution_options(populate_existing=True)).one()
    if check is not None:
        check(stored, created)
    touched = set(session.scalars(select(ArticleSpeaker.profile_id)
                                  .where(ArticleSpeaker.article_id == article.id)))
    session.execute(delete(Quote).where(Quote.article_id == article.id))
    session.execute(delete(ArticleSpeaker).where(ArticleSpeaker.article_id == article.id))
    session.expire(stored, ["quotes", "speakers"])

    stored.title, stored.url, stored.text = article.title, article.url, article.text
    stored.outlet_id = outlet_id(session, article.outlet)
    stored.published_at = article.published_at
    stored.dated_at = article.published_at or stored.created_at
    stored.updated_at = now
    stored.content_hash = article.content_hash()

    # Organisations first, in key order, so two ingests creating the same new ones take their
    # locks in the same order instead of deadlocking.
    named = {(a.name, a.short) for s in analysis.speakers for a in s.affiliations if a.name.strip()}
    organizations = {names: organization(session, *names).id
                     for names in sorted(named, key=lambda n: (org_key(*n), n[0], n[1] or ""))}
    quote_counts: dict[str, int] = {}
    for quote in analysis.quotes:
        if quote.speaker is not None:
            quote_counts[quote.speaker.key] = quote_counts.get(quote.speaker.key, 0) + 1
    profiles: dict[str, str | None] = {}
    # Speakers in identity-key order, so concurrent ingests claim shared new names in the same
    # order (one waits for the other instead of both waiting for each other).
    for position, speaker in sorted(enumerate(analysis.speakers), key=_identity_order):
        count = quote_counts.get(speaker.key, 0)
        profile_id = _profile_for(session, speaker) if count else None
        profiles[speaker.key] = profile_id
        session.add(_article_speaker(article.id, position, speaker, count, profile_id,
                                     organizations))
    for position, quote in enumerate(analysis.quotes):
        session.add(Quote(
            article_id=article.id, position=position, text=quote.text, start=quote.start,
            end=quote.end, speaker=asdict(quote.speaker) if quote.speaker else None,
            cue=asdict(quote.cue) if quote.cue else None, method=quote.method,
            confidence=quote.confidence, dated_at=stored.dated_at,
            profile_id=profiles.get(quote.speaker.key) if quote.speaker else None))
    tally.refresh(session, touched | set(profiles.values()))
    return get_article(session, article.id), created


def _identity_order(item: tuple[int, EngineSpeaker]) -> tuple[str, int]:
    position, speaker = item
    return speaker_identity.alias_key(speaker.name or "", speaker.kind), position


def _profile_for(session: Session, speaker: EngineSpeaker) -> str | None:
    if speaker.kind not in PROFILED_KINDS or not (speaker.name or "").strip():
        return None
    affiliations = [n for a in speaker.affiliations for n in (a.name, a.short) if n]
    return speaker_identity.resolve(session, speaker.name.strip(), speaker.kind, affiliations,
                                    speaker.roles)


def _article_speaker(article_id: str, position: int, speaker: EngineSpeaker, quote_count: int,
                     profile_id: str | None, organizations: dict[tuple[str, str | None], int],
                     ) -> ArticleSpeaker:
    row = ArticleSpeaker(article_id=article_id, position=position, key=speaker.key,
                         profile_id=profile_id, name=speaker.name, kind=speaker.kind,
                         quote_count=quote_count, record=asdict(speaker))
    roles = dict.fromkeys(r.strip().lower()[:300] for r in speaker.roles if r.strip())
    row.roles = [ArticleSpeakerRole(name=r, job=job_key(r)[:300]) for r in roles]
    ids = dict.fromkeys(organizations[(a.name, a.short)] for a in speaker.affiliations
                        if a.name.strip())
    row.affiliations = [ArticleSpeakerAffiliation(organization_id=o) for o in ids]
    return row


def delete_article(session: Session, article_id: str, check: Check | None = None) -> None:
    """Delete the article; its speakers' profiles are recounted, and vanish if left empty."""
    if check is not None:
        stored = session.scalars(select(Article).where(Article.id == article_id)
                                 .with_for_update(of=Article)).one_or_none()
        if stored is None:
            raise ArticleNotFound(article_id)
        check(stored, False)
    touched = set(session.scalars(select(ArticleSpeaker.profile_id)
                                  .where(ArticleSpeaker.article_id == article_id)))
    deleted = session.execute(delete(Article).where(Article.id == article_id))
    if deleted.rowcount == 0:
        raise ArticleNotFound(article_id)
    tally.refresh(session, touched)

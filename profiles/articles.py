"""Reading stored articles: one with its quotes, or a filtered listing, newest first."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from profiles import cursor
from profiles.catalog import outlet_key
from profiles.errors import ArticleNotFound
from profiles.models import Article, ArticleSpeaker, Outlet
from profiles.pages import Page, clamp, page_of
from profiles.speakers import canonical_id

LISTING = "articles"


def get_article(session: Session, article_id: str) -> Article:
    """The article with its quotes and speakers (each carrying its `profile_id`)."""
    article = session.scalar(select(Article).where(Article.id == article_id)
                             .options(selectinload(Article.quotes), selectinload(Article.speakers))
                             .execution_options(populate_existing=True))
    if article is None:
        raise ArticleNotFound(article_id)
    return article


def list_articles(session: Session, *, outlet: str | None = None, speaker: str | None = None,
                  since: datetime | None = None, until: datetime | None = None,
                  limit: int = 20, after: str | None = None) -> Page[Article]:
    """Articles newest first (by publication date, else first ingest), filtered by outlet name,
    speaker profile id, and an inclusive date range; keyset-paginated by `after`."""
    limit = clamp(limit)
    query = select(Article).order_by(Article.dated_at.desc(), Article.id.desc())
    if outlet:
        query = query.join(Outlet).where(Outlet.key == outlet_key(outlet))
    if speaker:
        query = query.where(Article.id.in_(select(ArticleSpeaker.article_id).where(
            ArticleSpeaker.profile_id == canonical_id(session, speaker))))
    if since:
        query = query.where(Article.dated_at >= since)
    if until:
        query = query.where(Article.dated_at <= until)
    if after:
        dated, last_id = cursor.decode(LISTING, after, 2)
        dated = cursor.as_datetime(dated)
        query = query.where(or_(Article.dated_at < dated,
                                and_(Article.dated_at == dated, Article.id < str(last_id))))
    rows = session.scalars(query.limit(limit + 1)).all()
    return page_of(rows, limit, LISTING, lambda a: [a.dated_at, a.id])

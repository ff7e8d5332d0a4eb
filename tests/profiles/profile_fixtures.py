"""Engine results built by hand, so store tests say exactly which speakers an article has, and
a `Store` that ingests them in one transaction each."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from nlp.records.results import Affiliation, Analysis, ArticleSpeaker, Quote, Speaker, TextSpan
from profiles.models import Base
from profiles.speakers import search_speakers
from profiles.store import ArticleInput, delete_article, ingest_article


@dataclass(frozen=True)
class Said:
    """One speaker of a test article and the quotes they give."""

    name: str | None
    quotes: Sequence[str]
    kind: str = "person"
    roles: Sequence[str] = ()
    affiliations: Sequence[tuple[str, str | None]] = ()
    descriptor: str | None = None


def analysis(*speakers: Said) -> tuple[str, Analysis]:
    """The article text and the engine result it stands for: each quote in its own sentence,
    offsets true to the text."""
    text, quotes, records = "", [], []
    for index, said in enumerate(speakers, start=1):
        key = f"s{index}"
        affiliations = tuple(Affiliation(n, s) for n, s in said.affiliations)
        first = affiliations[0] if affiliations else None
        speaker = Speaker(said.name, said.kind, said.descriptor,  # type: ignore[arg-type]
                          said.roles[0] if said.roles else None, first and first.name,
                          first and first.short, None, key)
        for words in said.quotes:
            start = len(text) + 1
            text += f'"{words}" said {said.name or said.descriptor}. '
            quotes.append(Quote(words, start, start + len(words), speaker,
                                TextSpan("said", start + len(words) + 2, start + len(words) + 6),
                                "explicit_cue", 0.9))
        records.append(ArticleSpeaker(key, said.name, said.kind,  # type: ignore[arg-type]
                                      said.descriptor, tuple(said.roles), affiliations,
                                      quote_count=len(said.quotes)))
    return text, Analysis(tuple(quotes), tuple(records))


@dataclass
class Store:
    engine: Engine
    sessions: sessionmaker[Session]

    def ingest(self, article_id: str, *speakers: Said, outlet: str | None = None,
               day: int | None = None, title: str | None = None) -> Any:
        text, result = analysis(*speakers)
        published = datetime(2019, 3, day, 12, tzinfo=UTC) if day else None
        with self.sessions.begin() as session:
            return ingest_article(session, ArticleInput(article_id, text, title or article_id,
                                                        None, outlet, published), result)

    def delete(self, article_id: str) -> None:
        with self.sessions.begin() as session:
            delete_article(session, article_id)

    def read(self, function: Any, *args: Any, **kwargs: Any) -> Any:
        with self.sessions.begin() as session:
            return function(session, *args, **kwargs)


def profiles_by_name(store: Store) -> dict[str, Any]:
    """The store's speaker profiles by name."""
    return {p.name: p for p in store.read(search_speakers, limit=100).items}


def revision(store: Store) -> str:
    """The migration the store was last brought to."""
    return store.read(lambda s: s.scalar(text("SELECT version_num FROM alembic_version")))


def every_row(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered: what a migration run again must leave as it was."""
    def rows(session: Any) -> dict[str, list[tuple[Any, ...]]]:
        return {table.name: sorted(map(tuple, session.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables}
    return store.read(rows)

"""A store grown to millions of synthetic quotes for the read benchmarks (`bench/reads.py`).

Rows go straight in through SQLAlchemy core multi-row inserts (running the engine a million
times is not the point): articles over seven outlets, a few speakers each, quotes of 8 to 30
words drawn from a Zipf-shaped made-up vocabulary (so common words match many quotes, as in
real text), speakers drawn Zipf-like too (a few profiles hold thousands of quotes, as Trump
does in the news). Profile figures are then derived for the whole store at once by
`derive_profiles`, the set-wise form of `profiles.tally` (a test holds the two equal): tallying
profile by profile after every batch made a million quotes take hours.
"""
from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session
from tqdm import tqdm

from nlp.lexicon.jobs import job_key
from profiles.db import make_engine, make_sessionmaker
from profiles.identity import name_key, surname_key
from profiles.models import (
    Article,
    ArticleSpeaker,
    ArticleSpeakerAffiliation,
    ArticleSpeakerRole,
    Organization,
    Outlet,
    ProfileAffiliation,
    ProfileOutlet,
    ProfileRole,
    Quote,
    SpeakerAlias,
    SpeakerProfile,
)
from profiles.organizations import org_acronym, org_key

QUOTES_PER_ARTICLE = 8
QUOTES_PER_PROFILE = 20
ROLES = ("adviser", "analyst", "campaign manager", "director", "governor", "minister",
         "press secretary", "senator", "spokesperson")
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


class Synthetic:
    """Deterministic made-up words, names, organisations and quotes."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        words = {self._word(2, 4) for _ in range(6000)}
        self.vocabulary = sorted(words)
        self.rng.shuffle(self.vocabulary)
        self.cumulative = list(itertools.accumulate(
            1 / (rank + 1) for rank in range(len(self.vocabulary))))
        """Cumulative Zipf weights, summed once: `choices` would redo it for every quote."""

    def _word(self, low: int, high: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(low, high)))

    def name(self) -> str:
        return f"{self._word(2, 3).title()} {self._word(2, 4).title()}"

    def organization(self) -> str:
        return f"{self._word(2, 3).title()} {self.rng.choice(('Party', 'Council', 'Forces'))}"

    def quote(self) -> str:
        n = self.rng.randint(8, 30)
        return " ".join(self.rng.choices(self.vocabulary, cum_weights=self.cumulative,
                                         k=n)).capitalize()

    def query(self, text: str) -> str:
        """Five to eight consecutive words of `text`, one word in four misspelt by a letter."""
        words = text.split()
        n = min(len(words), self.rng.randint(5, 8))
        start = self.rng.randint(0, len(words) - n)
        picked = words[start:start + n]
        for i in range(0, n, 4):
            w = picked[i]
            if len(w) > 4:
                j = self.rng.randrange(1, len(w) - 1)
                picked[i] = w[:j] + w[j + 1:]
        return " ".join(picked)


class Filler:
    """Grows one store to the requested number of quotes."""

    def __init__(self, database_url: str) -> None:
        self.engine = make_engine(database_url)
        self.sessions = make_sessionmaker(self.engine)
        self.fake = Synthetic()
        self.profiles: list[str] = []
        self.keys: set[str] = set()
        self.names: dict[str, str] = {}
        self.cumulative: list[float] = []
        self.organizations: list[int] = []
        self.outlets: list[int] = []
        self.articles = 0
        self.next_speaker = 1
        self.day = datetime(2015, 1, 1, tzinfo=UTC)

    def resume(self) -> None:
        """Carry on filling a store an earlier run filled (`bench/reads.py --store`): its
        catalogue and counters back from the database."""
        with self.sessions() as session:
            rows = session.execute(select(SpeakerProfile.id, SpeakerProfile.name)
                                   .order_by(SpeakerProfile.id)).all()
            self.outlets = list(session.scalars(select(Outlet.id)))
            self.organizations = list(session.scalars(select(Organization.id)))
            self.articles = session.scalar(select(func.count(Article.id))) or 0
            self.next_speaker = (session.scalar(select(func.max(ArticleSpeaker.id))) or 0) + 1
        for profile_id, name in rows:
            self.profiles.append(profile_id)
            self.names[profile_id] = name
            self.keys.add(name_key(name))
        self.cumulative = list(itertools.accumulate(
            1 / (rank + 1) ** 0.8 for rank in range(len(self.profiles))))

    def quote_count(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count(Quote.id))) or 0

    def grow(self, target: int, batch: int = 2500) -> None:
        """Add articles until the store holds `target` quotes, then derive the profiles."""
        have = self.quote_count()
        with tqdm(total=target, initial=have, desc="fill", unit="quote") as bar:
            while have < target:
                n = min(batch, -(-(target - have) // QUOTES_PER_ARTICLE))
                with self.sessions.begin() as session:
                    self._add_articles(session, n)
                have += n * QUOTES_PER_ARTICLE
                bar.update(n * QUOTES_PER_ARTICLE)
        with self.sessions.begin() as session:
            derive_profiles(session)
        self.maintain()

    def maintain(self) -> None:
        """On PostgreSQL, VACUUM ANALYZE after the bulk fill, as autovacuum does on a
        production server after that many inserts (this machine's server runs with autovacuum
        off): the planner and the quote search then see the store's real statistics."""
        if self.engine.dialect.name != "postgresql":
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")

    def _add_articles(self, session: Session, n: int) -> None:
        fake, rng = self.fake, self.fake.rng
        self._grow_catalog(session, self.articles + n)
        articles, quotes, speakers, roles, affiliations = [], [], [], [], []
        for _ in range(n):
            self.articles += 1
            article_id = f"bench-{self.articles}"
            dated = self.day + timedelta(hours=self.articles)
            articles.append({"id": article_id, "title": f"Article {self.articles}",
                             "outlet_id": rng.choice(self.outlets), "published_at": dated,
                             "dated_at": dated, "text": "", "created_at": dated,
                             "updated_at": dated})
            said = rng.choices(list(dict.fromkeys(rng.choices(
                self.profiles, cum_weights=self.cumulative, k=4))), k=QUOTES_PER_ARTICLE)
            cast = list(dict.fromkeys(said))
            for position, profile_id in enumerate(cast):
                index = int(profile_id[-8:])
                speakers.append({"id": self.next_speaker, "article_id": article_id,
                                 "position": position, "key": f"s{position + 1}",
                                 "profile_id": profile_id, "name": self.names[profile_id],
                                 "kind": "person", "quote_count": said.count(profile_id),
                                 "record": {}})
                role = ROLES[index % len(ROLES)]
                roles.append({"article_speaker_id": self.next_speaker, "name": role,
                              "job": job_key(role)})
                affiliations.append({"article_speaker_id": self.next_speaker, "organization_id":
                                     self.organizations[index % len(self.organizations)]})
                self.next_speaker += 1
            for position, profile_id in enumerate(said):
                quotes.append({"article_id": article_id, "position": position,
                               "text": fake.quote(), "start": 0, "end": 0,
                               "speaker": self._speaker(profile_id, cast), "cue": None,
                               "method": "synthetic", "confidence": 1.0,
                               "profile_id": profile_id, "dated_at": dated})
        for table, rows in ((Article, articles), (ArticleSpeaker, speakers),
                            (ArticleSpeakerRole, roles),
                            (ArticleSpeakerAffiliation, affiliations), (Quote, quotes)):
            session.execute(insert(table.__table__), rows)

    def _speaker(self, profile_id: str, cast: list[str]) -> dict:
        """The engine's `Speaker` record as the store keeps it with each quote."""
        index = int(profile_id[-8:])
        return {"name": self.names[profile_id], "kind": "person", "descriptor": None,
                "role": ROLES[index % len(ROLES)], "affiliation": None,
                "affiliation_short": None, "mention": None,
                "key": f"s{cast.index(profile_id) + 1}"}

    def _grow_catalog(self, session: Session, articles: int) -> None:
        """Outlets, organisations and profiles in proportion to the articles to come."""
        fake = self.fake
        if not self.outlets:
            session.execute(insert(Outlet.__table__), [
                {"key": f"outlet {i}", "name": f"Outlet {i}"} for i in range(7)])
            names = list(dict.fromkeys(fake.organization() for _ in range(60)))
            session.execute(insert(Organization.__table__), [
                {"key": org_key(n), "acronym": org_acronym(n), "name": n, "short": None}
                for n in names])
            self.outlets = list(session.scalars(select(Outlet.id)))
            self.organizations = list(session.scalars(select(Organization.id)))
        wanted = articles * QUOTES_PER_ARTICLE // QUOTES_PER_PROFILE
        new: list[dict] = []
        aliases: list[dict] = []
        while len(self.profiles) + len(new) < wanted:
            name = fake.name()
            if name_key(name) in self.keys:
                continue
            self.keys.add(name_key(name))
            profile_id = f"spk_bench{len(self.profiles) + len(new):08d}"
            new.append({"id": profile_id, "name": name, "kind": "person", "name_locked": False,
                        "corrected": False, "external_ids": {}, "quote_count": 0,
                        "article_count": 0, "created_at": self.day})
            aliases.append({"profile_id": profile_id, "name": name, "kind": "person",
                            "key": name_key(name), "block_key": surname_key(name),
                            "claims": True})
        if new:
            session.execute(insert(SpeakerProfile.__table__), new)
            session.execute(insert(SpeakerAlias.__table__), aliases)
            for row in new:
                self.names[row["id"]] = row["name"]
                self.profiles.append(row["id"])
            self.cumulative = list(itertools.accumulate(
                1 / (rank + 1) ** 0.8 for rank in range(len(self.profiles))))


def derive_profiles(session: Session) -> None:
    """Every profile's counts, dates, roles, affiliations and outlets from the per-article
    facts, in a few statements: what `profiles.tally.refresh` computes one profile at a time
    (names are left as written: each synthetic profile has one spelling)."""
    figures = (select(Quote.profile_id, func.count(Quote.id).label("quotes"),
                      func.count(func.distinct(Quote.article_id)).label("articles"),
                      func.min(Quote.dated_at).label("first"),
                      func.max(Quote.dated_at).label("last"))
               .where(Quote.profile_id.is_not(None)).group_by(Quote.profile_id).subquery())
    session.execute(update(SpeakerProfile.__table__)
                    .where(SpeakerProfile.id == figures.c.profile_id)
                    .values(quote_count=figures.c.quotes, article_count=figures.c.articles,
                            first_quoted=figures.c.first, last_quoted=figures.c.last))
    facts = (select(ArticleSpeaker.id, ArticleSpeaker.profile_id, ArticleSpeaker.article_id,
                    Article.dated_at, Article.outlet_id)
             .join(Article, Article.id == ArticleSpeaker.article_id)
             .where(ArticleSpeaker.profile_id.is_not(None)).subquery())
    seen = (func.count(func.distinct(facts.c.article_id)), func.min(facts.c.dated_at),
            func.max(facts.c.dated_at))
    columns = ["profile_id", "count", "first_seen", "last_seen"]
    for derived in (ProfileRole, ProfileAffiliation, ProfileOutlet):
        session.execute(delete(derived))
    _derive_roles(session, facts, seen)
    session.execute(insert(ProfileAffiliation).from_select(
        ["organization_id", *columns],
        select(ArticleSpeakerAffiliation.organization_id, facts.c.profile_id, *seen)
        .join(facts, facts.c.id == ArticleSpeakerAffiliation.article_speaker_id)
        .group_by(facts.c.profile_id, ArticleSpeakerAffiliation.organization_id)))
    session.execute(insert(ProfileOutlet).from_select(
        ["outlet_id", *columns],
        select(facts.c.outlet_id, facts.c.profile_id, *seen)
        .where(facts.c.outlet_id.is_not(None))
        .group_by(facts.c.profile_id, facts.c.outlet_id)))


def _derive_roles(session: Session, facts: Any, seen: tuple[Any, ...]) -> None:
    """One row per profile and job with each word's article count, as `profiles.tally` keeps
    them (the variants are built here: JSON aggregation differs between the databases)."""
    role = ArticleSpeakerRole
    joined = facts.c.id == role.article_speaker_id
    words: dict[tuple[str, str], list[list[Any]]] = {}
    for profile_id, job, name, count in session.execute(
            select(facts.c.profile_id, role.job, role.name,
                   func.count(func.distinct(facts.c.article_id)))
            .join(facts, joined).group_by(facts.c.profile_id, role.job, role.name)):
        words.setdefault((profile_id, job), []).append([name, count])
    rows = [{"profile_id": profile_id, "name": job, "count": count, "first_seen": first,
             "last_seen": last,
             "variants": sorted(words[profile_id, job], key=lambda w: (-w[1], w[0]))}
            for profile_id, job, count, first, last in session.execute(
                select(facts.c.profile_id, role.job, *seen).join(facts, joined)
                .group_by(facts.c.profile_id, role.job))]
    if rows:
        session.execute(insert(ProfileRole), rows)

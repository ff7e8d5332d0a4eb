"""Read latency as the store grows: p50/p99 of `GET /v1/speakers/{id}` and `GET /v1/quotes?q=`.

    .venv/bin/python bench/reads.py --sizes 10000,100000            # SQLite, ~3 min
    .venv/bin/python bench/reads.py --sizes 10000,100000 \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test   # ~8 min

Options: `--requests N` per endpoint and size (default 200). On PostgreSQL the store is a
scratch database created on that server and dropped afterwards. Prints one table row per size.

The store is filled by the benchmark itself with synthetic rows written straight through the
store's models (running the engine 100,000 times is not the point): articles over seven outlets,
a few speakers each, quotes of 8 to 30 words drawn from a Zipf-shaped made-up vocabulary (so
common words match many quotes, as in real text), speakers drawn Zipf-like too (a few profiles
hold thousands of quotes, as Trump does in the news). Profile figures are then derived by the
store's own `tally.refresh`; on PostgreSQL the fill ends with the VACUUM ANALYZE that autovacuum
would run after so many inserts. After each size is reached the same kinds of requests are
timed: speakers from the most quoted down to random ones, and "who said this?" queries made of
five to eight consecutive words of a stored quote, one word in four misspelt by a letter. Reads
should stay flat: the 100,000 figures close to the 10,000 ones.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import func, insert, select
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service import make_client, scratch_database

from profiles import tally
from profiles.db import make_engine, make_sessionmaker
from profiles.identity import name_key, surname_key
from profiles.models import (
    Article,
    ArticleSpeaker,
    ArticleSpeakerAffiliation,
    ArticleSpeakerRole,
    Organization,
    Outlet,
    Quote,
    SpeakerAlias,
    SpeakerProfile,
)
from profiles.organizations import org_acronym, org_key
from profiles.roles import job_key

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
        self.word_weights = [1 / (rank + 1) for rank in range(len(self.vocabulary))]

    def _word(self, low: int, high: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(low, high)))

    def name(self) -> str:
        return f"{self._word(2, 3).title()} {self._word(2, 4).title()}"

    def organization(self) -> str:
        return f"{self._word(2, 3).title()} {self.rng.choice(('Party', 'Council', 'Forces'))}"

    def quote(self) -> str:
        n = self.rng.randint(8, 30)
        return " ".join(self.rng.choices(self.vocabulary, self.word_weights, k=n)).capitalize()

    def query(self, text: str) -> str:
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
    """Grows one store to the requested number of quotes, profile by profile."""

    def __init__(self, database_url: str) -> None:
        self.engine = make_engine(database_url)
        self.sessions = make_sessionmaker(self.engine)
        self.fake = Synthetic()
        self.profiles: list[str] = []
        self.keys: set[str] = set()
        self.names: dict[str, str] = {}
        self.weights: list[float] = []
        self.organizations: list[int] = []
        self.outlets: list[int] = []
        self.articles = 0
        self.day = datetime(2015, 1, 1, tzinfo=UTC)

    def quote_count(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count(Quote.id))) or 0

    def grow(self, target: int, batch: int = 2000) -> None:
        """Add articles until the store holds `target` quotes."""
        have = self.quote_count()
        with tqdm(total=target, initial=have, desc="fill", unit="quote") as bar:
            while have < target:
                n = min(batch, -(-(target - have) // QUOTES_PER_ARTICLE))
                touched = self._add_articles(n)
                with self.sessions.begin() as session:
                    tally.refresh(session, touched)
                have += n * QUOTES_PER_ARTICLE
                bar.update(n * QUOTES_PER_ARTICLE)
        self.maintain()

    def maintain(self) -> None:
        """On PostgreSQL, VACUUM ANALYZE after the bulk fill, as autovacuum does on a
        production server after that many inserts (this machine's server runs with autovacuum
        off): the planner and the quote search then see the store's real statistics."""
        if self.engine.dialect.name != "postgresql":
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")

    def _add_articles(self, n: int) -> set[str]:
        fake, rng = self.fake, self.fake.rng
        with self.sessions.begin() as session:
            self._grow_catalog(session, self.articles + n)
            articles, quotes, speakers, roles, affiliations = [], [], [], [], []
            next_speaker = (session.scalar(select(func.max(ArticleSpeaker.id))) or 0) + 1
            touched: set[str] = set()
            for _ in range(n):
                self.articles += 1
                article_id = f"bench-{self.articles}"
                dated = self.day + timedelta(hours=self.articles)
                articles.append({"id": article_id, "title": f"Article {self.articles}",
                                 "outlet_id": rng.choice(self.outlets), "published_at": dated,
                                 "dated_at": dated, "text": "", "created_at": dated,
                                 "updated_at": dated})
                said = rng.choices(list(dict.fromkeys(
                    rng.choices(self.profiles, self.weights, k=4))), k=QUOTES_PER_ARTICLE)
                cast = list(dict.fromkeys(said))
                for position, profile_id in enumerate(cast):
                    speakers.append({"id": next_speaker, "article_id": article_id,
                                     "position": position, "key": f"s{position + 1}",
                                     "profile_id": profile_id,
                                     "name": self.names[profile_id], "kind": "person",
                                     "quote_count": said.count(profile_id), "record": {}})
                    index = int(profile_id[-8:])
                    role = ROLES[index % len(ROLES)]
                    roles.append({"article_speaker_id": next_speaker, "name": role,
                                  "job": job_key(role)})
                    affiliations.append({"article_speaker_id": next_speaker, "organization_id":
                                         self.organizations[index % len(self.organizations)]})
                    next_speaker += 1
                    touched.add(profile_id)
                for position, profile_id in enumerate(said):
                    quotes.append({"article_id": article_id, "position": position,
                                   "text": fake.quote(), "start": 0, "end": 0,
                                   "speaker": self._speaker(profile_id, cast),
                                   "cue": None, "method": "synthetic", "confidence": 1.0,
                                   "profile_id": profile_id, "dated_at": dated})
            session.execute(insert(Article), articles)
            session.execute(insert(ArticleSpeaker), speakers)
            session.execute(insert(ArticleSpeakerRole), roles)
            session.execute(insert(ArticleSpeakerAffiliation), affiliations)
            session.execute(insert(Quote), quotes)
        return touched

    def _speaker(self, profile_id: str, cast: list[str]) -> dict:
        """The engine's `Speaker` record as the store keeps it with each quote."""
        index = int(profile_id[-8:])
        return {"name": self.names[profile_id], "kind": "person", "descriptor": None,
                "role": ROLES[index % len(ROLES)], "affiliation": None,
                "affiliation_short": None, "mention": None,
                "key": f"s{cast.index(profile_id) + 1}"}

    def _grow_catalog(self, session, articles: int) -> None:
        """Outlets, organisations and profiles in proportion to the articles to come."""
        fake = self.fake
        if not self.outlets:
            session.execute(insert(Outlet), [{"key": f"outlet {i}", "name": f"Outlet {i}"}
                                             for i in range(7)])
            names = list(dict.fromkeys(fake.organization() for _ in range(60)))
            session.execute(insert(Organization), [
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
            new.append({"id": profile_id, "name": name, "kind": "person"})
            aliases.append({"profile_id": profile_id, "name": name, "kind": "person",
                            "key": name_key(name), "block_key": surname_key(name),
                            "claims": True})
        if new:
            session.execute(insert(SpeakerProfile), new)
            session.execute(insert(SpeakerAlias), aliases)
            for row in new:
                self.names[row["id"]] = row["name"]
                self.profiles.append(row["id"])
                self.weights.append(1 / len(self.profiles) ** 0.8)


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p99 in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


def timed_gets(client, paths: list[str], label: str) -> tuple[float, float]:
    samples = []
    for path in tqdm(paths, desc=label, unit="req", leave=False):
        start = time.perf_counter()
        response = client.get(path)
        samples.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path}: {response.status_code} "
                               f"{response.get_data(True)[:200]}")
    return percentiles(samples)


def read_paths(filler: Filler, requests: int) -> tuple[list[str], list[str]]:
    """Speakers (the ten most quoted, then random ones) and quote searches to time."""
    rng = random.Random(requests)
    with filler.sessions() as session:
        top = list(session.scalars(select(SpeakerProfile.id)
                                   .order_by(SpeakerProfile.quote_count.desc()).limit(10)))
        ids = top + rng.sample(filler.profiles, min(len(filler.profiles), requests - len(top)))
        total = session.scalar(select(func.max(Quote.id))) or 1
        texts = [session.scalar(select(Quote.text).where(Quote.id >= rng.randint(1, total))
                                .order_by(Quote.id).limit(1)) for _ in range(requests)]
    speakers = [f"/v1/speakers/{i}" for i in ids]
    searches = [f"/v1/quotes?{urlencode({'q': filler.fake.query(t)})}" for t in texts if t]
    return speakers, searches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000",
                        help="comma-separated quote counts to reach and measure "
                             "(default 10000,100000)")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint and size")
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: temporary SQLite)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))

    rows = []
    with scratch_database(args.database_url) as url:
        client = make_client(url)
        filler = Filler(url)
        for size in sizes:
            filler.grow(size)
            speakers, searches = read_paths(filler, args.requests)
            client.get(speakers[0])
            client.get(searches[0])
            rows.append((filler.quote_count(), len(filler.profiles),
                         timed_gets(client, speakers, f"speakers@{size}"),
                         timed_gets(client, searches, f"quotes@{size}")))
        filler.engine.dispose()
    backend = "postgresql" if args.database_url else "sqlite"
    print(f"store: {backend}; {args.requests} requests per endpoint and size")
    print(f"{'quotes':>8} {'profiles':>8}  GET /v1/speakers/{{id}} p50/p99 ms   "
          "GET /v1/quotes?q= p50/p99 ms")
    for quotes, profiles, (s50, s99), (q50, q99) in rows:
        print(f"{quotes:>8} {profiles:>8}  {s50:10.2f} / {s99:8.2f}            "
              f"{q50:10.2f} / {q99:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

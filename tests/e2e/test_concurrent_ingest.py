"""The store under real concurrency (issue 5), on SQLite and on PostgreSQL when configured.

Parallel PUTs of different articles quoting the same NEW speaker, through gunicorn with several
workers, end with one profile; a process killed in the middle of an ingest leaves the whole
article or nothing.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from profiles.db import make_engine, make_sessionmaker
from profiles.migrations import upgrade
from profiles.models import Article, Quote, SpeakerAlias, SpeakerProfile
from tests.e2e.gunicorn import ROOT, running_gunicorn

WORKERS = 4
PARALLEL = 8
ROUNDS = 3


@pytest.fixture()
def server(store_url: str, tmp_path: Path) -> Iterator[str]:
    """gunicorn with several single-threaded workers on the test's own database."""
    settings = {"DATABASE_URL": store_url, "API_KEYS": "", "RATELIMIT": "", "CORS_ORIGINS": "",
                "WEB_CONCURRENCY": str(WORKERS), "THREADS": "1"}
    with running_gunicorn(settings, tmp_path / "gunicorn.log", ready="/readyz") as url:
        yield url


def article(name: str, n: int) -> str:
    return (f'"The harbour will reopen on day {n}," said {name}, the port director of '
            f'Easthaven. "Ships are waiting," {name.split()[-1]} added.')


def test_parallel_puts_quoting_one_new_speaker_make_one_profile(server: str) -> None:
    names = ["Leyla Hassan", "Tomas Okafor", "Ines Varga"][:ROUNDS]
    for name in names:
        barrier = threading.Barrier(PARALLEL)

        def put(n: int, name: str = name, barrier: threading.Barrier = barrier) -> int:
            barrier.wait()
            return requests.put(f"{server}/v1/articles/{name.split()[0]}-{n}", timeout=120,
                                json={"text": article(name, n), "outlet": f"Outlet {n}"}
                                ).status_code

        with ThreadPoolExecutor(PARALLEL) as pool:
            assert sorted(pool.map(put, range(PARALLEL))) == [201] * PARALLEL
    for name in names:
        items = requests.get(f"{server}/v1/speakers", params={"q": name}).json()["items"]
        assert [(i["name"], i["article_count"], i["quote_count"], len(i["outlets"]))
                for i in items] == [(name, PARALLEL, 2 * PARALLEL, PARALLEL)]


KILLED_INGEST = textwrap.dedent("""
    import sys, time
    from nlp.records.results import Analysis, ArticleSpeaker, Quote, Speaker
    from profiles.db import make_engine, make_sessionmaker
    from profiles.store import ArticleInput, ingest_article

    speaker = Speaker("Nadia Berg", "person", None, None, None, None, None, "s1")
    quotes = tuple(Quote(f"Quote {i}.", 0, 8, speaker, None, "explicit_cue", 0.9)
                   for i in range(50))
    analysis = Analysis(quotes, (ArticleSpeaker("s1", "Nadia Berg", "person", None,
                                                quote_count=50),))
    sessions = make_sessionmaker(make_engine(sys.argv[1]))
    with sessions.begin() as session:
        ingest_article(session, ArticleInput("killed", "text"), analysis)
        session.flush()
        print("flushed", flush=True)
        if sys.argv[2] == "hang":
            time.sleep(600)
    print("committed", flush=True)
""")


def _run_ingest(url: str, mode: str) -> None:
    """Run the ingest in its own process; with `hang`, SIGKILL it after the flush."""
    process = subprocess.Popen([sys.executable, "-c", KILLED_INGEST, url, mode], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "flushed"
    if mode == "hang":
        os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=60) == (-signal.SIGKILL if mode == "hang" else 0)


def _counts(url: str) -> list[int]:
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine, read_only=True).begin() as session:
            return [session.scalar(select(func.count()).select_from(model)) or 0
                    for model in (Article, Quote, SpeakerProfile, SpeakerAlias)]
    finally:
        engine.dispose()


def test_killed_ingest_leaves_the_whole_article_or_nothing(store_url: str) -> None:
    upgrade(store_url)
    _run_ingest(store_url, "hang")
    assert _counts(store_url) == [0, 0, 0, 0]
    _run_ingest(store_url, "commit")
    assert _counts(store_url) == [1, 50, 1, 1]

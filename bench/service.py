"""The service under benchmark: the real app and store, driven through its HTTP API in process.

Benchmarks measure what a client sees, so they go through `PUT /v1/articles/{id}` and the read
endpoints with Flask's test client (no network noise on a shared machine), against a scratch
store: a SQLite file in a temporary folder, or a fresh database created on the PostgreSQL server
that `--database-url` names (dropped afterwards, so the server's own databases stay untouched).
"""
from __future__ import annotations

import re
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api import create_app


@contextmanager
def scratch_database(server_url: str | None) -> Iterator[str]:
    """A URL of an empty store: a temporary SQLite file, or a new database on that server."""
    if not server_url or make_url(server_url).get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory(prefix="qa-bench-") as folder:
            yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    url = make_url(server_url)
    name = f"qa_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def make_client(database_url: str):
    """A test client of the real app on that store (the model loads once per process)."""
    app = create_app({"DATABASE_URL": database_url, "RATELIMIT": None, "API_KEYS": ""})
    return app.test_client()


def article_id(record_id: str) -> str:
    """A URL-safe article id from a corpus id (`train/nyt_2016-...` -> `train-nyt_2016-...`)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", record_id).strip("-")[:120]


def article_body(record: dict) -> dict:
    """The PUT body for a FORMAT.md record: text, title, outlet and date from its metadata."""
    meta = record.get("meta", {})
    body: dict = {"text": record["text"]}
    if meta.get("title"):
        body["title"] = meta["title"]
    if meta.get("publisher"):
        body["outlet"] = meta["publisher"]
    if meta.get("date"):
        body["published_at"] = f"{meta['date']}T00:00:00Z"
    return body


def put_article(client, record: dict) -> dict:
    """Store one record through the API and return the stored article as JSON."""
    response = client.put(f"/v1/articles/{article_id(record['id'])}", json=article_body(record))
    if response.status_code not in (200, 201):
        raise RuntimeError(f"PUT {record['id']}: {response.status_code} "
                           f"{response.get_data(True)[:300]}")
    return response.get_json()

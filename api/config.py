"""Settings from the environment: the only module that reads `os.environ`.

Every field has a default that starts a working service with nothing else to run (SQLite file,
no keys, no limits). `create_app(config)` lays a mapping of overrides over the environment, so tests
and embedders set the same names an operator exports.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nlp

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{ROOT / 'instance' / 'quotes.db'}"


def _words(value: Any) -> tuple[str, ...]:
    """A comma- or space-separated string (or a list) as a tuple of non-empty items."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return tuple(str(v).strip() for v in value if str(v).strip())


@dataclass(frozen=True)
class Settings:
    """What an operator can change; see the configuration table in README.md."""

    model_name: str = nlp.DEFAULT_MODEL
    database_url: str = DEFAULT_DATABASE_URL
    max_text_bytes: int = 1_000_000
    analysis_time_budget: float = 60.0
    cors_origins: tuple[str, ...] = ()
    api_keys: tuple[str, ...] = ()
    ratelimit: str | None = None
    ratelimit_storage_uri: str = ""
    max_batch_articles: int = 100
    max_batch_bytes: int = 1_000_000
    broker_url: str = "amqp://guest:guest@127.0.0.1:5672//"
    backfill_queue: str = "qa_backfill"
    broker_visibility_timeout: int = 3600
    body_timeout: float = 10.0
    active_requests: int = 4
    auth_failure_limit: str = "10/minute"
    text_ratelimit: str | None = None
    allow_open_access: bool = False

    @property
    def max_body_bytes(self) -> int:
        """Cap on the raw body: `\\uXXXX` escaping turns one byte of text into six, plus room for
        the rest; the text itself is capped after decoding (`MAX_TEXT_BYTES`, `MAX_BATCH_BYTES`)."""
        return 6 * max(self.max_text_bytes, self.max_batch_bytes) + 64 * 1024

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """The upper-case names (`MODEL_NAME`, `API_KEYS`...) from `values`; defaults for the
        rest."""
        default = cls()

        def get(name: str, fallback: Any) -> Any:
            value = values.get(name)
            return fallback if value is None or value == "" else value

        return cls(
            model_name=str(get("MODEL_NAME", default.model_name)),
            database_url=str(get("DATABASE_URL", default.database_url)),
            max_text_bytes=int(get("MAX_TEXT_BYTES", default.max_text_bytes)),
            analysis_time_budget=float(get("ANALYSIS_TIME_BUDGET", default.analysis_time_budget)),
            cors_origins=_words(get("CORS_ORIGINS", None)),
            api_keys=_words(get("API_KEYS", None)),
            ratelimit=get("RATELIMIT", None),
            ratelimit_storage_uri=str(get("RATELIMIT_STORAGE_URI", default.ratelimit_storage_uri)),
            max_batch_articles=int(get("MAX_BATCH_ARTICLES", default.max_batch_articles)),
            max_batch_bytes=int(get("MAX_BATCH_BYTES", default.max_batch_bytes)),
            broker_url=str(get("BROKER_URL", default.broker_url)),
            backfill_queue=str(get("BACKFILL_QUEUE", default.backfill_queue)),
            broker_visibility_timeout=int(get("BROKER_VISIBILITY_TIMEOUT",
                                              default.broker_visibility_timeout)),
            body_timeout=float(get("BODY_TIMEOUT", default.body_timeout)),
            active_requests=int(get("ACTIVE_REQUESTS", default.active_requests)),
            auth_failure_limit=str(get("AUTH_FAILURE_LIMIT", default.auth_failure_limit)),
            text_ratelimit=get("TEXT_RATELIMIT", None),
            allow_open_access=str(get("ALLOW_OPEN_ACCESS", "")).lower() in ("1", "true", "yes"),
        )

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None) -> Settings:
        """The environment, with `overrides` (from `create_app(config)`) taking precedence."""
        return cls.from_mapping({**os.environ, **(overrides or {})})


def ensure_sqlite_directory(database_url: str) -> None:
    """Create the folder of a SQLite file URL so the default works on a fresh checkout."""
    prefix = "sqlite:///"
    if database_url.startswith(prefix) and ":memory:" not in database_url:
        path = Path(database_url[len(prefix):].split("?", 1)[0])
        if str(path):
            path.parent.mkdir(parents=True, exist_ok=True)


@dataclass(frozen=True)
class ServerSettings:
    """gunicorn's knobs, read by `gunicorn.conf.py` (command-line flags still win)."""

    bind: str = "127.0.0.1:8000"
    workers: int = max(1, os.cpu_count() or 1)
    threads: int = 64
    timeout: int = 120
    max_requests: int = 0
    log_format: str = "text"
    reuse_port: bool = True

    @classmethod
    def load(cls) -> ServerSettings:
        """`BIND`, `WEB_CONCURRENCY` (workers), `THREADS`, `TIMEOUT`, `MAX_REQUESTS`, `LOG_FORMAT`,
        `REUSE_PORT` from the environment. `REUSE_PORT` is on unless workers are recycled: an
        exiting worker's own socket resets the connections still queued on it."""
        default = cls()
        max_requests = int(os.environ.get("MAX_REQUESTS") or default.max_requests)
        reuse_port = os.environ.get("REUSE_PORT") or ("0" if max_requests else "1")
        return cls(
            bind=os.environ.get("BIND") or default.bind,
            workers=int(os.environ.get("WEB_CONCURRENCY") or default.workers),
            threads=int(os.environ.get("THREADS") or default.threads),
            timeout=int(os.environ.get("TIMEOUT") or default.timeout),
            max_requests=max_requests,
            log_format=os.environ.get("LOG_FORMAT") or default.log_format,
            reuse_port=reuse_port.lower() not in ("0", "false", "no"),
        )

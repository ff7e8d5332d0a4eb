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
    cors_origins: tuple[str, ...] = ()
    api_keys: tuple[str, ...] = ()
    ratelimit: str | None = None
    ratelimit_storage_uri: str = "memory://"
    auth_failure_limit: str = "10/minute"
    text_ratelimit: str | None = None
    allow_open_access: bool = False

    @property
    def max_body_bytes(self) -> int:
        """Cap on the raw body: JSON escaping may double the text, plus room for the rest."""
        return 2 * self.max_text_bytes + 64 * 1024

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
            cors_origins=_words(get("CORS_ORIGINS", None)),
            api_keys=_words(get("API_KEYS", None)),
            ratelimit=get("RATELIMIT", None),
            ratelimit_storage_uri=str(get("RATELIMIT_STORAGE_URI", default.ratelimit_storage_uri)),
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
    threads: int = 2
    timeout: int = 120

    @classmethod
    def load(cls) -> ServerSettings:
        """`BIND`, `WEB_CONCURRENCY` (workers), `THREADS`, `TIMEOUT` from the environment."""
        default = cls()
        return cls(
            bind=os.environ.get("BIND") or default.bind,
            workers=int(os.environ.get("WEB_CONCURRENCY") or default.workers),
            threads=int(os.environ.get("THREADS") or default.threads),
            timeout=int(os.environ.get("TIMEOUT") or default.timeout),
        )

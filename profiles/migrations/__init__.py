"""Alembic migrations of the profile store, run by `upgrade(url)` when the service starts.

The configuration is built in code (no alembic.ini to ship or find): `script_location` is this
folder. For new revisions during development:
`python -c "from profiles.migrations import revision; revision('message')"`.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

HERE = Path(__file__).resolve().parent


def alembic_config(url: str) -> Config:
    """An Alembic config for `url`; env.py opens the engine through `profiles.db.make_engine`."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["database_url"] = url
    return config


def upgrade(url: str, target: str = "head") -> None:
    """Bring the schema at `url` to `target`. Safe to call from several workers at once: the
    migration holds the SQLite write lock or a PostgreSQL advisory lock (see env.py)."""
    command.upgrade(alembic_config(url), target)


def downgrade(url: str, target: str = "base") -> None:
    command.downgrade(alembic_config(url), target)


def revision(message: str, url: str = "sqlite:///instance/autogenerate.db") -> None:
    """Autogenerate a revision by comparing `profiles.models` with a database at head."""
    upgrade(url)
    command.revision(alembic_config(url), message=message, autogenerate=True)

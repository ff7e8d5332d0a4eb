"""With no API key configured anyone may write: allowed on loopback only, unless the operator says
`ALLOW_OPEN_ACCESS=1` (a private network or an authenticating proxy in front).

`gunicorn.conf.py` calls `refusal(binds)` when the server starts, with the final bind addresses
(command-line `-b` included), and exits with its message instead of serving.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from sqlalchemy import inspect

from api.config import Settings
from profiles.db import make_engine
from profiles.keys import any_live_key


def is_loopback(bind: str) -> bool:
    """`127.0.0.1:8000`, `[::1]:8000`, `localhost:8000` and unix sockets are local."""
    if bind.startswith(("unix:", "fd://")):
        return True
    host = bind.rsplit(":", 1)[0] if bind.count(":") == 1 or bind.startswith("[") else bind
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _keys_in_store(database_url: str) -> bool:
    engine = make_engine(database_url)
    try:
        if not inspect(engine).has_table("api_keys"):
            return False
        with engine.connect() as connection:
            return any_live_key(connection)
    finally:
        engine.dispose()


def refusal(binds: Iterable[str], settings: Settings | None = None) -> str | None:
    """Why the server must not start on `binds`, or `None` when it may."""
    settings = settings or Settings.load()
    public = [b for b in binds if not is_loopback(b)]
    if not public or settings.allow_open_access or settings.api_keys:
        return None
    if _keys_in_store(settings.database_url):
        return None
    return (f"refusing to bind {', '.join(public)} with no API key configured: anyone could "
            "write. Create a key (`flask --app wsgi keys create NAME --scope read --scope "
            "write`), set API_KEYS, or set ALLOW_OPEN_ACCESS=1.")

"""One id per request: the caller's `X-Request-ID` when it is sane, else a new one; always echoed.

gunicorn's access log prints the echoed header, and problem bodies carry it, so a newsroom engineer
can match a failed call to its log line. Odd values (too long, spaces, control characters) are
replaced rather than logged, so a header cannot forge log lines.
"""
from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, request

HEADER = "X-Request-ID"
ACCEPTED = re.compile(r"[A-Za-z0-9._:/+=-]{1,128}")


def assign() -> None:
    """Before anything else runs, so even a 401 or 429 carries the id."""
    given = request.headers.get(HEADER, "")
    g.request_id = given if ACCEPTED.fullmatch(given) else uuid.uuid4().hex


def echo(response: Response) -> Response:
    response.headers[HEADER] = g.get("request_id") or uuid.uuid4().hex
    return response


def init_app(app: Flask) -> None:
    app.before_request(assign)
    app.after_request(echo)

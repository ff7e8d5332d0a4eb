"""The edge: a WSGI layer that reads the whole request body, within a deadline and a cap, before
Flask sees it.

gunicorn's threaded worker hands a connection to a thread once its headers arrive; a client that
then trickles (or never sends) the body would hold that thread for as long as it likes. Here the
body is read with the socket's timeout set to what is left of `BODY_TIMEOUT`, so such a client
costs a thread for at most that long and gets a 408 problem. A body over the cap (chunked ones
included, which carry no Content-Length to refuse up front) gets a 413 and a compressed body a
415, all as problem+json, since Flask (and its error handlers) never runs for them.
"""
from __future__ import annotations

import io
import json
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from api import request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
CHUNK = 64 * 1024
BODYLESS = {"GET", "HEAD", "OPTIONS", "DELETE"}

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class EdgeProblem(Exception):
    """A client error found before the app runs."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


def problem_bytes(status: int, title: str, detail: str, request_id: str | None = None) -> bytes:
    """An RFC 9457 body; shared with gunicorn's own error page (see `serving.py`)."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if request_id:
        body["request_id"] = request_id
    return json.dumps(body, separators=(",", ":")).encode()


def _content_length(environ: dict[str, Any]) -> int | None:
    value = environ.get("CONTENT_LENGTH") or ""
    if not value:
        return None
    if not value.isdigit():
        raise EdgeProblem(400, "Bad Request", "Content-Length is not a number.")
    return int(value)


def _read_socket_timeout(environ: dict[str, Any], seconds: float) -> None:
    sock = environ.get("gunicorn.socket")
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.001))


def read_body(environ: dict[str, Any], limit: int, timeout: float) -> bytes:
    """The whole body, or an `EdgeProblem` (408 when late, 413 when over `limit`)."""
    length = _content_length(environ)
    if length is not None and length > limit:
        raise EdgeProblem(413, "Content Too Large",
                          f"The body is {length} bytes; the limit is {limit} bytes.")
    stream = environ["wsgi.input"]
    deadline = time.monotonic() + timeout
    parts: list[bytes] = []
    size = 0
    try:
        while length is None or size < length:
            _read_socket_timeout(environ, deadline - time.monotonic())
            want = CHUNK if length is None else min(CHUNK, length - size)
            part = stream.read(want)
            if not part:
                break
            size += len(part)
            if size > limit:
                raise EdgeProblem(413, "Content Too Large",
                                  f"The body is over the limit of {limit} bytes.")
            parts.append(part)
            if time.monotonic() > deadline:
                raise TimeoutError
    except (TimeoutError, socket.timeout):
        raise EdgeProblem(408, "Request Timeout",
                          f"The body did not arrive within {timeout:g} seconds.") from None
    finally:
        sock = environ.get("gunicorn.socket")
        if isinstance(sock, socket.socket):
            sock.settimeout(None)
    if length is not None and size < length:
        raise EdgeProblem(400, "Bad Request", "The body ended before its Content-Length.")
    return b"".join(parts)


class Edge:
    """Wraps the Flask app: bodies read whole (deadline, cap), compressed bodies refused."""

    def __init__(self, app: WsgiApp, limit: int, timeout: float) -> None:
        self.app, self.limit, self.timeout = app, limit, timeout

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD", "GET") in BODYLESS and not environ.get("CONTENT_LENGTH"):
            return self.app(environ, start_response)
        try:
            if environ.get("HTTP_CONTENT_ENCODING", "identity").lower() != "identity":
                raise EdgeProblem(415, "Unsupported Media Type",
                                  "Send the body uncompressed (no Content-Encoding).")
            body = read_body(environ, self.limit, self.timeout)
        except EdgeProblem as problem:
            given = environ.get("HTTP_X_REQUEST_ID", "")
            rid = given if request_id.ACCEPTED.fullmatch(given) else uuid.uuid4().hex
            payload = problem_bytes(problem.status, problem.title, problem.detail, rid)
            start_response(f"{problem.status} {problem.title}", [
                ("Content-Type", PROBLEM_MEDIA_TYPE), ("Content-Length", str(len(payload))),
                (request_id.HEADER, rid), ("Connection", "close")])
            return [payload]
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = False
        return self.app(environ, start_response)

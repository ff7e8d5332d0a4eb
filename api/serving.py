"""gunicorn's side of the edge: its own error answers (400, 414, 431...) as problem+json.

gunicorn writes those before any application code runs, through `gunicorn.util.write_error`, as an
HTML page; `install()` (called from gunicorn.conf.py) swaps that one function for one that writes
the same status as RFC 9457 problem details, so a client sees one error format whatever refused it.
"""
from __future__ import annotations

import socket

from gunicorn import util

from api.edge import PROBLEM_MEDIA_TYPE, problem_bytes


def client_status(status_int: int, reason: str) -> int:
    """The status a refusal of gunicorn's gets: its own, except the two client errors gunicorn
    answers with a 5xx while calling them "Bad Request" (501 for a transfer coding it does not
    know, RFC 9112's SHOULD; 500 for a path outside the `SCRIPT_NAME` prefix the server was
    started with). Both are the client's doing, and a 5xx would count as the server's fault in every
    error rate and alert (issue 13), so they are 400s; a real 500 is "Internal Server Error"."""
    return 400 if status_int >= 500 and reason == "Bad Request" else status_int


def write_problem(sock: socket.socket, status_int: int, reason: str, mesg: str) -> None:
    """Same signature as `gunicorn.util.write_error`."""
    status_int = client_status(status_int, reason)
    body = problem_bytes(status_int, reason, mesg or reason)
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
            f"Content-Type: {PROBLEM_MEDIA_TYPE}\r\nContent-Length: {len(body)}\r\n\r\n")
    util.write_nonblock(sock, head.encode("latin-1") + body)


def install() -> None:
    util.write_error = write_problem

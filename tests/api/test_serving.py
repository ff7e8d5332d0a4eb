"""gunicorn's own refusals, written by `api/serving.py` as problem+json before the app runs."""
from __future__ import annotations

import json
import socket

from api.serving import write_problem


def _written(status: int, reason: str, mesg: str) -> tuple[str, dict[str, object]]:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        write_problem(ours, status, reason, mesg)
        ours.shutdown(socket.SHUT_WR)
        data = b""
        while part := theirs.recv(65536):
            data += part
    head, _, body = data.partition(b"\r\n\r\n")
    return head.decode("latin-1").split("\r\n")[0], json.loads(body)


def test_an_unknown_transfer_coding_is_a_400_problem_not_gunicorns_501():
    """Issue 13: `Transfer-Encoding: xchunked` was answered 501, a 5xx from client input."""
    line, body = _written(501, "Bad Request", "Unsupported transfer coding: 'xchunked'")
    assert line == "HTTP/1.1 400 Bad Request"
    assert body["status"] == 400 and "xchunked" in body["detail"]


def test_a_path_outside_a_script_name_header_is_a_400_problem_not_a_500():
    """Issue 13: a loopback client's `SCRIPT_NAME: /x` header made gunicorn answer 500."""
    line, body = _written(500, "Bad Request", "Configuration problem: Request path '/healthz'"
                                              " does not start with SCRIPT_NAME '/x'")
    assert line == "HTTP/1.1 400 Bad Request" and body["status"] == 400


def test_a_real_server_error_stays_a_500():
    line, body = _written(500, "Internal Server Error", "")
    assert line == "HTTP/1.1 500 Internal Server Error" and body["status"] == 500

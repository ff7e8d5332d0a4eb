"""Every error leaves as RFC 9457 `application/problem+json`; views raise, this module renders.

Werkzeug's own errors (404, 405, 413, 415...), webargs' parsing errors (400 malformed JSON, 422
validation with per-field `errors`), flask-limiter's 429 and anything unexpected (500, logged, never
a trace in the body) all pass through `render`.
"""
from __future__ import annotations

import http
import logging
from typing import Any

from flask import Flask, Response, current_app, g, json
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from werkzeug.exceptions import HTTPException, InternalServerError

from api.schemas.common import ProblemSchema

PROBLEM_MEDIA_TYPE = "application/problem+json"
LOCATIONS = {"json", "json_or_text", "query", "path", "headers", "form"}


def _header(description: str, type: str = "string") -> dict[str, Any]:
    return {"description": description, "schema": {"type": type}}


RESPONSE_HEADERS: dict[int, dict[str, dict[str, Any]]] = {
    401: {"WWW-Authenticate": _header("`Bearer realm=...`: send an API key as a bearer token.")},
    405: {"Allow": _header("The methods this path accepts.")},
    429: {
        "Retry-After": _header("Seconds until a request may succeed again.", "integer"),
        "RateLimit-Limit": _header("Requests allowed per window.", "integer"),
        "RateLimit-Remaining": _header("Requests left in the current window.", "integer"),
        "RateLimit-Reset": _header("Seconds until the window resets.", "integer"),
        "RateLimit-Policy": _header("The limit as `<requests>;w=<seconds>`."),
    },
}
"""Headers documented on the shared error responses (all optional in the spec)."""
log = logging.getLogger(__name__)


class Problem(Exception):
    """An error with the RFC 9457 members; `extensions` become extra top-level members."""

    def __init__(self, status: int, detail: str | None = None, *, title: str | None = None,
                 type: str = "about:blank", headers: dict[str, str] | None = None,
                 **extensions: Any) -> None:
        super().__init__(detail or title or http.HTTPStatus(status).phrase)
        self.status = status
        self.title = title or http.HTTPStatus(status).phrase
        self.detail = detail
        self.type = type
        self.headers = headers or {}
        self.extensions = extensions

    def body(self) -> dict[str, Any]:
        """The problem's members, as a response (or a batch item's `problem`) carries them."""
        body: dict[str, Any] = {"type": self.type, "title": self.title, "status": self.status}
        if self.detail:
            body["detail"] = self.detail
        return {**body, **self.extensions}

    def to_response(self) -> Response:
        body = self.body()
        request_id = g.get("request_id")
        if request_id:
            body["request_id"] = request_id
        response = current_app.response_class(json.dumps(body, separators=(",", ":")),
                                              status=self.status,
                                              mimetype=PROBLEM_MEDIA_TYPE)
        response.headers.update(self.headers)
        return response


def _field_errors(data: dict[str, Any]) -> dict[str, Any]:
    """webargs nests messages under the location (`json`, `query`...); callers want the fields."""
    messages = data.get("messages") or data.get("errors") or {}
    if len(messages) == 1 and next(iter(messages)) in LOCATIONS:
        return next(iter(messages.values()))
    return messages


def from_http_exception(error: HTTPException) -> Problem:
    """Translate werkzeug/webargs/flask-limiter exceptions, keeping headers such as `Allow`."""
    status = error.code or 500
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    data = getattr(error, "data", None) or {}
    extensions: dict[str, Any] = {}
    detail = error.description
    if status == 422:
        extensions["errors"] = _field_errors(data)
        detail = "The request body or parameters failed validation; see `errors`."
    elif status == 400 and data:
        detail = "The request body is not valid JSON."
    elif status == 429:
        detail = f"Rate limit exceeded ({error.description}); retry after `Retry-After` seconds."
    headers.update(data.get("headers") or {})
    return Problem(status, detail, headers=headers, **extensions)


class ProblemApi(Api):
    """flask-smorest's Api documenting and rendering errors as problem details."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self) -> None:
        """Document every error response with the problem media type, not plain JSON."""
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            if status in RESPONSE_HEADERS:
                response["headers"] = RESPONSE_HEADERS[status]
            prepare_response(response, self.spec, PROBLEM_MEDIA_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Any other error", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_MEDIA_TYPE)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, response, lazy=True)

    def _register_pagination_header(self) -> None:
        """Lists page by cursor in the body (`next_cursor`), not flask-smorest's X-Pagination."""

    def handle_http_exception(self, error: HTTPException) -> Response:
        return from_http_exception(error).to_response()


def _render_problem(problem: Problem) -> Response:
    return problem.to_response()


def _render_unexpected(error: Exception) -> Response:
    """A 500 that says nothing about the code; the trace goes to the log with the request id."""
    log.exception("unhandled error (request %s)", g.get("request_id"))
    return Problem(500, InternalServerError.description).to_response()


def init_app(app: Flask) -> None:
    """Register the renderers; `ProblemApi` already covers every `HTTPException`."""
    app.register_error_handler(Problem, _render_problem)
    app.register_error_handler(Exception, _render_unexpected)

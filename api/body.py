"""Request bodies: JSON objects, or plain text for the text-only endpoints, within the size limit.

webargs quietly treats a non-JSON body as "no body", which surfaces as a confusing 422; this parser
answers 415 instead. The `json_or_text` location lets `curl --data-binary @article.txt` send an
article as it is, read as `{"text": <body>}`.
"""
from __future__ import annotations

from typing import Any

import flask_smorest
from flask import Request, current_app
from marshmallow import Schema
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.exceptions import UnsupportedMediaType

from api.errors import Problem

TEXT_MEDIA_TYPE = "text/plain"


class BodyParser(FlaskParser):
    """FlaskParser that refuses bodies of the wrong media type with a 415."""

    def _raw_load_json(self, req: Request) -> Any:
        if not is_json_request(req):
            raise UnsupportedMediaType(
                f"Send the body as application/json (got {req.mimetype or 'no content type'}).")
        try:
            document = core.parse_json(req.get_data(cache=True))
        except (RecursionError, ValueError) as error:
            # Nested thousands deep, or a number of thousands of digits: not JSON this API reads.
            raise Problem(400, "The request body is not JSON this API accepts "
                               f"({type(error).__name__}: {str(error)[:120]}).") from None
        return document


parser = BodyParser()


@parser.location_loader("json_or_text")
def load_json_or_text(req: Request, schema: Schema) -> Any:
    """A `text/plain` body is the article text; anything else must be a JSON object."""
    if req.mimetype == TEXT_MEDIA_TYPE:
        return {"text": req.get_data(as_text=True)}
    if not is_json_request(req):
        raise UnsupportedMediaType(
            "Send the body as application/json or text/plain "
            f"(got {req.mimetype or 'no content type'}).")
    return parser.load_json(req, schema)


class Blueprint(flask_smorest.Blueprint):
    """flask-smorest Blueprint using `BodyParser`; resource modules build theirs from this."""

    ARGUMENTS_PARSER = parser
    DEFAULT_LOCATION_CONTENT_TYPE_MAPPING = {
        **flask_smorest.Blueprint.DEFAULT_LOCATION_CONTENT_TYPE_MAPPING,
        "json_or_text": "application/json",
    }


def ensure_text_fits(text: str) -> None:
    """413 when the article is over `MAX_TEXT_BYTES` (UTF-8), before any model time is spent."""
    limit = current_app.extensions["qa_settings"].max_text_bytes
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise Problem(413, f"The text is {size} bytes; the limit is {limit} bytes "
                           "(MAX_TEXT_BYTES).")

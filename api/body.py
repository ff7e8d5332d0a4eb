"""Request bodies: JSON objects, or plain text for the text-only endpoints, within the size limit.

webargs quietly treats a non-JSON body as "no body", which surfaces as a confusing 422; this parser
answers 415 instead. The `json_or_text` location lets `curl --data-binary @article.txt` send an
article as it is, read as `{"text": <body>}`.
"""
from __future__ import annotations

import json
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
        """The JSON body; 400 for JSON Python's decoder cannot hold (arrays nested thousands
        deep, integers of thousands of digits), as for malformed JSON."""
        if not is_json_request(req):
            raise UnsupportedMediaType(
                f"Send the body as application/json (got {req.mimetype or 'no content type'}).")
        try:
            return core.parse_json(req.get_data(cache=True))
        except json.JSONDecodeError:
            raise
        except RecursionError:
            raise Problem(400, "The JSON body is nested too deeply.") from None
        except ValueError as error:  # `Exceeds the limit (4300 digits) for integer string ...`
            raise Problem(400, f"The JSON body cannot be read: {error}.") from None


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


def utf8_size(text: str) -> int:
    """The text's size in UTF-8 bytes, as the limits count it (lone surrogates included)."""
    return len(text.encode("utf-8", "surrogatepass"))


def text_too_large(text: str) -> Problem | None:
    """The 413 for an article over `MAX_TEXT_BYTES` (UTF-8), or None."""
    limit = current_app.extensions["qa_settings"].max_text_bytes
    size = utf8_size(text)
    if size <= limit:
        return None
    return Problem(413, f"The text is {size} bytes; the limit is {limit} bytes (MAX_TEXT_BYTES).")


def ensure_text_fits(text: str) -> None:
    """413 when the article is over `MAX_TEXT_BYTES`, before any model time is spent."""
    problem = text_too_large(text)
    if problem is not None:
        raise problem


def ensure_batch_fits(texts: list[str]) -> None:
    """413 when a batch has more than `MAX_BATCH_ARTICLES` articles or `MAX_BATCH_BYTES` of
    text in all, before any of it is read or queued."""
    settings = current_app.extensions["qa_settings"]
    if len(texts) > settings.max_batch_articles:
        raise Problem(413, f"The batch has {len(texts)} articles; the limit is "
                           f"{settings.max_batch_articles} (MAX_BATCH_ARTICLES).")
    total = sum(map(utf8_size, texts))
    if total > settings.max_batch_bytes:
        raise Problem(413, f"The batch's texts are {total} bytes; the limit is "
                           f"{settings.max_batch_bytes} bytes (MAX_BATCH_BYTES).")

"""Structured logs: with `LOG_FORMAT=json` every line (gunicorn's and the app's) is one JSON
object, and the app's records carry the request id, so a log pipeline can join them to answers."""
from __future__ import annotations

import logging
from typing import Any

from flask import g, has_request_context


class RequestIdFilter(logging.Filter):
    """Adds `request_id` (the echoed `X-Request-ID`) to records logged while serving a request."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id") if has_request_context() else None
        return True


def logconfig(log_format: str) -> dict[str, Any] | None:
    """gunicorn's `logconfig_dict` for `LOG_FORMAT` (`json`), or None for its plain defaults."""
    if log_format != "json":
        return None
    handler = {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"],
               "stream": "ext://sys.stdout"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}}},
        "handlers": {"json": handler},
        "root": {"level": "INFO", "handlers": ["json"]},
        "loggers": {name: {"level": "INFO", "handlers": ["json"], "propagate": False}
                    for name in ("gunicorn.error", "gunicorn.access")},
    }

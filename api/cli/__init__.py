"""Bulk commands on the app's own settings: `flask --app wsgi analyze|ingest|backfill ...`.

They live in the Flask CLI so an operator's `DATABASE_URL`, `MODEL_NAME`, `MAX_TEXT_BYTES`
and `BROKER_URL` mean the same to them as to the service.
"""
from __future__ import annotations

from flask import Flask

from api.cli import commands


def init_app(app: Flask) -> None:
    for command in commands.COMMANDS:
        app.cli.add_command(command)

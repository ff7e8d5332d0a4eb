"""`analyze` writes JSON Lines of quotes; `ingest` stores articles as `PUT` would."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from api import database
from api.cli.backfill import backfill_command, backfill_status_command
from api.cli.engine import analyze_all
from api.cli.sources import Source
from api.cli.summary import Summary, articles_in, total_of
from api.schemas.analyze import AnalysisSchema
from profiles import ingestion

PATHS = click.argument("paths", nargs=-1, required=True, type=click.Path())
PROCESSES = click.option("--processes", "-p", default=1, show_default=True,
                         type=click.IntRange(1), help="Processes running the model.")


def _settings() -> Any:
    return current_app.extensions["qa_settings"]


def _sources(paths: tuple[str, ...], summary: Summary) -> Iterator[Source]:
    max_bytes = _settings().max_text_bytes
    summary.show_progress(total_of(paths, max_bytes))
    return (item for item in articles_in(paths, max_bytes, summary) if isinstance(item, Source))


def _analysed(sources: Iterator[Source], processes: int) -> Iterator[tuple[Source, Any]]:
    settings = _settings()
    return analyze_all(((s, s.article.text) for s in sources), settings.model_name,
                       settings.max_text_bytes, processes)


@click.command("analyze")
@PATHS
@PROCESSES
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Where the JSON Lines go (standard output by default).")
@with_appcontext
def analyze_command(paths: tuple[str, ...], processes: int, output: Any) -> None:
    """Quotes of every article under PATHS as JSON Lines; nothing stored."""
    summary, schema = Summary(), AnalysisSchema()
    for source, result in _analysed(_sources(paths, summary), processes):
        if isinstance(result, str):
            summary.fail(source.origin, result, readable=True)
            continue
        output.write(json.dumps({"id": source.article.id, "origin": source.origin,
                                 **schema.dump(result)}, ensure_ascii=False) + "\n")
        summary.count("analysed", len(result.quotes), len(result.speakers))
    output.flush()
    summary.echo()


@click.command("ingest")
@PATHS
@PROCESSES
@click.option("--force", is_flag=True,
              help="Analyse and store again articles already stored with the same content "
                   "(after an engine upgrade).")
@with_appcontext
def ingest_command(paths: tuple[str, ...], processes: int, force: bool) -> None:
    """Analyse and store every article under PATHS as `PUT /v1/articles/{id}` does; articles
    already stored with the same content are left as they are (and not analysed again)
    unless `--force` is given."""
    summary = Summary()
    sources = _sources(paths, summary)
    if not force:
        sources = _unstored(sources, summary)
    for source, result in _analysed(sources, processes):
        if isinstance(result, str):
            summary.fail(source.origin, result, readable=True)
            continue
        try:
            stored = database.run(lambda s, a=source.article, r=result:
                                  ingestion.store_analysed(s, a, r, force=force),
                                  read_only=False)
        except SQLAlchemyError as error:  # rolled back whole: reported, the run goes on
            summary.fail(source.origin, f"not stored: {error}", readable=True)
            continue
        summary.count(stored.outcome, stored.quotes, stored.speakers)
    summary.echo()


def _unstored(sources: Iterator[Source], summary: Summary) -> Iterator[Source]:
    """Sources whose article the store does not already hold as it is; the others counted."""
    for source in sources:
        counts = database.run(lambda s, a=source.article: ingestion.current_counts(s, a),
                              read_only=True)
        if counts is None:
            yield source
        else:
            summary.count("unchanged", *counts)


COMMANDS = [analyze_command, ingest_command, backfill_command, backfill_status_command]

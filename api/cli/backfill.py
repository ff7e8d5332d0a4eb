"""`backfill PATH...` queues every article for the Celery workers; `backfill-status ID` counts."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import click
from flask import current_app
from flask.cli import with_appcontext

from api import database
from api.cli.sources import Item, Source, read_sources
from api.cli.summary import progress, total_of
from bulk import queue
from profiles import backfills

CHUNK = 200
"""Articles recorded per transaction and then published: the rows exist before their messages,
so a worker never meets an article the store does not know."""


def _entries(items: Iterable[Item]) -> Iterator[tuple[backfills.Entry, Source | None]]:
    for position, item in enumerate(items):
        if isinstance(item, Source):
            yield backfills.Entry(position, item.origin, item.article.id), item
        else:
            yield backfills.Entry(position, item.origin, reason=item.reason), None


def queue_backfill(items: Iterable[Item]) -> str:
    """Record a backfill and publish one task per readable article; returns its id."""
    settings = current_app.extensions["qa_settings"]
    app = queue.client(settings.broker_url, settings.backfill_queue)
    backfill_id = database.run(backfills.create, read_only=False)
    entries = _entries(items)
    while chunk := list(islice(entries, CHUNK)):
        database.run(lambda s, c=chunk: backfills.add_entries(s, backfill_id, (e for e, _ in c)),
                     read_only=False)
        for entry, source in chunk:
            if source is not None:
                queue.enqueue(app, backfill_id, entry.position, source.article)
    return backfill_id


@click.command("backfill")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@with_appcontext
def backfill_command(paths: tuple[str, ...]) -> None:
    """Queue every article under PATHS for `celery -A bulk.worker worker`; prints the
    backfill's id (for `backfill-status` and `GET /v1/backfills/{id}`)."""
    max_bytes = current_app.extensions["qa_settings"].max_text_bytes
    items = progress(read_sources(paths, max_bytes), total_of(paths, max_bytes))
    click.echo(queue_backfill(items))


@click.command("backfill-status")
@click.argument("backfill_id")
@with_appcontext
def backfill_status_command(backfill_id: str) -> None:
    """Queued, done and failed counts of a backfill, and the failures with their reasons."""
    found = database.run(lambda s: backfills.status(s, backfill_id), read_only=True)
    click.echo(f"backfill {found.id}: {found.total} articles, queued {found.queued}, "
               f"done {found.done}, failed {found.failed}")
    for failure in found.failures:
        named = f" ({failure.article_id})" if failure.article_id else ""
        click.echo(f"  {failure.origin}{named}: {failure.reason}")

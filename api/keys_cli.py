"""`flask --app wsgi keys create|list|revoke`: manage the API keys of `profiles/keys.py`."""
from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from profiles import keys

cli = AppGroup("keys", help="Create, list and revoke API keys (stored hashed).")


def _sessions():  # type: ignore[no-untyped-def]
    return current_app.extensions["qa_sessions"]


@cli.command("create")
@click.argument("name")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(keys.SCOPES),
              default=("read",), show_default=True, help="Repeat for several scopes.")
def create(name: str, scopes: tuple[str, ...]) -> None:
    """Create a key NAME; its token is printed once and never stored."""
    with _sessions().begin() as session:
        if any(k.name == name for k in keys.list_keys(session)):
            raise click.ClickException(f"a key named {name!r} exists")
        key, token = keys.create_key(session, name, scopes)
        click.echo(f"id={key.id} name={key.name} scopes={key.scopes}")
    click.echo(token)


@cli.command("list")
def list_() -> None:
    """Every key with its scopes and whether it was revoked (never the token)."""
    with _sessions().begin() as session:
        for key in keys.list_keys(session):
            state = f"revoked {key.revoked_at.isoformat()}" if key.revoked_at else "live"
            click.echo(f"{key.id}\t{key.name}\t{key.scopes}\t{state}")


@cli.command("revoke")
@click.argument("id_or_name")
def revoke(id_or_name: str) -> None:
    """Revoke a key by id or name: it is refused from the next request on."""
    with _sessions().begin() as session:
        try:
            key = keys.revoke_key(session, id_or_name)
        except keys.KeyNotFound as error:
            raise click.ClickException(f"no live key {error}") from None
        click.echo(f"revoked id={key.id} name={key.name}")


def init_app(app: Flask) -> None:
    app.cli.add_command(cli)

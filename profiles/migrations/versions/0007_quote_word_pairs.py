"""Quotes searched by pairs of neighbouring words too, so that reads stay flat at a million.

At a million quotes most words of a "who said this?" query are in thousands of quotes, and
ranking their posting lists cost seconds (`bench/reads.py`: p99 3.2 s on SQLite). A pair of
common words is rare: `quotes.word_pairs` holds them (`profiles.search_terms`), and the full-text
index covers it beside `text`: FTS5 gets a second column, PostgreSQL's generated tsvector the
pairs' lexemes. Existing quotes get their pairs here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from profiles.search_terms import word_pairs

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def _fts(columns: str) -> list[str]:
    """SQLite's external-content index over `columns` and the triggers keeping it in step."""
    values = ", ".join(f"new.{c}" for c in columns.split(", "))
    old = ", ".join(f"old.{c}" for c in columns.split(", "))
    return [
        "DROP TRIGGER IF EXISTS quotes_fts_insert", "DROP TRIGGER IF EXISTS quotes_fts_delete",
        "DROP TRIGGER IF EXISTS quotes_fts_update", "DROP TABLE IF EXISTS quotes_fts",
        f"""CREATE VIRTUAL TABLE quotes_fts USING fts5(
            {columns}, content='quotes', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2')""",
        f"""CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, {columns}) VALUES (new.id, {values}); END""",
        f"""CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, {columns})
            VALUES ('delete', old.id, {old}); END""",
        f"""CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, {columns})
            VALUES ('delete', old.id, {old});
            INSERT INTO quotes_fts(rowid, {columns}) VALUES (new.id, {values}); END""",
        "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
    ]


def _tsvector(expression: str) -> list[str]:
    """PostgreSQL's generated search column from `expression`, with its GIN index."""
    return [
        "ALTER TABLE quotes DROP COLUMN IF EXISTS search_vector",
        f"ALTER TABLE quotes ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({expression}) "
        "STORED",
        "CREATE INDEX ix_quotes_search ON quotes USING gin (search_vector) "
        "WITH (fastupdate = off)",
    ]


def _fill_pairs() -> None:
    """`word_pairs` of the quotes already stored, a batch at a time."""
    bind = op.get_bind()
    quotes = sa.table("quotes", sa.column("id"), sa.column("text"), sa.column("word_pairs"))
    last = 0
    while rows := bind.execute(sa.select(quotes.c.id, quotes.c.text).where(quotes.c.id > last)
                               .order_by(quotes.c.id).limit(BATCH)).all():
        bind.execute(quotes.update().where(quotes.c.id == sa.bindparam("quote_id"))
                     .values(word_pairs=sa.bindparam("pairs")),
                     [{"quote_id": i, "pairs": word_pairs(t)} for i, t in rows])
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("word_pairs", sa.Text(), nullable=True))
    _fill_pairs()
    if op.get_bind().dialect.name == "postgresql":
        statements = _tsvector("to_tsvector('english', text) || "
                               "to_tsvector('english', coalesce(word_pairs, ''))")
    else:
        statements = _fts("text, word_pairs")
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    """PostgreSQL's search column reads `word_pairs`, so it goes first; on SQLite dropping the
    column rebuilds `quotes`, which drops its triggers, so the index is made again after."""
    if op.get_bind().dialect.name == "postgresql":
        for statement in _tsvector("to_tsvector('english', text)"):
            op.execute(statement)
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("word_pairs")
    if op.get_bind().dialect.name != "postgresql":
        for statement in _fts("text"):
            op.execute(statement)

"""Initial schema: articles, quotes, speaker profiles, aliases, organisations, outlets, and
full-text search over quotes (FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FULL_TEXT = [
    # External-content FTS5: the text lives once, in `quotes`; triggers keep the index in step,
    # including deletes cascaded from `articles`. Porter stemming lets "expects" find "expected".
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END""",
]

POSTGRESQL_FULL_TEXT = [
    """ALTER TABLE quotes ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('english', text)) STORED""",
    "CREATE INDEX ix_quotes_search ON quotes USING gin (search_vector)",
]


def upgrade() -> None:
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index('ix_organizations_acronym', 'organizations', ['acronym'])

    op.create_table('outlets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('speakers',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name_locked', sa.Boolean(), nullable=False),
    sa.Column('corrected', sa.Boolean(), nullable=False),
    sa.Column('wikidata_id', sa.String(length=20), nullable=True),
    sa.Column('external_ids', sa.JSON(), nullable=False),
    sa.Column('quote_count', sa.Integer(), nullable=False),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('first_quoted', sa.DateTime(), nullable=True),
    sa.Column('last_quoted', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_speakers_last_quoted', 'speakers', ['last_quoted', 'id'])
    op.create_index('ix_speakers_quote_count', 'speakers', ['quote_count', 'id'])

    op.create_table('articles',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('dated_at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_articles_dated', 'articles', ['dated_at', 'id'])
    op.create_index('ix_articles_outlet_id', 'articles', ['outlet_id'])

    op.create_table('profile_affiliations',
    sa.Column('profile_id', sa.String(length=40), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], ),
    sa.ForeignKeyConstraint(['profile_id'], ['speakers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('profile_id', 'organization_id')
    )
    op.create_index('ix_profile_affiliations_organization_id', 'profile_affiliations',
                    ['organization_id'])

    op.create_table('profile_roles',
    sa.Column('profile_id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['speakers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('profile_id', 'name')
    )
    op.create_table('speaker_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('block_key', sa.String(length=300), nullable=False),
    sa.Column('claims', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['speakers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('profile_id', 'key', name='uq_speaker_aliases_profile_key')
    )
    op.create_index('ix_speaker_aliases_block', 'speaker_aliases', ['kind', 'block_key'])
    op.create_index('ix_speaker_aliases_profile_id', 'speaker_aliases', ['profile_id'])
    op.create_index('uq_speaker_aliases_claimed_key', 'speaker_aliases', ['kind', 'key'],
                    unique=True, sqlite_where=sa.text('claims'),
                    postgresql_where=sa.text('claims'))

    op.create_table('speaker_redirects',
    sa.Column('old_id', sa.String(length=40), nullable=False),
    sa.Column('profile_id', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['speakers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('old_id')
    )
    op.create_index('ix_speaker_redirects_profile_id', 'speaker_redirects', ['profile_id'])

    op.create_table('article_speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('profile_id', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('quote_count', sa.Integer(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['profile_id'], ['speakers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_article_speakers_article_id', 'article_speakers', ['article_id'])
    op.create_index('ix_article_speakers_profile_id', 'article_speakers', ['profile_id'])

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.JSON(), nullable=True),
    sa.Column('cue', sa.JSON(), nullable=True),
    sa.Column('method', sa.String(length=40), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('profile_id', sa.String(length=40), nullable=True),
    sa.Column('dated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['profile_id'], ['speakers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_quotes_article_id', 'quotes', ['article_id'])
    op.create_index('ix_quotes_profile_dated', 'quotes', ['profile_id', 'dated_at', 'id'])

    op.create_table('article_speaker_affiliations',
    sa.Column('article_speaker_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_speaker_id'], ['article_speakers.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], ),
    sa.PrimaryKeyConstraint('article_speaker_id', 'organization_id')
    )
    op.create_index('ix_article_speaker_affiliations_organization_id',
                    'article_speaker_affiliations', ['organization_id'])

    op.create_table('article_speaker_roles',
    sa.Column('article_speaker_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['article_speaker_id'], ['article_speakers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_speaker_id', 'name')
    )
    full_text = SQLITE_FULL_TEXT if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_FULL_TEXT
    for statement in full_text:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE quotes_fts")
    for table in ("article_speaker_roles", "article_speaker_affiliations", "quotes",
                  "article_speakers", "speaker_redirects", "speaker_aliases", "profile_roles",
                  "profile_affiliations", "articles", "speakers", "outlets", "organizations"):
        op.drop_table(table)

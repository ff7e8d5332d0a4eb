"""Outlets per profile, derived like roles and affiliations, so listings read them directly.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "profile_outlets",
        sa.Column("profile_id", sa.String(length=40), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"]),
        sa.ForeignKeyConstraint(["profile_id"], ["speakers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", "outlet_id"),
    )
    op.create_index("ix_profile_outlets_outlet_id", "profile_outlets", ["outlet_id"])
    # Profiles stored before this revision get their outlets from their articles.
    op.execute("""
        INSERT INTO profile_outlets (profile_id, outlet_id, count, first_seen, last_seen)
        SELECT article_speakers.profile_id, articles.outlet_id,
               count(DISTINCT articles.id), min(articles.dated_at), max(articles.dated_at)
        FROM article_speakers JOIN articles ON articles.id = article_speakers.article_id
        WHERE article_speakers.profile_id IS NOT NULL AND articles.outlet_id IS NOT NULL
        GROUP BY article_speakers.profile_id, articles.outlet_id""")


def downgrade() -> None:
    op.drop_index("ix_profile_outlets_outlet_id", table_name="profile_outlets")
    op.drop_table("profile_outlets")

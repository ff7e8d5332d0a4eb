"""Role variants as one job: each article role keeps its job key, and a profile's roles are
counted per job with the words the articles used (`nlp/lexicon/jobs.py`, issue 12).

Existing rows are converted in place: every article role gets `job_key(name)`, and each
profile's roles are regrouped from those facts, as `profiles.tally` would count them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from nlp.lexicon.jobs import job_key

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = ("FROM article_speaker_roles r "
         "JOIN article_speakers s ON s.id = r.article_speaker_id "
         "JOIN articles a ON a.id = s.article_id WHERE s.profile_id IS NOT NULL")
"""Every role an article gave a profile, with the article's date (what `tally` counts)."""


def _regroup(by: str) -> None:
    """Profile roles counted again from the article facts, one row per value of `by`."""
    op.execute("DELETE FROM profile_roles")
    op.execute(f"INSERT INTO profile_roles (profile_id, name, count, first_seen, last_seen"
               f"{', variants' if by == 'job' else ''}) "
               f"SELECT s.profile_id, r.{by}, COUNT(DISTINCT s.article_id), MIN(a.dated_at), "
               f"MAX(a.dated_at){', ' + repr('[]') if by == 'job' else ''} {FACTS} "
               f"GROUP BY s.profile_id, r.{by}")


def _variants() -> None:
    """Each regrouped job's words with their article counts, most used first."""
    bind = op.get_bind()
    words: dict[tuple[str, str], list[list[object]]] = {}
    for profile_id, job, name, count in bind.execute(sa.text(
            f"SELECT s.profile_id, r.job, r.name, COUNT(DISTINCT s.article_id) {FACTS} "
            "GROUP BY s.profile_id, r.job, r.name")):
        words.setdefault((profile_id, job), []).append([name, count])
    update = sa.text("UPDATE profile_roles SET variants = :variants "
                     "WHERE profile_id = :profile_id AND name = :job")
    for (profile_id, job), found in words.items():
        found.sort(key=lambda w: (-w[1], w[0]))
        bind.execute(update, {"variants": json.dumps(found), "profile_id": profile_id,
                              "job": job})


def upgrade() -> None:
    with op.batch_alter_table("article_speaker_roles") as batch:
        batch.add_column(sa.Column("job", sa.String(300), nullable=True))
    bind = op.get_bind()
    names = bind.execute(sa.text("SELECT DISTINCT name FROM article_speaker_roles")).scalars()
    for name in list(names):
        bind.execute(sa.text("UPDATE article_speaker_roles SET job = :job WHERE name = :name"),
                     {"job": job_key(name)[:300], "name": name})
    with op.batch_alter_table("article_speaker_roles") as batch:
        batch.alter_column("job", existing_type=sa.String(300), nullable=False)
    with op.batch_alter_table("profile_roles") as batch:
        batch.add_column(sa.Column("variants", sa.JSON(), nullable=True))
    _regroup("job")
    _variants()
    with op.batch_alter_table("profile_roles") as batch:
        batch.alter_column("variants", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("profile_roles") as batch:
        batch.drop_column("variants")
    _regroup("name")
    with op.batch_alter_table("article_speaker_roles") as batch:
        batch.drop_column("job")

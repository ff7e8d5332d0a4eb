"""The read benchmark's set-wise profile derivation gives what the store's own tally gives, so
its million-quote stores read like stores filled through the API."""
import sys
from pathlib import Path

from sqlalchemy import select

from profiles import tally
from profiles.migrations import upgrade
from profiles.models import ProfileAffiliation, ProfileOutlet, ProfileRole, SpeakerProfile

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from synthetic_store import Filler  # noqa: E402


def _figures(filler: Filler) -> dict:
    """Counts and dates of the quoted profiles (the tally drops the others), and their roles,
    affiliations and outlets."""
    with filler.sessions() as session:
        return {
            "profiles": session.execute(select(
                SpeakerProfile.id, SpeakerProfile.quote_count, SpeakerProfile.article_count,
                SpeakerProfile.first_quoted, SpeakerProfile.last_quoted)
                .where(SpeakerProfile.quote_count > 0).order_by(SpeakerProfile.id)).all(),
            **{table.__tablename__: sorted(tuple(row) for row in session.execute(
                select(*table.__table__.columns)))
               for table in (ProfileRole, ProfileAffiliation, ProfileOutlet)}}


def test_derived_profiles_equal_the_store_tally_profile_by_profile(store_url: str) -> None:
    upgrade(store_url)
    filler = Filler(store_url)
    filler.grow(1200)
    filler.grow(2400)
    derived = _figures(filler)
    with filler.sessions.begin() as session:
        tally.refresh(session, filler.profiles)
    tallied = _figures(filler)
    filler.engine.dispose()
    assert derived == tallied
    assert any(count > 20 for _, count, *_ in derived["profiles"])
    assert derived["profile_roles"] and derived["profile_outlets"]

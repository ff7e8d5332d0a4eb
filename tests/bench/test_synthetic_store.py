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


def test_a_kept_store_is_filled_on_by_a_later_run(store_url: str) -> None:
    """`bench/reads.py --store`: a second run carries on where the first stopped (new article,
    speaker and profile ids after the stored ones) and its figures still equal the tally."""
    upgrade(store_url)
    first = Filler(store_url)
    first.grow(1200)
    first.engine.dispose()
    later = Filler(store_url)
    later.resume()
    later.grow(2400)
    assert later.quote_count() == 2400
    derived = _figures(later)
    with later.sessions.begin() as session:
        tally.refresh(session, later.profiles)
    assert _figures(later) == derived
    later.engine.dispose()

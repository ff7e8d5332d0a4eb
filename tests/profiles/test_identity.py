"""Cross-article identity: which name variants join one profile and which stay apart (issue 5).

Names are public figures or invented; each case says what must join and what must not.
"""
from __future__ import annotations

import pytest

from profiles.identity import Candidate, choose_profile, name_key, surname_key

HILLARY = Candidate("hc", "Hillary Clinton", ("Hillary Rodham Clinton",), "person",
                    ("State Department",))
BILL = Candidate("bc", "Bill Clinton", (), "person", ("Clinton Foundation",))
RUKMINI = Candidate("rc", "Rukmini Callimachi", (), "person", ("The New York Times",))
SDF = Candidate("sdf", "Syrian Democratic Forces", ("SDF",), "organization")
PEOPLE = [HILLARY, BILL, RUKMINI, SDF]


@pytest.mark.parametrize("variant, canonical", [
    ("President Donald Trump", "Donald Trump"),
    ("Mr. Donald Trump", "donald trump"),
    ("Abu Bakr al-Baghdadi", "Abu Bakr Al-Baghdadi"),
    ("Abu Bakr al Baghdadi", "Abu Bakr al-Baghdadi"),
    ("al-Baghdadi", "Baghdadi"),
    ("José Ñúñez", "Jose Nunez"),
    ("Martin Luther King Jr.", "Martin Luther King"),
    ("Secretary of State Hillary Clinton", "Hillary Clinton"),
    ("Sen. Ted Cruz", "Ted Cruz"),
    ("Bill de Blasio", "Bill DeBlasio"),
    ("Jean-Pierre O\u2019Neill", "Jean Pierre O'Neill"),
    ("Mr. Trump's", "Trump"),
    ("Senate Minority Leader Harry Reid", "Harry Reid"),
    ("Republican presidential candidate Ted Cruz", "Ted Cruz"),
    ("White House press secretary Josh Earnest", "Josh Earnest"),
])
def test_name_variants_share_a_key(variant, canonical):
    assert name_key(variant) == name_key(canonical)


@pytest.mark.parametrize("one, other", [
    ("Hillary Clinton", "Bill Clinton"),
    ("Al Gore", "Gore"),
    ("Van Jones", "Jones"),
    ("Jennifer House", "Jennifer"),
])
def test_different_names_keep_different_keys(one, other):
    assert name_key(one) != name_key(other)


def test_misspelt_surname_shares_the_fuzzy_lookup_key():
    assert surname_key("Rukmini Calimachi") == surname_key("Rukmini Callimachi")


def test_organisation_lookup_key_is_its_acronym():
    assert surname_key("SDF", "organization") == surname_key(
        "the Kurdish-led Syrian Democratic Forces", "organization")


@pytest.mark.parametrize("name", [
    "Hillary Clinton", "Secretary Hillary Rodham Clinton", "HILLARY CLINTON", "Hillary R. Clinton",
])
def test_variants_of_a_full_name_join_its_profile(name):
    assert choose_profile(name, "person", (), PEOPLE) == "hc"


def test_misspelling_in_one_outlet_joins():
    assert choose_profile("Rukmini Calimachi", "person", (), PEOPLE) == "rc"


def test_initial_with_the_same_surname_joins():
    assert choose_profile("R. Callimachi", "person", (), PEOPLE) == "rc"


def test_transliterated_first_name_joins():
    bali = Candidate("mb", "Mustafa Bali")
    assert choose_profile("Mustapha Bali", "person", (), [bali]) == "mb"


def test_another_person_with_the_same_surname_stays_apart():
    assert choose_profile("Chelsea Clinton", "person", (), PEOPLE) is None


def test_similar_surname_with_another_first_name_stays_apart():
    assert choose_profile("Ruth Calimachi", "person", (), PEOPLE) is None


def test_short_surnames_must_match_exactly():
    cruz = Candidate("tc", "Ted Cruz")
    assert choose_profile("Ted Crus", "person", (), [cruz]) is None


def test_conflicting_middle_initials_stay_apart():
    elder = Candidate("ghwb", "George H. W. Bush")
    assert choose_profile("George W. Bush", "person", (), [elder]) is None


def test_bare_surname_without_evidence_makes_no_join():
    assert choose_profile("Clinton", "person", (), PEOPLE) is None


def test_bare_surname_joins_through_a_shared_affiliation():
    assert choose_profile("Clinton", "person", ("the State Department",), PEOPLE) == "hc"
    assert choose_profile("Clinton", "person", ("Clinton Foundation",), PEOPLE) == "bc"


def test_bare_surname_joins_through_a_shared_role():
    bill = Candidate("bc", "Bill Clinton", (), "person", (), ("former president",))
    hillary = Candidate("hc", "Hillary Clinton", (), "person", (), ("Secretary of State",))
    assert choose_profile("Clinton", "person", (), [bill, hillary],
                          roles=("secretary of state",)) == "hc"


def test_bare_surname_with_an_unrelated_affiliation_makes_no_join():
    assert choose_profile("Clinton", "person", ("Pentagon",), PEOPLE) is None


def test_two_competing_candidates_make_no_join():
    twins = [Candidate(1, "Maria Kowalczyk"), Candidate(2, "Maria Kowalzcyk")]
    assert choose_profile("Maria Kowalcyk", "person", (), twins) is None


def test_exact_key_wins_over_fuzzy_competitors():
    twins = [Candidate(1, "Maria Kowalczyk"), Candidate(2, "Maria Kowalzcyk")]
    assert choose_profile("maria kowalczyk", "person", (), twins) == 1


@pytest.mark.parametrize("name", ["SDF", "Syrian Democratic Forces",
                                  "the Kurdish-led Syrian Democratic Forces"])
def test_organisation_forms_join_the_organisation(name):
    assert choose_profile(name, "organization", (), PEOPLE) == "sdf"


def test_an_organisation_never_joins_a_person_by_a_near_name():
    assert choose_profile("Hillary Clintons", "organization", (), PEOPLE) is None
    assert choose_profile("Clinton", "organization", ("State Department",), PEOPLE) is None


def test_the_same_full_name_joins_whatever_kind_the_engine_guessed():
    assert choose_profile("Hillary Clinton", "organization", (), PEOPLE) == "hc"
    assert choose_profile("Syrian Democratic Forces", "person", (), PEOPLE) == "sdf"


def test_unnamed_sources_get_no_profile():
    assert choose_profile("a senior official", "unnamed", (), PEOPLE) is None
    assert choose_profile(None, "person", (), PEOPLE) is None

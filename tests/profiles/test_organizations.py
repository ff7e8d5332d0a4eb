"""One organisation under its full name, its acronym and descriptive forms (issue 5)."""
from __future__ import annotations

from nlp.records.results import Affiliation
from profiles.organizations import (
    canonical_organization,
    clean_org_name,
    is_acronym,
    merge_organizations,
    org_acronym,
    org_key,
    same_organization,
)


def test_descriptive_modifiers_and_article_are_not_part_of_the_name():
    assert clean_org_name("the Kurdish-led Syrian Democratic Forces") == "Syrian Democratic Forces"
    assert clean_org_name("the U.S.-backed Syrian Democratic Forces") == "Syrian Democratic Forces"


def test_possessive_is_not_part_of_the_name():
    assert clean_org_name("the Pentagon's") == "Pentagon"


def test_article_inside_a_name_is_kept():
    assert clean_org_name("Church of the Holy Sepulchre") == "Church of the Holy Sepulchre"


def test_full_name_and_descriptive_form_share_a_key():
    assert org_key("Syrian Democratic Forces") == org_key(
        "the Kurdish-led Syrian Democratic Forces")


def test_acronym_is_one_body_with_its_expansion():
    assert same_organization("SDF", None, "Syrian Democratic Forces", None)
    assert same_organization("the Kurdish-led Syrian Democratic Forces", "SDF", "SDF", None)


def test_acronym_may_skip_function_words():
    assert same_organization("NAACP", None,
                             "National Association for the Advancement of Colored People", None)


def test_dotted_acronym_equals_plain_one():
    assert same_organization("U.N.", None, "UN", None)
    assert same_organization("U.N.", None, "United Nations", None)


def test_two_full_names_sharing_an_acronym_stay_apart():
    assert not same_organization("Republican National Committee", "RNC",
                                 "Republican National Convention", "RNC")


def test_an_acronym_that_fits_no_initials_is_another_body():
    assert not same_organization("YPG", None, "Syrian Democratic Forces", None)


def test_an_acronym_follows_the_short_form_the_article_gave():
    assert not same_organization("SDF", None, "Syrian Democratic Forces", "QSD")


def test_acronyms_are_recognised_by_shape():
    assert is_acronym("SDF") and is_acronym("U.N.") and is_acronym("NATO")
    assert not is_acronym("Pentagon") and not is_acronym("A") and not is_acronym("Reuters")


def test_lookup_key_is_shared_by_full_name_and_acronym():
    assert org_acronym("Syrian Democratic Forces") == org_acronym("SDF") == "sdf"
    assert org_acronym("the Pentagon") == "pentagon"


def test_display_form_is_full_name_with_short_form():
    merged = merge_organizations(canonical_organization("SDF"),
                                 canonical_organization("the Kurdish-led Syrian Democratic Forces"))
    assert merged == Affiliation("Syrian Democratic Forces", "SDF")


def test_display_form_keeps_the_fuller_of_two_full_names():
    merged = merge_organizations(Affiliation("Democratic Forces", None),
                                 Affiliation("Syrian Democratic Forces", "SDF"))
    assert merged == Affiliation("Syrian Democratic Forces", "SDF")


def test_letters_without_a_decomposition_are_folded_not_dropped_in_organisation_keys():
    """Issue 12: `ø`, `ł`, `đ` and `ß` become `o`, `l`, `d`, `ss`; before, the key split the
    word at them (`Øresund Port Authority` -> `resund port authority`)."""
    assert org_key("Øresund Port Authority") == org_key("Oresund Port Authority") \
        == "oresund port authority"
    assert org_key("Łódź Transit Board") == "lodz transit board"
    assert org_key("Đakovo Farmers Union") == "dakovo farmers union"
    assert org_key("Straßenbahn Workers Union") == "strassenbahn workers union"


def test_acronyms_fold_like_full_names():
    """Issue 12: an acronym with such a letter is the same key as its plain spelling, and still
    blocks with the full name it abbreviates."""
    assert org_key("ØPA") == org_key("OPA") == "opa"
    assert org_acronym("Øresund Port Authority") == org_acronym("ØPA") == "opa"
    assert same_organization("ØPA", None, "Oresund Port Authority", None)
    assert same_organization("Øresund Port Authority", "ØPA", "OPA", None)


def test_letters_the_folding_keeps_stay_in_their_word():
    """Issue 12: no letter vanishes from a key, whichever script it is in."""
    assert org_key("Λιμάνι Port Board") == "λιμανι port board"
    assert org_key("Ħamrun Port Board") == "hamrun port board", "folded as papers print it"
    assert org_key("Gazprom Нефть") != org_key("Gazprom")
    assert org_key("Port_Board") == org_key("Port Board")

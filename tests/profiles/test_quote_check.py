"""The store side of "did they really say that?" (issue 15), on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from profiles import full_text, quote_search
from profiles.quote_check import check_quote
from tests.profiles.profile_fixtures import Said, Store

TARGET = "the zephyr blew over the harbour wall tonight"


def test_a_printing_the_rare_word_ranking_left_out_is_still_found(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen in bench/check.py on PostgreSQL: the query's only rare word was in more quotes than
    the index hands over, the ranking preferred quotes repeating it, and the exact printing
    came back `not_found`. Small limits stand in for the store's size here."""
    monkeypatch.setattr(quote_search, "CANDIDATES", 3)
    monkeypatch.setattr(full_text, "COMMON", 8)
    for i in range(10):
        store.ingest(f"common-{i}", Said(f"Anna Berg{i}", [
            "the harbour wall was closed", "a storm blew in tonight"]))
    for i in range(5):
        store.ingest(f"rare-{i}", Said(f"Carl Dahl{i}", [
            "zephyr zephyr zephyr, a zephyr of a zephyr"]))
    store.ingest("target", Said("Eva Lind", [TARGET]))
    result = store.read(check_quote, TARGET)
    assert result.verdict == "exact"
    assert result.matches[0].quote.article_id == "target"


def test_a_quote_of_common_words_is_found_when_the_changed_word_is_rare(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen in bench/check.py: the one word changed was rare elsewhere in the store, so it was
    the only word looked up, and the printed quote, all common words, was never a candidate."""
    monkeypatch.setattr(full_text, "COMMON", 8)
    for i in range(10):
        store.ingest(f"common-{i}", Said(f"Anna Berg{i}", [
            "the harbour wall blew over tonight"]))
    store.ingest("rare", Said("Carl Dahl", ["a zephyr came"]))
    result = store.read(check_quote, "the harbour zephyr blew over tonight")
    assert result.verdict == "altered"
    assert result.matches[0].quote.text == "the harbour wall blew over tonight"
    assert len(result.appearances) == 10

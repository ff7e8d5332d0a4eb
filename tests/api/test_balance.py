"""The shared count of connections per worker (`api/balance.py`) and when it asks for a close."""
from __future__ import annotations

import time

from api.balance import SETTLE, Shares


def two_workers(first: int, second: int) -> tuple[Shares, int, int]:
    shares = Shares(size=4)
    a = shares.claim([])
    b = shares.claim([a])
    shares.counts[a], shares.counts[b] = first, second
    return shares, a, b


def test_a_worker_two_connections_above_the_least_loaded_is_over_its_share():
    shares, a, b = two_workers(7, 9)
    assert shares.over_share(b, 9)
    assert not shares.over_share(a, 7)


def test_shares_one_apart_are_even_enough():
    shares, a, b = two_workers(8, 9)
    assert not shares.over_share(b, 9)
    assert not shares.over_share(a, 8)


def test_a_lone_worker_is_never_over_its_share():
    shares = Shares(size=4)
    only = shares.claim([])
    assert not shares.over_share(only, 50)


def test_a_released_slot_no_longer_counts_as_the_least_loaded():
    shares, a, b = two_workers(0, 9)
    shares.release(a)
    assert not shares.over_share(b, 9)


def test_claim_skips_the_slots_of_live_workers_and_reuses_freed_ones():
    shares = Shares(size=3)
    first, second = shares.claim([]), shares.claim([0])
    assert (first, second) == (0, 1)
    assert shares.claim([0, 1]) == 2
    assert shares.claim([0, 1, 2]) is None
    shares.release(1)
    assert shares.claim([0, 2]) == 1


def test_a_worker_without_a_slot_is_never_asked_to_close():
    assert not Shares(size=1).over_share(None, 1000)


def test_no_second_close_until_the_first_has_left_the_count():
    """gunicorn counts a closed connection out later: asking again would overshoot the share."""
    shares, a, b = two_workers(7, 10)
    assert shares.over_share(b, 10)
    assert not shares.over_share(b, 10)
    assert shares.over_share(b, 9)


def test_a_close_that_never_shows_in_the_count_stops_holding_back_after_a_while(monkeypatch):
    shares, a, b = two_workers(7, 10)
    assert shares.over_share(b, 10)
    later = time.monotonic() + SETTLE + 1
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert shares.over_share(b, 10)

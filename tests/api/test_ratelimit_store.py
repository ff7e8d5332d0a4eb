"""Rate-limit counters in SQL (issue 13): one count for every worker, with nothing else to run."""
from __future__ import annotations

import time

from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from api.config import Settings
from api.ratelimit_store import SqlStorage, default_uri, storage_uri


def test_counters_default_to_a_file_beside_a_sqlite_store():
    assert default_uri("sqlite:////srv/qa/quotes.db") == "sqlite:////srv/qa/quotes.ratelimits.db"
    assert default_uri("sqlite://") == "memory://"


def test_counters_default_to_the_same_postgresql_database():
    url = "postgresql+psycopg://qa@db:5432/quotes"
    assert default_uri(url) == url


def test_an_explicit_storage_wins_over_the_default():
    assert storage_uri(Settings(ratelimit_storage_uri="redis://cache:6379")) == "redis://cache:6379"
    assert storage_uri(Settings(database_url="sqlite:////x/q.db")) == "sqlite:////x/q.ratelimits.db"


def test_database_urls_open_the_sql_storage(store_url):
    assert isinstance(storage_from_string(store_url), SqlStorage)


def test_two_storages_on_one_database_share_one_count(store_url):
    """What two gunicorn workers do: each opens its own storage on the same database."""
    item = parse("3/minute")
    one, two = (FixedWindowRateLimiter(storage_from_string(store_url)) for _ in range(2))
    assert [limiter.hit(item, "k") for limiter in (one, two, one)] == [True, True, True]
    assert not two.hit(item, "k")
    assert not one.test(item, "k")
    assert one.test(item, "other")
    assert one.get_window_stats(item, "k").remaining == 0


def test_an_expired_window_starts_again(store_url):
    storage = SqlStorage(store_url)
    assert storage.incr("k", expiry=1, amount=5) == 5
    assert storage.incr("k", expiry=1) == 6
    assert time.time() < storage.get_expiry("k") <= time.time() + 1
    time.sleep(1.05)
    assert storage.get("k") == 0
    assert storage.incr("k", expiry=60) == 1


def test_clear_and_reset_forget_counts(store_url):
    storage = SqlStorage(store_url)
    storage.incr("a", 60)
    storage.incr("b", 60)
    storage.clear("a")
    assert (storage.get("a"), storage.get("b")) == (0, 1)
    assert storage.reset() == 1
    assert storage.check()


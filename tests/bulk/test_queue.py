"""How the broker is asked to treat a dead worker's messages (issue 14)."""
from bulk.queue import make_celery


def test_redis_gives_a_dead_workers_messages_back_soon_after_the_visibility_timeout():
    """kombu looks for abandoned messages every 100 s by default, which would leave a 15 s
    timeout waiting more than six times as long."""
    options = make_celery("redis://127.0.0.1:6379/0", "q", 15).conf.broker_transport_options
    assert options["visibility_timeout"] == 15
    assert options["unacked_restore_interval"] * options["unacked_restore_throttle"] <= 1.5


def test_the_default_visibility_timeout_outlasts_the_slowest_article():
    options = make_celery("redis://127.0.0.1:6379/0", "q").conf.broker_transport_options
    assert options["visibility_timeout"] >= 3600
    assert options["unacked_restore_interval"] * options["unacked_restore_throttle"] <= 10

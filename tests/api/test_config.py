"""Settings: every one has a default; strings from the environment become typed values."""
from __future__ import annotations

import nlp
from api.config import ServerSettings, Settings, ensure_sqlite_directory


def test_defaults_start_a_service_with_nothing_else_running():
    settings = Settings.from_mapping({})
    assert settings.model_name == nlp.DEFAULT_MODEL
    assert settings.database_url.startswith("sqlite:///")
    assert settings.max_text_bytes == 1_000_000
    assert settings.cors_origins == () and settings.api_keys == ()
    assert settings.ratelimit is None
    assert settings.ratelimit_storage_uri == ""  # counted beside the store (api/ratelimit_store)


def test_environment_strings_become_typed_values():
    settings = Settings.from_mapping({
        "MAX_TEXT_BYTES": "2048", "API_KEYS": "a, b,,c",
        "CORS_ORIGINS": "https://x.example https://y.example",
        "RATELIMIT": "10/second", "RATELIMIT_STORAGE_URI": "redis://cache:6379",
        "BROKER_VISIBILITY_TIMEOUT": "15"})
    assert settings.max_text_bytes == 2048
    assert settings.api_keys == ("a", "b", "c")
    assert settings.cors_origins == ("https://x.example", "https://y.example")
    assert settings.ratelimit == "10/second"
    assert settings.ratelimit_storage_uri == "redis://cache:6379"
    assert settings.broker_visibility_timeout == 15


def test_empty_values_mean_the_default():
    assert Settings.from_mapping({"RATELIMIT": "", "DATABASE_URL": ""}) == Settings()


def test_overrides_win_over_the_environment(monkeypatch):
    monkeypatch.setenv("MAX_TEXT_BYTES", "10")
    assert Settings.load().max_text_bytes == 10
    assert Settings.load({"MAX_TEXT_BYTES": 20}).max_text_bytes == 20


def test_body_limit_leaves_room_for_json_escaping():
    assert Settings(max_text_bytes=1000).max_body_bytes > 2000


def test_server_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("THREADS", "4")
    monkeypatch.setenv("BIND", "0.0.0.0:9000")
    server = ServerSettings.load()
    assert (server.workers, server.threads, server.bind) == (3, 4, "0.0.0.0:9000")


def test_each_worker_has_its_own_listening_socket_unless_reuse_port_is_turned_off(monkeypatch):
    monkeypatch.delenv("MAX_REQUESTS", raising=False)
    monkeypatch.delenv("REUSE_PORT", raising=False)
    assert ServerSettings.load().reuse_port
    monkeypatch.setenv("REUSE_PORT", "0")
    assert not ServerSettings.load().reuse_port


def test_recycled_workers_share_one_socket_unless_reuse_port_is_asked_for(monkeypatch):
    """An exiting worker's own socket would reset the connections queued on it."""
    monkeypatch.delenv("REUSE_PORT", raising=False)
    monkeypatch.setenv("MAX_REQUESTS", "1000")
    assert not ServerSettings.load().reuse_port
    monkeypatch.setenv("REUSE_PORT", "1")
    assert ServerSettings.load().reuse_port


def test_sqlite_folder_is_created(tmp_path):
    ensure_sqlite_directory(f"sqlite:///{tmp_path / 'deep' / 'er' / 'q.db'}")
    assert (tmp_path / "deep" / "er").is_dir()

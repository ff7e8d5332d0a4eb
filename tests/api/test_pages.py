"""The pages' HTTP side (issue 15): served by the app with a strict Content-Security-Policy,
no key needed to load them, nothing inline, and scripts that never write HTML."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask

PAGES = ["/", "/speakers", "/speakers/spk_0000000000000000", "/quotes", "/articles/some-id"]
STATIC = Path(__file__).resolve().parents[2] / "web" / "static"


@pytest.mark.parametrize("path", PAGES)
def test_pages_send_a_strict_content_security_policy(app: Flask, path: str) -> None:
    response = app.test_client().get(path)
    assert response.status_code == 200 and response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_nothing_inline(app: Flask, path: str) -> None:
    html = app.test_client().get(path).get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\sstyle=|\son[a-z]+=|<style", html)
    assert "http://" not in html and "https://" not in html  # no CDN: works offline


def test_pages_and_their_assets_load_without_the_key(make_app) -> None:
    client = make_app(API_KEYS="secret").test_client()
    assert client.get("/").status_code == 200
    for asset in ("app.css", "api.js", "highlight.js", "analyse.js", "favicon.svg"):
        response = client.get(f"/assets/{asset}")
        assert response.status_code == 200, asset
        assert "Content-Security-Policy" in response.headers
    assert client.get("/v1/speakers").status_code == 401


def test_scripts_put_text_from_the_api_in_as_text_never_as_html() -> None:
    for script in STATIC.glob("*.js"):
        code = script.read_text()
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(",
                             code), script.name


def test_the_page_never_embeds_a_key(make_app) -> None:
    html = make_app(API_KEYS="secret-key-1").test_client().get("/").get_data(as_text=True)
    assert "secret-key-1" not in html

"""Real pages in a real browser: Debian's Chromium driven by Playwright for Python, against the
app served by gunicorn (`tests/e2e/gunicorn.py`), API keys on, so the page must send the key
the user types. Playwright never downloads a browser here: it launches `/usr/bin/chromium`
(`.ci/run` installs it with apt); without it these tests skip, saying so."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Browser, Page, sync_playwright

from tests.browser.chromium import CHROMIUM, LAPTOP, launch
from tests.e2e.gunicorn import running_gunicorn

API_KEY = "browser-key"

if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (`apt-get install -y chromium`; .ci/run does it)",
                allow_module_level=True)


@dataclass(frozen=True)
class Site:
    url: str

    def api(self, method: str, path: str, **kwargs: object) -> requests.Response:
        return requests.request(method, f"{self.url}{path}", timeout=60,
                                headers={"Authorization": f"Bearer {API_KEY}"}, **kwargs)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("browser")
    settings = {"DATABASE_URL": f"sqlite:///{folder / 'pages.db'}", "API_KEYS": API_KEY,
                "RATELIMIT": "", "CORS_ORIGINS": "", "WEB_CONCURRENCY": "1", "THREADS": "4"}
    with running_gunicorn(settings, folder / "gunicorn.log") as url:
        yield Site(url)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab at laptop width; any console error (a CSP violation, a failed script)
    fails the test."""
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    unexpected = [e for e in errors if "401" not in e]
    assert not unexpected, unexpected

"""Screenshots of the pages for the README, at a laptop's and a phone's width.

    .venv/bin/python docs/screenshots.py          # writes docs/screenshots/*.png (~1 min)

Starts the repository's gunicorn on a scratch SQLite store, stores the README's example
article (written by the project) under two outlets, and photographs the analysis page, a
speaker's profile and "did they really say that?" in Debian's Chromium.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import requests
from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser.chromium import LAPTOP, PHONE, launch
from tests.e2e.gunicorn import running_gunicorn

OUT = Path(__file__).resolve().parent / "screenshots"
ARTICLE = (
    "City officials said on Monday 🚋 that the new tram line would open in the spring.\n\n"
    '"We have tested every stop twice," said Sarah Thompson, the director of the Metro Transit '
    'Authority (MTA). "Passengers will notice the difference on day one."\n\n'
    'Critics were less convinced. "The budget doubled in two years," said David Miller, a '
    "councillor for the Green Party.")


def shoot(page: Page, url: str, width: str) -> None:
    page.goto(f"{url}/")
    page.fill("#article-text", ARTICLE)
    page.click("#analyse")
    page.wait_for_selector("#result[data-state=done]")
    page.get_by_role("button", name="Show the quotes of Sarah Thompson").click()
    page.screenshot(path=OUT / f"analyse-{width}.png", full_page=True)
    page.goto(f"{url}/speakers")
    page.get_by_role("link", name="Sarah Thompson").click()
    page.wait_for_selector("#quotes .quote-item")
    page.screenshot(path=OUT / f"speaker-{width}.png", full_page=True)
    page.goto(f"{url}/quotes")
    page.fill("#quote-q", "The budget tripled in two years")
    page.click("#check")
    page.wait_for_selector("#hits .hit")
    page.screenshot(path=OUT / f"check-{width}.png", full_page=True)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="qa-shots-") as folder:
        settings = {"DATABASE_URL": f"sqlite:///{folder}/shots.db", "API_KEYS": "",
                    "RATELIMIT": "", "WEB_CONCURRENCY": "1"}
        with running_gunicorn(settings, Path(folder) / "gunicorn.log") as url:
            for article_id, outlet, day in [("tram-1", "City Post", "01"),
                                            ("tram-2", "Valley News", "02")]:
                requests.put(f"{url}/v1/articles/{article_id}", timeout=60, json={
                    "text": ARTICLE, "outlet": outlet, "title": f"{outlet}: tram line in spring",
                    "published_at": f"2026-03-{day}T09:00:00Z",
                    "url": f"https://news.example/{article_id}"}).raise_for_status()
            with sync_playwright() as playwright:
                browser = launch(playwright)
                for width, viewport in (("laptop", LAPTOP), ("phone", PHONE)):
                    shoot(browser.new_page(viewport=viewport), url, width)
                browser.close()
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(OUT.parent.parent), f"{png.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

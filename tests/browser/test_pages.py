"""The pages in Chromium (issue 15): a person pastes an article and finds every quote and
speaker without reading JSON; offsets in UTF-16 slice right in JavaScript; speaker pages and
"who said this?" work from the store."""
from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.chromium import PHONE
from tests.browser.conftest import API_KEY, Site

ARTICLE = (  # written for these tests: emoji and other astral characters before and in quotes
    "The harbour 🚢 reopened on Monday after a week of storms 🌊🌊.\n\n"
    '"We checked every pier twice 𝄞 before letting the ferries in," said Maria Lopez, the '
    'harbour master of the Port Authority of Riverton. "Nobody was hurt 👍."\n\n'
    'Fishermen were less pleased. "We lost seven days of work," said Tom Baker, a spokesman '
    "for the Riverton Fishing Guild.")


def use_key(page: Page) -> None:
    page.fill("#api-key", API_KEY)
    page.click("#key-form button")
    expect(page.locator("#key-state")).to_have_text("key set for this tab")


def analyse(page: Page, site: Site, text: str) -> None:
    page.goto(f"{site.url}/")
    use_key(page)
    page.fill("#article-text", text)
    page.click("#analyse")
    expect(page.locator("#result")).to_have_attribute("data-state", "done")


def test_each_highlight_is_a_quote_the_api_returned(page: Page, site: Site) -> None:
    expected = site.api("POST", "/v1/analyze", json={"text": ARTICLE}).json()["quotes"]
    analyse(page, site, ARTICLE)
    marks = page.locator("#text mark.quote")
    assert marks.all_text_contents() == [q["text"] for q in expected]
    assert len(expected) == 3
    assert page.locator("#text").text_content() == ARTICLE
    assert page.locator("#speakers .speaker-name").all_text_contents() == ["Maria Lopez",
                                                                           "Tom Baker"]
    speakers = page.locator("#speakers").text_content()
    assert "harbour master" in speakers and "Riverton Fishing Guild" in speakers
    expect(page.locator("#text .mention").first).to_have_text("Maria Lopez")
    expect(page.locator("#text .cue").first).to_have_text("said")


def test_utf16_offsets_slice_every_span_in_javascript(page: Page, site: Site) -> None:
    analyse(page, site, ARTICLE)
    mismatches = page.evaluate("""async (text) => {
        const key = sessionStorage.getItem("qa-api-key");
        const response = await fetch("/v1/analyze?offsets=utf16", {method: "POST",
            headers: {"Content-Type": "application/json", Authorization: `Bearer ${key}`},
            body: JSON.stringify({text})});
        const body = await response.json();
        const spans = [];
        for (const q of body.quotes) spans.push(q, q.cue, q.speaker && q.speaker.mention);
        for (const s of body.speakers) spans.push(...s.mentions, ...s.evidence);
        return spans.filter(Boolean).filter((s) => text.substring(s.start, s.end) !== s.text)
                    .map((s) => [s.text, text.substring(s.start, s.end)]).concat(
               body.quotes.length === 3 ? [] : [["quotes", body.quotes.length]]);
    }""", ARTICLE)
    assert mismatches == []


def test_clicking_a_speaker_picks_out_their_quotes_and_evidence_scrolls_to_the_text(
        page: Page, site: Site) -> None:
    analyse(page, site, ARTICLE)
    tom = page.get_by_role("button", name="Show the quotes of Tom Baker")
    tom.click()
    expect(tom).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#text mark.quote.focused")).to_have_text(["We lost seven days of work,"])
    expect(page.locator("#text mark.quote.dim")).to_have_count(2)
    card = page.locator(".speaker", has=page.get_by_text("Tom Baker"))
    card.get_by_role("button", name="spokesman").click()
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "spokesman"


def test_the_page_works_from_the_keyboard(page: Page, site: Site) -> None:
    page.goto(f"{site.url}/")
    use_key(page)
    page.fill("#article-text", ARTICLE)
    page.focus("#article-text")
    page.keyboard.press("Tab")  # the file input
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "analyse"
    page.keyboard.press("Enter")
    expect(page.locator("#text mark.quote")).to_have_count(3)
    page.locator("#text mark.quote").first.focus()
    assert page.evaluate("document.activeElement.tagName") == "MARK"


def test_without_the_key_the_page_asks_for_it(page: Page, site: Site) -> None:
    page.goto(f"{site.url}/")
    page.fill("#article-text", ARTICLE)
    page.click("#analyse")
    expect(page.locator("#status")).to_contain_text("needs an API key")


def test_a_phone_width_needs_no_sideways_scrolling(page: Page, site: Site) -> None:
    page.set_viewport_size(PHONE)
    analyse(page, site, ARTICLE)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    text_box = page.locator(".text-panel").bounding_box()
    side_box = page.locator(".side-panel").bounding_box()
    assert side_box["y"] >= text_box["y"] + text_box["height"]


@pytest.fixture(scope="module")
def stored(site: Site) -> dict[str, Any]:
    for article_id, outlet, day in [("harbour-a", "Coast Herald", "02"),
                                    ("harbour-b", "Valley News", "01")]:
        response = site.api("PUT", f"/v1/articles/{article_id}", json={
            "text": ARTICLE, "outlet": outlet, "published_at": f"2024-03-{day}T08:00:00Z",
            "title": f"{outlet}: the harbour reopens",
            "url": f"https://news.example/{article_id}"})
        assert response.status_code in (200, 201), response.text
    return response.json()


def test_who_said_this_marks_the_words_that_differ(page: Page, site: Site,
                                                   stored: dict[str, Any]) -> None:
    page.goto(f"{site.url}/quotes")
    use_key(page)
    page.fill("#quote-q", "we lost eight days of work")
    page.click("#search")
    hit = page.locator("#hits .hit").first
    expect(hit.locator(".who")).to_have_text("Tom Baker")
    expect(hit.locator("del.changed")).to_have_text("seven")
    expect(hit.locator("ins.changed")).to_have_text("eight")
    expect(hit).to_contain_text("2 outlets")
    page.click("#check")
    expect(page.locator("#verdict h2")).to_contain_text("Altered")
    expect(page.locator("#verdict")).to_contain_text("Valley News: the harbour reopens")


def test_a_speaker_page_shows_roles_outlets_and_quotes_with_links(
        page: Page, site: Site, stored: dict[str, Any]) -> None:
    page.goto(f"{site.url}/speakers")
    use_key(page)
    page.fill("#speaker-q", "lopez")
    page.click("#speaker-search button")
    page.get_by_role("link", name="Maria Lopez").click()
    expect(page.locator("#speaker-name")).to_have_text("Maria Lopez")
    expect(page.locator("#roles tbody")).to_contain_text("harbour master")
    expect(page.locator("#outlets li")).to_have_text(["Coast Herald", "Valley News"])
    quotes = page.locator("#quotes .quote-item")
    expect(quotes).to_have_count(4)
    expect(quotes.first).to_contain_text("Coast Herald")  # newest first
    quotes.first.get_by_role("link", name="Coast Herald: the harbour reopens").click()
    expect(page.locator("#text mark.quote")).to_have_count(3)
    expect(page.locator("#article-title")).to_have_text("Coast Herald: the harbour reopens")

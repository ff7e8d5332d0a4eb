"""Five articles about one (invented) day of an offensive, from five outlets, written for the
tests, and a fixture-free helper to store them through the API.

Who speaks: Mustafa Bali in all five (6 quotes; `SDF`, `Syrian Democratic Forces` and `the
Kurdish-led Syrian Democratic Forces` are one organisation), Donald Trump in two, Rukmini
Callimachi in two (misspelt `Calimachi` once), and one unnamed official who gets no profile.
"""
from __future__ import annotations

from typing import Any

FIVE_ARTICLES = [
    ("wire-one-offensive", "Wire One", "2019-03-01T09:00:00Z",
     ('The Syrian Democratic Forces (SDF) said on Friday that the last pocket held by the '
     'militants was close to collapse. "The last pocket will fall within days," said Mustafa '
     'Bali, a spokesman for the SDF.\n\nMr. Bali said the advance had slowed because civilians '
     'were still leaving. "We are moving slowly to protect them," he said.')),
    ("daily-two-offensive", "Daily Two", "2019-03-02T10:00:00Z",
     ('Thousands of civilians left the town overnight, according to the Kurdish-led Syrian '
     'Democratic Forces.\n\n"Civilians are still leaving the town," Mustafa Bali, the '
     'spokesman of the Syrian Democratic Forces, told reporters.\n\nPresident Donald Trump '
     'said in Washington: "It is going very well."')),
    ("radio-three-offensive", "Radio Three", "2019-03-03T11:00:00Z",
     ('SDF spokesman Mustafa Bali said the fighters were surrounded. "Our fighters are '
     'patient," Bali said.\n\n"We will see very soon," Donald Trump told reporters at the '
     'White House.')),
    ("channel-four-offensive", "Channel Four", "2019-03-04T12:00:00Z",
     ('The operation resumed at dawn. "We resumed the assault this morning," said Mustafa '
     'Bali, spokesman for the Syrian Democratic Forces.\n\n"The fighters had nowhere left to '
     'go," said Rukmini Callimachi, a reporter for The New York Times.')),
    ("gazette-five-offensive", "Gazette Five", "2019-03-05T13:00:00Z",
     ('"It is over," said Mustafa Bali, head of the media office of the Syrian Democratic '
     'Forces.\n\n"The town was silent after the last shots," said Rukmini Calimachi, a '
     'reporter for The New York Times.\n\n"We have not decided what comes next," a senior '
     'official said.')),
]


def put_all(client: Any) -> list[dict[str, Any]]:
    """PUT the five articles; returns the stored articles as answered."""
    answers = []
    for article_id, outlet, published_at, text in FIVE_ARTICLES:
        response = client.put(f"/v1/articles/{article_id}", json={
            "text": text, "outlet": outlet, "published_at": published_at,
            "title": f"{outlet}: the offensive"})
        assert response.status_code in (200, 201), response.get_json()
        answers.append(response.get_json())
    return answers


def speakers_by_name(client: Any) -> dict[str, dict[str, Any]]:
    body = client.get("/v1/speakers?limit=100").get_json()
    return {item["name"]: item for item in body["items"]}

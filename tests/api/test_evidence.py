"""Each speaker's role and affiliation carry their evidence: where in the caller's text they
were read, by which rule, with what confidence (issue 12), in every response with a speaker."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.api.test_offsets import utf16_slice

EMOJI_ARTICLE = (  # written for these tests: emoji before the title and the organisation
    '🎉🎶 Opening day. "The bridge is safe," said Ana Ruiz, a spokeswoman for the Harbor '
    'Authority. "We checked every bolt," Ruiz added.')


def evidence(quote: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    speaker = quote["speaker"]
    return speaker["role_evidence"], speaker["affiliation_evidence"]


def test_evidence_offsets_point_at_the_title_in_utf16_after_emoji(client: FlaskClient) -> None:
    body = client.post("/v1/analyze?offsets=utf16", json={"text": EMOJI_ARTICLE}).get_json()
    role, affiliation = evidence(body["quotes"][0])
    assert utf16_slice(EMOJI_ARTICLE, role["start"], role["end"]) == role["text"] == "spokeswoman"
    assert utf16_slice(EMOJI_ARTICLE, affiliation["start"], affiliation["end"]) == \
        affiliation["text"] == "Harbor Authority"
    assert (role["rule"], affiliation["rule"]) == ("apposition", "apposition")


def test_evidence_offsets_are_code_points_by_default(client: FlaskClient) -> None:
    body = client.post("/v1/analyze", json={"text": EMOJI_ARTICLE}).get_json()
    role, _ = evidence(body["quotes"][0])
    assert EMOJI_ARTICLE[role["start"]:role["end"]] == "spokeswoman"


def test_every_quote_of_a_speaker_carries_the_same_evidence(client: FlaskClient) -> None:
    quotes = client.post("/v1/analyze", json={"text": EMOJI_ARTICLE}).get_json()["quotes"]
    assert len(quotes) == 2 and evidence(quotes[0]) == evidence(quotes[1])


def test_rule_field_names_agree_with_the_evidence(client: FlaskClient) -> None:
    speaker = client.post("/v1/analyze", json={"text": EMOJI_ARTICLE}).get_json()[
        "quotes"][0]["speaker"]
    assert speaker["role_rule"] == speaker["role_evidence"]["rule"]
    assert speaker["affiliation_rule"] == speaker["affiliation_evidence"]["rule"]


def test_a_speaker_without_role_or_affiliation_has_null_evidence(client: FlaskClient) -> None:
    body = client.post("/v1/analyze", json={"text": '"Prices will rise," Bob Roe said.'})
    speaker = body.get_json()["quotes"][0]["speaker"]
    assert speaker["role_evidence"] is None and speaker["affiliation_evidence"] is None


def test_a_title_before_the_name_is_more_confident_than_a_role_from_a_linked_mention(
        client: FlaskClient) -> None:
    text = ('Harbor Authority spokeswoman Ana Ruiz opened the bridge. "It is safe," she said. '
            'The director, Tom Vale, agreed. "We are proud," the director said.')
    quotes = client.post("/v1/analyze", json={"text": text}).get_json()["quotes"]
    titled = quotes[0]["speaker"]["role_evidence"]
    assert (titled["text"], titled["rule"], titled["confidence"]) == (
        "spokeswoman", "title", 0.9)
    confidences = [q["speaker"]["role_evidence"]["confidence"] for q in quotes
                   if q["speaker"] and q["speaker"]["role_evidence"]]
    assert all(0.5 <= c <= 0.9 for c in confidences)


def test_batch_results_carry_the_evidence_analyze_gives(client: FlaskClient) -> None:
    batch = client.post("/v1/analyze/batch",
                        json={"articles": [{"text": EMOJI_ARTICLE}]}).get_json()
    alone = client.post("/v1/analyze", json={"text": EMOJI_ARTICLE}).get_json()
    assert evidence(batch["results"][0]["analysis"]["quotes"][0]) == evidence(alone["quotes"][0])


def test_a_stored_article_returns_the_evidence_wherever_its_quotes_are_read(
        make_app: Callable[..., Flask], tmp_path: Path) -> None:
    """In a store of its own, so other tests' searches never meet this article."""
    client = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'evidence.db'}").test_client()
    analyzed = client.post("/v1/analyze?offsets=utf16", json={"text": EMOJI_ARTICLE}).get_json()
    client.put("/v1/articles/evidence-harbor", json={"text": EMOJI_ARTICLE})
    stored = client.get("/v1/articles/evidence-harbor?offsets=utf16").get_json()
    assert evidence(stored["quotes"][0]) == evidence(analyzed["quotes"][0])
    profile_id = stored["quotes"][0]["speaker"]["profile_id"]
    listed = client.get(f"/v1/speakers/{profile_id}/quotes?offsets=utf16").get_json()["items"]
    found = client.get("/v1/quotes?q=checked+every+bolt&offsets=utf16").get_json()["items"]
    assert evidence(listed[-1]) == evidence(analyzed["quotes"][0])
    assert evidence(found[0]["first_appearance"]) == evidence(analyzed["quotes"][1])


def test_the_spec_documents_evidence_rule_and_confidence(client: FlaskClient) -> None:
    spec = json.loads(client.get("/openapi.json").get_data())
    schemas = spec["components"]["schemas"]
    speaker = schemas["Speaker"]["properties"]
    assert {"role_evidence", "affiliation_evidence"} <= set(schemas["Speaker"]["required"])
    assert "role" in speaker["role_evidence"]["description"]
    evidence_schema = next(s for name, s in schemas.items() if name.startswith("Evidence"))
    assert {"start", "end", "text", "rule", "confidence"} <= set(evidence_schema["properties"])
    assert "0.5 + 0.1" in evidence_schema["properties"]["confidence"]["description"]

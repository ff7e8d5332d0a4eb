"""The service as deployed: gunicorn with the repository's config, called over real HTTP."""
from __future__ import annotations

import time
import uuid

import requests

# Written for this test: three quotes, two named speakers with roles and affiliations.
ARTICLE = (
    "City officials said on Monday that the new tram line would open in the spring.\n\n"
    '"We have tested every stop twice," said Sarah Thompson, the director of the Metro Transit '
    'Authority. "Passengers will notice the difference on day one."\n\n'
    'Critics were less convinced. "The budget doubled in two years," said David Miller, a '
    "councillor for the Green Party."
)


def _by_text(quotes: list[dict]) -> dict[str, dict]:
    return {quote["text"]: quote for quote in quotes}


def test_analyze_over_http_finds_quotes_speakers_and_exact_offsets(server):
    response = requests.post(f"{server.url}/v1/analyze", json={"text": ARTICLE},
                             headers=server.auth, timeout=60)
    assert response.status_code == 200
    body = response.json()
    quotes = _by_text(body["quotes"])
    assert quotes["We have tested every stop twice,"]["speaker"]["name"] == "Sarah Thompson"
    assert quotes["The budget doubled in two years,"]["speaker"]["name"] == "David Miller"
    for quote in body["quotes"]:
        assert ARTICLE[quote["start"]:quote["end"]] == quote["text"]
        if quote["speaker"] and quote["speaker"]["mention"]:
            mention = quote["speaker"]["mention"]
            assert ARTICLE[mention["start"]:mention["end"]] == mention["text"]
    assert {"Sarah Thompson", "David Miller"} <= {speaker["name"] for speaker in body["speakers"]}


def test_plain_text_upload_works_like_curl_data_binary(server):
    response = requests.post(f"{server.url}/v1/analyze", data=ARTICLE.encode(),
                             headers={**server.auth, "Content-Type": "text/plain"}, timeout=60)
    assert response.status_code == 200
    assert "We have tested every stop twice," in _by_text(response.json()["quotes"])


def test_errors_over_http_are_problems(server):
    refused = requests.post(f"{server.url}/v1/analyze", json={"text": ARTICLE}, timeout=10)
    assert refused.status_code == 401
    assert refused.headers["Content-Type"] == "application/problem+json"
    wrong_type = requests.post(f"{server.url}/v1/analyze", data=b"<a/>", timeout=10,
                               headers={**server.auth, "Content-Type": "application/xml"})
    assert wrong_type.status_code == 415
    assert wrong_type.json()["status"] == 415


def test_rate_limit_headers_come_back_over_http(server):
    response = requests.post(f"{server.url}/v1/analyze", json={"text": "No quotes."},
                             headers=server.auth, timeout=10)
    assert response.headers["RateLimit-Limit"] == "1000"
    assert int(response.headers["RateLimit-Remaining"]) < 1000


def test_request_id_is_echoed_and_written_to_the_access_log(server):
    request_id = f"e2e-{uuid.uuid4().hex}"
    response = requests.get(f"{server.url}/healthz", headers={"X-Request-ID": request_id},
                            timeout=10)
    assert response.headers["X-Request-ID"] == request_id
    deadline = time.monotonic() + 10
    while f"request_id={request_id}" not in server.log.read_text():
        assert time.monotonic() < deadline, server.log.read_text()[-2000:]
        time.sleep(0.2)

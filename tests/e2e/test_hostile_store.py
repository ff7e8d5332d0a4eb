"""The hostile inputs that reach the store, against gunicorn on PostgreSQL (issue 13): its columns
have widths SQLite never checks, so a value longer than one was a 500 there and only there."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests

from tests.conftest import TEST_DATABASE_URL, postgresql_schema
from tests.e2e.gunicorn import running_gunicorn
from tests.e2e.hostile_inputs import BODIES
from tests.e2e.hostile_tricks import TRICKS
from tests.e2e.hostile_unseen import STORE_READS, UNSEEN
from tests.e2e.test_hostile_inputs import BUDGET, SECONDS, assert_acceptable

pytestmark = pytest.mark.skipif(not TEST_DATABASE_URL, reason="needs TEST_DATABASE_URL")

STORE_CASES = [case for case in BODIES + TRICKS + UNSEEN if case[1] in ("PUT", "PATCH", "DELETE")
               or "/merge" in case[2]] + STORE_READS

SPEAKER_PATCHES = {
    "wikidata id of 5,000 digits": {"wikidata_id": "Q" + "9" * 5_000},
    "wikidata id of 19 digits": {"wikidata_id": "Q" + "9" * 19},
    "name of 300 four-byte characters": {"name": "\U0001F600" * 300},
    "name of 301 characters": {"name": "n" * 301},
    "external id value of 200 four-byte characters": {"external_ids": {"viaf": "\U0001F600" * 200}},
    "external id name of 40 characters": {"external_ids": {"k" * 40: "v"}},
    "external id name of 41 characters": {"external_ids": {"k" * 41: "v"}},
    "external id name of surrogates": {"external_ids": {"\ud800" * 40: "v"}},
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile-store")
    with postgresql_schema(TEST_DATABASE_URL) as url:
        settings = {"DATABASE_URL": url, "API_KEYS": "", "RATELIMIT": "", "WEB_CONCURRENCY": "2",
                    "ANALYSIS_TIME_BUDGET": str(BUDGET)}
        with running_gunicorn(settings, folder / "gunicorn.log", ready="/readyz") as base:
            yield base


@pytest.mark.parametrize(("name", "method", "path", "body", "headers"), STORE_CASES,
                         ids=[case[0] for case in STORE_CASES])
def test_hostile_write_on_postgresql_is_answered_2xx_or_problem(
        server: str, name: str, method: str, path: str, body: bytes,
        headers: dict[str, str]) -> None:
    response = requests.request(method, server + path, data=body or None, headers=headers,
                                timeout=SECONDS)
    assert_acceptable(response.status_code, response.headers.get("Content-Type", ""),
                      response.content)


@pytest.mark.parametrize("name", list(SPEAKER_PATCHES))
def test_hostile_correction_of_a_real_profile_on_postgresql_is_2xx_or_problem(
        server: str, name: str) -> None:
    stored = requests.put(f"{server}/v1/articles/patch-target", timeout=SECONDS,
                          json={"text": '"We will win," said Ann Lee, the mayor.'})
    assert stored.status_code in (200, 201)
    speaker = stored.json()["speakers"][0]["profile_id"]
    response = requests.patch(f"{server}/v1/speakers/{speaker}", timeout=SECONDS,
                              data=json.dumps(SPEAKER_PATCHES[name]),
                              headers={"Content-Type": "application/json"})
    assert_acceptable(response.status_code, response.headers.get("Content-Type", ""),
                      response.content)

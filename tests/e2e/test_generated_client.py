"""A client generated from the committed openapi.yaml calls the live server and gets typed
results."""
from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "quote_attribution_client"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("sdk")
    generator = Path(sys.executable).with_name("openapi-python-client")
    result = subprocess.run(
        [str(generator), "generate", "--path", str(ROOT / "openapi.yaml"),
         "--output-path", str(folder / PACKAGE), "--meta", "none"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def test_generated_client_gets_typed_quotes_from_the_live_server(sdk, server):
    analyze = importlib.import_module(f"{PACKAGE}.api.analyze.analyze")
    models = importlib.import_module(f"{PACKAGE}.models")
    text = ('"Tickets will be free in June," said Maria Lopez, the director of the transit '
            'authority.')
    with sdk.AuthenticatedClient(base_url=server.url, token=server.api_key, timeout=60) as client:
        analysis = analyze.sync(client=client, body=models.AnalyzeRequest(text=text))
    assert isinstance(analysis, models.Analysis)
    quote = analysis.quotes[0]
    assert isinstance(quote, models.Quote)
    assert quote.text == "Tickets will be free in June,"
    assert text[quote.start:quote.end] == quote.text
    assert isinstance(quote.speaker, models.Speaker)
    assert quote.speaker.name == "Maria Lopez"
    assert quote.speaker.kind == models.SpeakerKind.PERSON


def test_generated_client_parses_problems(sdk, server):
    analyze = importlib.import_module(f"{PACKAGE}.api.analyze.analyze")
    models = importlib.import_module(f"{PACKAGE}.models")
    with sdk.AuthenticatedClient(base_url=server.url, token="not-a-key", timeout=60) as client:
        response = analyze.sync_detailed(client=client, body=models.AnalyzeRequest(text="x"))
    assert response.status_code == 401
    assert isinstance(response.parsed, models.Problem)
    assert response.parsed.status == 401


def test_generated_client_reads_the_probes(sdk, server):
    healthz = importlib.import_module(f"{PACKAGE}.api.health.healthz")
    models = importlib.import_module(f"{PACKAGE}.models")
    with sdk.Client(base_url=server.url) as client:
        health = healthz.sync(client=client)
    assert isinstance(health, models.Health)
    assert health.status == models.HealthStatus.OK

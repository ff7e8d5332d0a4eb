"""The contract: generated from the code, committed as `openapi.yaml`, valid, documented."""
from __future__ import annotations

import json

import pytest
import yaml
from openapi_spec_validator import validate

REGENERATE = "flask --app wsgi openapi write --format yaml openapi.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}


@pytest.fixture(scope="module")
def served(app) -> dict:
    return json.loads(app.test_client().get("/openapi.json").get_data())


def test_committed_spec_matches_the_served_one(client, repo_root, served):
    committed = (repo_root / "openapi.yaml").read_text()
    assert yaml.safe_load(committed) == served, f"openapi.yaml is stale: run `{REGENERATE}`"
    assert client.get("/openapi.yaml").get_data(as_text=True) == committed, REGENERATE


def test_spec_is_valid_openapi_3(served):
    assert served["openapi"].startswith("3.")
    validate(served)


def _properties(schema: dict):
    for name, prop in schema.get("properties", {}).items():
        yield name, prop
        if "items" in prop:
            yield from _properties(prop["items"])


def test_every_schema_field_has_a_description_and_an_example(served):
    missing = [
        f"{schema_name}.{field}"
        for schema_name, schema in served["components"]["schemas"].items()
        for field, prop in _properties(schema)
        if not prop.get("description") or "example" not in prop
    ]
    assert not missing


def _operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


def test_every_operation_lists_its_error_responses(served):
    for path, method, operation in _operations(served):
        codes = set(operation["responses"])
        assert {"500", "default"} <= codes, (path, method)
        if path.startswith("/v1/"):
            assert {"401", "429"} <= codes, (path, method)
            assert {"bearerAuth": []} in operation["security"]
        if "requestBody" in operation:
            assert {"400", "415", "422"} <= codes, (path, method)
        if "{" in path and method != "put":  # PUT creates what is missing
            assert "404" in codes, (path, method)
        assert operation.get("summary"), (path, method)


def test_operation_ids_are_set_and_unique(served):
    """Generated SDKs name their functions after them (`analyze.sync(...)`)."""
    ids = [operation.get("operationId") for *_, operation in _operations(served)]
    assert all(ids) and len(ids) == len(set(ids))


def test_error_responses_are_problem_json(served):
    for name, response in served["components"]["responses"].items():
        assert list(response["content"]) == ["application/problem+json"], name
        assert response["content"]["application/problem+json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"}


def test_spec_does_not_depend_on_settings(make_app, served):
    """Keys and limits switch on per deployment; the contract stays the one in openapi.yaml."""
    other = make_app(API_KEYS="k", RATELIMIT="5/minute", CORS_ORIGINS="https://a.example")
    assert json.loads(other.test_client().get("/openapi.json").get_data()) == served


def test_docs_page_loads_its_assets_from_this_server(client):
    page = client.get("/docs").get_data(as_text=True)
    assert "/openapi.json" in page
    assert "http://" not in page and "https://" not in page
    for asset in ("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"):
        assert f"/docs/assets/{asset}" in page
        response = client.get(f"/docs/assets/{asset}")
        assert response.status_code == 200 and len(response.data) > 1000
        response.close()


def test_missing_docs_asset_is_a_404_problem(client, assert_problem):
    assert_problem(client.get("/docs/assets/nope.js"), 404)

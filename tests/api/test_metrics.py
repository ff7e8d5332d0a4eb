"""`/metrics`: Prometheus text with request counts per route and status and analysis figures."""
from __future__ import annotations

from flask.testing import FlaskClient


def test_metrics_count_requests_by_route_and_status_and_time_analyses(client: FlaskClient) -> None:
    client.post("/v1/analyze", json={"text": '"We will win," said Jane Doe.'})
    client.get("/v1/articles/missing-article")
    body = client.get("/metrics").get_data(as_text=True)
    assert 'qa_http_requests_total{method="POST",route="/v1/analyze",status="200"}' in body
    assert 'route="/v1/articles/<store_id(maxlength=200):article_id>",status="404"' in body
    assert "qa_http_request_duration_seconds_bucket" in body
    assert "qa_analysis_duration_seconds_count" in body
    assert "qa_quotes_per_article_bucket" in body


def test_invented_methods_share_one_label_so_series_stay_bounded(client: FlaskClient) -> None:
    """Issue 13: each new method a client sent was a new series in every worker, without end."""
    for i in range(5):
        client.open("/healthz", method=f"ZZ{i}")
    body = client.get("/metrics").get_data(as_text=True)
    assert 'method="ZZ' not in body
    assert 'qa_http_requests_total{method="other",route="unmatched",status="405"}' in body

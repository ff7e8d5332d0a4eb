"""Prometheus metrics: requests per route and status, their latency, analysis time, quotes found.

Under gunicorn every worker is its own process: `gunicorn.conf.py` sets `PROMETHEUS_MULTIPROC_DIR`
(prometheus-client's multiprocess mode, one sample file per worker) and marks dead workers in
`child_exit`, so `/metrics` from any worker reports the whole server. Without that variable (tests,
`flask run`) the process's own registry is served.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

LABELS = ("method", "route", "status")
METHODS = frozenset({"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"})
"""Methods counted under their own name; any other a client invents is `other`, so the series
(a file per worker in multiprocess mode, and the `/metrics` page) stay bounded (issue 13)."""
REQUESTS = Counter("qa_http_requests_total", "HTTP requests answered.", LABELS)
LATENCY = Histogram("qa_http_request_duration_seconds", "Time to answer a request.", LABELS,
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
ANALYSIS = Histogram("qa_analysis_duration_seconds", "Time the engine spent on one text.",
                     buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
QUOTES = Histogram("qa_quotes_per_article", "Quotes found in one analysed text.",
                   buckets=(0, 1, 2, 5, 10, 20, 50, 100, 500))


def timed_analysis(analyze: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run `nlp.analyze` and record its time and the number of quotes it found."""
    started = time.perf_counter()
    analysis = analyze(*args, **kwargs)
    ANALYSIS.observe(time.perf_counter() - started)
    QUOTES.observe(len(getattr(analysis, "quotes", ()) or ()))
    return analysis


def _start() -> None:
    g.metrics_started = time.perf_counter()


def _record(response: Response) -> Response:
    started = g.get("metrics_started")
    if started is not None:
        rule = request.url_rule.rule if request.url_rule else "unmatched"
        method = request.method if request.method in METHODS else "other"
        labels = (method, rule, str(response.status_code))
        REQUESTS.labels(*labels).inc()
        LATENCY.labels(*labels).observe(time.perf_counter() - started)
    return response


def _exposition() -> Response:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    app.before_request(_start)
    app.after_request(_record)
    app.add_url_rule("/metrics", "metrics", _exposition, methods=["GET"])

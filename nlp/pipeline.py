"""Load the spaCy model once per process with our components appended."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from nlp import DEFAULT_MODEL
from nlp.records.analysis import to_analysis
from nlp.records.doc import install_extensions
from nlp.records.results import Analysis
from nlp.tokenization import adapt_tokenizer

COMPONENTS = ("qa_quotes", "qa_attribution", "qa_descriptors")


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model with our components, cached so gunicorn `--preload` shares one copy."""
    import nlp.components  # noqa: F401  (registers the factories)

    install_extensions()
    pipeline = spacy.load(model)
    adapt_tokenizer(pipeline)
    for name in COMPONENTS:
        pipeline.add_pipe(name)
    return pipeline


def analyze(pipeline: Language, text: str) -> Analysis:
    """Every quote in `text` with its speaker; offsets index `text` itself."""
    return to_analysis(pipeline(text))


def analyze_many(pipeline: Language, texts: Iterable[str],
                 batch_size: int = 16) -> Iterator[Analysis]:
    """`analyze` over many texts through `nlp.pipe`, in order."""
    for doc in pipeline.pipe(texts, batch_size=batch_size):
        yield to_analysis(doc)

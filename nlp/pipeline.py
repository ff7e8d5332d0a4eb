"""Load the spaCy model once per process with our tokenizer and components."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import nlp.components  # noqa: F401  (registers the factories)
from nlp import DEFAULT_MODEL
from nlp.budget import check, within
from nlp.records.analysis import foreign, to_analysis
from nlp.records.doc import SOURCE_TEXT
from nlp.records.results import Analysis
from nlp.text.pieces import CHUNK_TOKENS, chunks, token_count
from nlp.tokenization import TOKENIZER

COMPONENTS = ("qa_quotes", "qa_attribution", "qa_descriptors")


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model with our tokenizer and components, cached so gunicorn `--preload` shares one
    copy. The result serialises: `to_disk(path)` and then `spacy.load(path)` (with `nlp.pipeline`
    imported, so the factories are registered) give the same pipeline."""
    return build_pipeline(model)


def build_pipeline(model: str = DEFAULT_MODEL,
                   lexicon: Mapping[str, Any] | None = None) -> Language:
    """A new pipeline (not cached) whose components read `lexicon`'s word lists instead of the
    defaults they replace (`nlp/lexicon/__init__.py`)."""
    pipeline = spacy.load(model, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for name in COMPONENTS:
        pipeline.add_pipe(name, config={"lexicon": dict(lexicon or {})})
    return pipeline


def analyze(pipeline: Language, text: str, explain: bool = False,
            budget: float | None = None) -> Analysis:
    """Every quote in `text` with its speaker; offsets index `text` itself. With `explain`, the
    analysis also lists every rule tried for every quoted segment (`Analysis.trace`). With a
    `budget` (seconds), `nlp.budget.BudgetExceeded` is raised once the analysis has taken longer
    (at the next piece or rule: `nlp/budget.py`)."""
    with within(budget):
        answer = foreign(text)
        return answer if answer is not None else to_analysis(_annotate(pipeline, text, explain),
                                                             explain)


def _annotate(pipeline: Language, text: str, explain: bool) -> Doc:
    """The Doc with our records: in one go for an article, piece by piece for a long text or one
    with long runs of marks (`nlp/text/pieces.py`), checking the budget after each piece and
    each stage of the model."""
    parts = chunks(text)
    if parts == [[text]]:
        return _staged(pipeline, pipeline.make_doc(text), explain, pipeline.pipe_names)
    model = [name for name in pipeline.pipe_names if name not in COMPONENTS]
    doc = _joined([_staged(pipeline, _joined([_tokenized(pipeline, piece) for piece in pieces]),
                           explain, model) for pieces in parts])
    if doc.text != text:
        doc._.set(SOURCE_TEXT, text)
    return _staged(pipeline, doc, explain, COMPONENTS)


def _staged(pipeline: Language, doc: Doc, explain: bool, names: Iterable[str]) -> Doc:
    """`doc` through the pipeline's stages `names` in turn, as `pipeline(text)` runs them, with
    the budget checked after each: one stage of the model on a chunk is the longest stretch
    unchecked (issue 13: the whole model on a one-piece text was one)."""
    cfg = _explaining(explain) or {}
    for name in names:
        doc = pipeline.get_pipe(name)(doc, **cfg.get(name, {}))
        check()
    return doc


def _tokenized(pipeline: Language, piece: str) -> Doc:
    doc = pipeline.tokenizer(piece)
    doc.user_data.clear()  # the caller's text is set on the whole Doc
    check()
    return doc


def _joined(docs: list[Doc]) -> Doc:
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def analyze_many(pipeline: Language, texts: Iterable[str], batch_size: int = 16,
                 n_process: int = 1, explain: bool = False) -> Iterator[Analysis]:
    """`analyze` over many texts through `nlp.pipe`, in order; `n_process` > 1 shares the work
    among worker processes (the Doc records are plain values, so docs come back whole). A long
    text (more than one piece, `nlp/text/pieces.py`) is read piece by piece between batches, so
    its memory stays bounded as in `analyze`."""
    held: dict[int, str] = {}
    answered: dict[int, Analysis] = {}

    def readable() -> Iterator[str]:
        for i, text in enumerate(texts):
            if (answer := foreign(text)) is not None:  # not parsed: an empty stand-in
                answered[i] = answer
                yield ""
            elif chunks(text) == [[text]]:
                yield text
            else:  # read apart, in its turn: an empty stand-in keeps the order
                held[i] = text
                yield ""

    docs = (pipeline.pipe(readable(), batch_size=batch_size, n_process=n_process,
                          component_cfg=_explaining(explain)) if n_process > 1
            else _piped_in_groups(pipeline, readable(), batch_size, explain))
    for i, doc in enumerate(docs):
        if i in answered:
            yield answered.pop(i)
            continue
        text = held.pop(i, None)
        yield to_analysis(doc if text is None else _annotate(pipeline, text, explain), explain)


def _piped_in_groups(pipeline: Language, texts: Iterable[str], batch_size: int,
                     explain: bool) -> Iterator[Doc]:
    """`nlp.pipe` over groups of at most `batch_size` texts and `CHUNK_TOKENS` tokens, checking
    the budget after each group: a batch of 16 one-piece texts was one stretch of the model no
    check interrupted (issue 13: 100 texts of a token per character ran for minutes past a 15 s
    budget). In one process only: with `n_process` > 1 (the CLI, the backfill worker: no budget)
    a pipe per group would start its processes again each time."""
    group: list[str] = []
    size = 0
    for text in texts:
        tokens = token_count(text)
        if group and (len(group) == batch_size or size + tokens > CHUNK_TOKENS):
            yield from _piped(pipeline, group, explain)
            group, size = [], 0
        group.append(text)
        size += tokens
    if group:
        yield from _piped(pipeline, group, explain)


def _piped(pipeline: Language, group: list[str], explain: bool) -> list[Doc]:
    docs = list(pipeline.pipe(group, batch_size=len(group), component_cfg=_explaining(explain)))
    check()
    return docs


def _explaining(explain: bool) -> dict[str, dict[str, Any]] | None:
    """The components' settings for one call: `qa_quotes` opens a trace per segment, which the
    later components add to."""
    return {"qa_quotes": {"explain": True}} if explain else None

"""The model over many articles, in this process or in a pool of processes, results in order.

Each pool process loads the model once (the pool's initializer; forked children share the
parent's copy until they write to it) and analyses chunks through `nlp.pipe`. Only a bounded
number of chunks is in flight, so an archive of a million articles is never held in memory.
An article the engine fails on is answered with the reason instead of ending the run.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

import nlp
from nlp.records.results import Analysis

CHUNK = 8
"""Articles per `nlp.pipe` call in a pool process: enough for spaCy to batch, small enough to
keep the processes evenly busy on a short run."""
T = TypeVar("T")
Result = Analysis | str
_model: tuple[str, int] = (nlp.DEFAULT_MODEL, 1_000_000)


def _load(model: str, max_length: int) -> None:
    """Pool initializer: the model once per process."""
    global _model
    _model = (model, max_length)
    pipeline = nlp.load_pipeline(model)
    pipeline.max_length = max(pipeline.max_length, max_length)


def analyze_chunk(texts: list[str]) -> list[Result]:
    """Analyses of `texts` in order; if the batch fails, each text alone, a failure as its
    reason (an article that breaks the engine must not take its neighbours with it)."""
    pipeline = nlp.load_pipeline(_model[0])
    try:
        return list(nlp.analyze_many(pipeline, texts))
    except Exception:  # noqa: BLE001  (any engine failure is that article's, reported)
        return [_alone(pipeline, text) for text in texts]


def _alone(pipeline: object, text: str) -> Result:
    try:
        return nlp.analyze(pipeline, text)  # type: ignore[arg-type]
    except Exception as error:  # noqa: BLE001
        return f"the engine failed: {type(error).__name__}: {error}"


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyze_all(items: Iterable[tuple[T, str]], model: str, max_length: int,
                processes: int = 1) -> Iterator[tuple[T, Result]]:
    """`(tag, text)` pairs in, `(tag, analysis or reason)` out, in the same order."""
    _load(model, max_length)
    if processes <= 1:
        for chunk in _chunks(items, CHUNK):
            yield from zip((tag for tag, _ in chunk), analyze_chunk([t for _, t in chunk]))
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(processes, initializer=_load, initargs=(model, max_length)) as pool:
        pending: deque[tuple[list[T], multiprocessing.pool.AsyncResult[list[Result]]]] = deque()
        for chunk in _chunks(items, CHUNK):
            pending.append(([tag for tag, _ in chunk],
                            pool.apply_async(analyze_chunk, ([t for _, t in chunk],))))
            if len(pending) >= 2 * processes:
                tags, result = pending.popleft()
                yield from zip(tags, result.get())
        while pending:
            tags, result = pending.popleft()
            yield from zip(tags, result.get())

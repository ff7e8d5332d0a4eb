"""Read a FORMAT.md JSONL file and parse its texts once, caching the spaCy Docs on disk.

The model's own components dominate the engine's cost, so tuning runs reuse a DocBin of
parsed articles and run only our components over it (`--parsed` in the bench scripts).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from tqdm import tqdm

from nlp.records.doc import source_text


def read_jsonl(path: str | Path) -> list[dict]:
    """Every record of a JSONL file, in order."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parsed_docs(nlp: Language, texts: list[str], cache: str | Path | None) -> list[Doc]:
    """Docs after the model's own components, read from `cache` when it holds these texts.

    A cache is written only where none exists: one made for another file (the whole corpus,
    say, when scoring a subset), or by a tokenizer that split these texts otherwise, is kept,
    not used or replaced. The docs come back as a list, so the cache is on disk however the
    caller reads them. User data is kept because it holds the caller's text where the model
    read a plain-spaced copy.
    """
    if cache and Path(cache).exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [source_text(d) for d in docs] != texts:
            print(f"{cache} holds other texts: parsing without it, leaving it as it is",
                  file=sys.stderr)
        elif not _same_tokens(nlp, docs):
            print(f"{cache} was tokenized otherwise: parsing without it, leaving it as it is",
                  file=sys.stderr)
        else:
            return docs
        cache = None
    base = [name for name in nlp.pipe_names if not name.startswith("qa_")]
    with nlp.select_pipes(enable=base):
        docs = list(tqdm(nlp.pipe(texts, batch_size=16), total=len(texts), desc="parse",
                         unit="doc"))
    if cache:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def _same_tokens(nlp: Language, docs: list[Doc]) -> bool:
    """Whether the pipeline's tokenizer splits the cached texts as the cache did (a tokenizer
    change makes every cached parse stale; tokenizing alone is cheap beside parsing)."""
    return all([t.text for t in doc] == [t.text for t in nlp.make_doc(source_text(doc))]
               for doc in docs)

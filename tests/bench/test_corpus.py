"""The parse cache of the bench scripts: reused for the same texts, never clobbered by others."""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, DocBin

from bench.corpus import parsed_docs
from nlp.records.doc import source_text

FIRST = ['"We will build it," said Ana Lopez.', "The council met on Monday."]
OTHER = ['"No," said Bo Kim.']


def test_cache_made_for_other_texts_is_left_as_it_was(pipeline, tmp_path: Path):
    cache = tmp_path / "parsed.spacy"
    assert [d.text for d in parsed_docs(pipeline, FIRST, cache)] == FIRST
    written = cache.read_bytes()
    assert [d.text for d in parsed_docs(pipeline, OTHER, cache)] == OTHER
    assert cache.read_bytes() == written
    assert [d.text for d in parsed_docs(pipeline, FIRST, cache)] == FIRST


def test_cached_docs_carry_the_parse(pipeline, tmp_path: Path):
    cache = tmp_path / "parsed.spacy"
    list(parsed_docs(pipeline, FIRST, cache))
    doc = parsed_docs(pipeline, FIRST, cache)[0]
    assert doc.has_annotation("DEP") and [e.text for e in doc.ents] == ["Ana Lopez"]


def test_cache_is_written_even_when_the_caller_reads_only_part(pipeline, tmp_path: Path):
    cache = tmp_path / "parsed.spacy"
    for _text, _doc in zip(FIRST[:1], parsed_docs(pipeline, FIRST, cache)):
        pass
    assert cache.exists()


def test_cached_docs_keep_the_text_the_caller_sent(pipeline, tmp_path: Path):
    cache = tmp_path / "parsed.spacy"
    texts = ['"Yes," said Bo\u00a0Kim.']
    parsed_docs(pipeline, texts, cache)
    doc, = parsed_docs(pipeline, texts, cache)
    assert doc.text == '"Yes," said Bo Kim.' and source_text(doc) == texts[0]


def test_cache_tokenized_otherwise_is_not_used_nor_replaced(pipeline, tmp_path: Path):
    cache = tmp_path / "parsed.spacy"
    texts = ['"We will build it," said Rep. Ana Lopez (R-Tex.):"Soon."']
    words = texts[0].split(" ")  # split on spaces: what an older tokenizer made of the text
    stale = Doc(pipeline.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    DocBin(docs=[stale]).to_disk(cache)
    written = cache.read_bytes()
    doc, = parsed_docs(pipeline, texts, cache)
    assert [t.text for t in doc] == [t.text for t in pipeline.make_doc(texts[0])]
    assert cache.read_bytes() == written

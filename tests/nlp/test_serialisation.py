"""The pipeline ships: it serialises to bytes and to disk, and worker processes return the same
analyses as one process (issue 11)."""
from __future__ import annotations

import spacy
from spacy.util import get_lang_class

import nlp
from nlp.records.analysis import to_analysis

TEXTS = [
    '"We will appeal the ruling," said Dana\u00a0Whitfield, a lawyer for the Tenants Union.',
    'Ana Ruiz said,“We will win,”said Ana Ruiz again. Rep. Bo Kim (R-Tex.):"Not this year."',
    'The so-called "reform" passed. "It is a sad day," Helen Park said. "We lost," she added.',
    '"Read the bill before you vote on it,\n\n"Then vote," the senator said.',
]


def _analyses(pipeline, **pipe_options) -> list[nlp.Analysis]:
    return [to_analysis(doc) for doc in pipeline.pipe(TEXTS, **pipe_options)]


def test_pipeline_round_trips_through_bytes(pipeline):
    copy = get_lang_class(pipeline.config["nlp"]["lang"]).from_config(pipeline.config)
    copy.from_bytes(pipeline.to_bytes())
    assert _analyses(copy) == _analyses(pipeline)


def test_pipeline_saved_to_disk_loads_with_spacy_load(pipeline, tmp_path):
    pipeline.to_disk(tmp_path / "qa")
    loaded = spacy.load(tmp_path / "qa")
    assert loaded.pipe_names == pipeline.pipe_names
    assert [t.text for t in loaded(TEXTS[1])] == [t.text for t in pipeline(TEXTS[1])]
    assert _analyses(loaded) == _analyses(pipeline)


def test_saving_a_loaded_pipeline_again_keeps_the_tokenizer_as_it_was(pipeline, tmp_path):
    pipeline.to_disk(tmp_path / "first")
    spacy.load(tmp_path / "first").to_disk(tmp_path / "second")
    assert (tmp_path / "second" / "tokenizer").read_bytes() == \
        (tmp_path / "first" / "tokenizer").read_bytes()


def test_two_worker_processes_give_the_analyses_of_one(pipeline):
    assert _analyses(pipeline, n_process=2, batch_size=1) == _analyses(pipeline)
    assert list(nlp.analyze_many(pipeline, TEXTS, batch_size=2, n_process=2)) == \
        _analyses(pipeline)

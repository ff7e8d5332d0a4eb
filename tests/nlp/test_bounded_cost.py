"""The engine's cost stays linear in the text, and a time budget ends an analysis cleanly.

Every text here is written for these tests. Work is counted, not timed: each test would have
caught one super-linear path (a sentence scanned again for every speech verb in it, every cue
of a run-on sentence tried for every quote) by counting how often the inner step runs.
"""
from __future__ import annotations

import itertools

import pytest

import nlp
from nlp.budget import BudgetExceeded, check, within
from nlp.cues import clauses, cue_rules
from nlp.cues.cue import NEAR
from nlp.text.names import NameLookup, same_name
from nlp.text.pieces import CHUNK_CHARS, CHUNK_TOKENS, RUN_CHARS, chunks

ARTICLE = ('"We will finish the bridge by May," said Ana Ruiz, a spokeswoman for the port.\n\n'
           'Critics were unconvinced. "It is late already," said Tom Baker.\n\n')


def counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    """Count the calls of `module.name` while the test runs."""
    calls = [0]
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_an_article_is_read_in_one_piece():
    assert chunks(ARTICLE) == [[ARTICLE]]


def test_pieces_join_to_the_text_character_for_character():
    text = ARTICLE * 2000 + '"' * (RUN_CHARS * 7 + 3) + " tail\n" + "x" * (CHUNK_CHARS + 10)
    parts = chunks(text)
    assert "".join(piece for chunk in parts for piece in chunk) == text
    assert all(sum(map(len, chunk)) <= CHUNK_CHARS for chunk in parts)
    assert max(len(piece.split()[0]) for chunk in parts for piece in chunk
               if piece.strip()) <= RUN_CHARS


def test_chunks_end_at_paragraph_breaks_when_there_are_some():
    parts = chunks(ARTICLE * (2 * CHUNK_CHARS // len(ARTICLE)))
    assert len(parts) >= 2
    assert all("".join(chunk).endswith("\n\n") for chunk in parts[:-1])


def test_a_text_of_a_token_per_character_is_read_in_chunks_of_bounded_tokens(pipeline):
    """Issue 13: 40,000 quote marks and line breaks, under `CHUNK_CHARS`, were one piece: the
    whole model ran on 40,000 tokens with no budget check in between."""
    text = '"\n' * (CHUNK_TOKENS * 3 // 2)
    parts = chunks(text)
    assert len(parts) >= 2
    assert "".join(piece for chunk in parts for piece in chunk) == text
    assert all(len(pipeline.make_doc("".join(chunk))) <= CHUNK_TOKENS for chunk in parts)


def test_a_long_text_read_in_pieces_keeps_every_quote_and_its_offsets(pipeline):
    filler = "The council met again on Tuesday and talked about roads.\n\n" * 1000
    text = ARTICLE + filler + ARTICLE
    assert len(chunks(text)) > 1
    result = nlp.analyze(pipeline, text)
    assert [q.text for q in result.quotes] == [q.text for q in
                                               nlp.analyze(pipeline, ARTICLE).quotes] * 2
    assert all(text[q.start:q.end] == q.text for q in result.quotes)
    assert [q.speaker.name for q in result.quotes][-2:] == ["Ana Ruiz", "Tom Baker"]


@pytest.mark.parametrize("mark", ['"', "'", "“", "\"'", "("])
def test_long_runs_of_marks_are_tokenized_in_short_pieces(pipeline, mark, monkeypatch):
    """spaCy's suffix search rescans a whitespace-free run after each character it splits off:
    a run must reach the tokenizer in pieces of at most `RUN_CHARS`."""
    seen: list[int] = []
    tokenizer = pipeline.tokenizer
    monkeypatch.setattr(pipeline, "tokenizer", lambda text: seen.append(len(text))
                        or tokenizer(text))
    text = "Before. " + mark * 3000 + " after."
    result = nlp.analyze(pipeline, text)
    assert max(seen) <= RUN_CHARS + len("Before. ")
    assert all(text[q.start:q.end] == q.text for q in result.quotes)


def test_a_sentence_of_many_speech_verbs_is_read_once_for_relaying_outlets(pipeline,
                                                                          monkeypatch):
    """`"Yes," said said said … Bob.`: each `said` asked whether the sentence is relayed
    (`…, according to CNN`), rescanning the whole sentence: n² token checks."""
    calls = counting(monkeypatch, clauses, "_according_to_a_name")
    verbs = 600
    result = nlp.analyze(pipeline, '"Yes," ' + "said " * verbs + "Bob.")
    assert len(result.quotes) == 1
    assert calls[0] <= 2 * (verbs + 10)


def test_quotes_in_a_run_on_sentence_try_only_the_cues_near_them(pipeline, monkeypatch):
    """`"a," said "a," said … Bob.`: every quote tried every cue of the sentence."""
    calls = counting(monkeypatch, cue_rules, "_near_cue")
    quotes = 300
    nlp.analyze(pipeline, '"Yes," said ' * quotes + "Bob.")
    assert calls[0] <= quotes * (2 * NEAR + 10)


def test_no_budget_no_deadline():
    with within(None):
        check()
    check()


def test_an_analysis_past_its_budget_stops_with_budget_exceeded(pipeline):
    with pytest.raises(BudgetExceeded) as stopped:
        nlp.analyze(pipeline, ARTICLE * 50, budget=1e-9)
    assert stopped.value.seconds == 1e-9
    assert "budget" in str(stopped.value)


def test_a_long_text_stops_between_pieces_at_its_budget(pipeline, monkeypatch):
    pieces = [0]
    tokenizer = pipeline.tokenizer
    monkeypatch.setattr(pipeline, "tokenizer", lambda text: pieces.__setitem__(0, pieces[0] + 1)
                        or tokenizer(text))
    with pytest.raises(BudgetExceeded):
        nlp.analyze(pipeline, '"' * (RUN_CHARS * 500), budget=1e-9)
    assert pieces[0] == 1


def test_an_article_stops_after_one_stage_of_the_model_at_its_budget(pipeline, monkeypatch):
    """Issue 13: a one-piece text ran the whole model before the first budget check."""
    stages: list[str] = []
    get_pipe = pipeline.get_pipe
    monkeypatch.setattr(pipeline, "get_pipe", lambda name: stages.append(name) or get_pipe(name))
    with pytest.raises(BudgetExceeded):
        nlp.analyze(pipeline, ARTICLE, budget=1e-9)
    assert stages == pipeline.pipe_names[:1]


def test_many_texts_stop_between_groups_at_their_budget(pipeline, monkeypatch):
    """Issue 13: a batch was piped through the model with no check, so texts without quotes (no
    rule to check at) ran for minutes past the budget of their request."""
    groups: list[int] = []
    pipe = pipeline.pipe
    monkeypatch.setattr(pipeline, "pipe", lambda texts, **kw: groups.append(len(texts))
                        or pipe(texts, **kw))
    with pytest.raises(BudgetExceeded), within(1e-9):
        list(nlp.analyze_many(pipeline, iter(["The council met again.\n" * 50] * 40)))
    assert len(groups) == 1 and groups[0] <= 16


def test_an_analysis_within_its_budget_is_the_same_as_without(pipeline):
    assert nlp.analyze(pipeline, ARTICLE, budget=60) == nlp.analyze(pipeline, ARTICLE)


def test_name_lookup_finds_the_first_name_a_mention_can_be_as_trying_them_all_would():
    """The index that replaced a scan of every speaker per name must answer as the scan did."""
    words = ("ann", "lee", "doe")
    names = [n for k in (1, 2, 3) for n in itertools.product(words, repeat=k)]
    for start in range(0, len(names), 5):
        named = [(name, f"k{i}") for i, name in enumerate(names[start:start + 9])]
        lookup = NameLookup(named)
        for mention in names:
            assert lookup.first(mention) == next(
                (key for name, key in named if same_name(name, mention)), None), mention


def test_many_texts_keep_their_order_when_long_ones_are_read_in_pieces(pipeline):
    long_text = ARTICLE + "The council met again.\n\n" * (CHUNK_CHARS // 20) + ARTICLE
    texts = [ARTICLE, long_text, ARTICLE.replace("Ana Ruiz", "Eva Diaz")]
    results = list(nlp.analyze_many(pipeline, iter(texts), batch_size=2))
    assert [len(r.quotes) for r in results] == [2, 4, 2]
    assert results[1] == nlp.analyze(pipeline, long_text)
    assert results[2].quotes[0].speaker.name == "Eva Diaz"

"""Runs of name tokens: what the cited-name and counted-thing rules scan."""

from generator.actors.tokens import NAME_KINDS, name_runs, sequences, tokenize


def test_runs_are_maximal_and_hold_only_name_tokens():
    tokens = tokenize("Yesterday Orla Brennick of the Quillby Tribune met IBM staff.")
    runs = name_runs(tokens)
    assert [" ".join(t.text for t in tokens[i:j]) for i, j in runs] == [
        "Yesterday Orla Brennick",
        "Quillby Tribune",
        "IBM",
    ]
    for i, j in runs:
        assert all(t.kind in NAME_KINDS for t in tokens[i:j])
        assert i == 0 or tokens[i - 1].kind not in NAME_KINDS
        assert j == len(tokens) or tokens[j].kind not in NAME_KINDS


def test_no_connector_joins_a_run_unlike_sequences():
    tokens = tokenize("Bank of Zembla")
    assert len(name_runs(tokens)) == 2
    assert sequences(tokens) == [(0, 3)]


def test_a_text_without_capitals_has_no_run():
    assert name_runs(tokenize("nothing here, only small words.")) == []

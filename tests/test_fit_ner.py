"""The name tagger's fitting helpers (bench/fit_ner.py), on small invented inputs."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_ner import Perceptron, gold_ranges, gold_tags  # noqa: E402

from generator.actors.ner_apply import article_lines  # noqa: E402


def test_gold_names_are_carried_over_to_our_tokens_by_offset():
    text = "Quorvan Mellis's side beat Zorvan City 2-1."
    sentence = [
        ("Quorvan", "I-PER"),
        ("Mellis", "I-PER"),
        ("'s", "O"),
        ("side", "O"),
        ("beat", "O"),
        ("Zorvan", "I-ORG"),
        ("City", "I-ORG"),
        ("2-1", "O"),
        (".", "O"),
    ]
    ranges = gold_ranges(text, sentence)
    assert [text[a:b] for a, b, _ in ranges] == ["Quorvan Mellis", "Zorvan City"]
    line = article_lines("Head line here", [text], [[], []])[1]
    tags = dict(zip([t.text for t in line.tokens], gold_tags(line, ranges), strict=True))
    assert tags["Quorvan"] == "B-PER" and tags["Mellis"] == "I-PER" and tags["'s"] == "O"
    assert tags["Zorvan"] == "B-ORG" and tags["City"] == "I-ORG" and tags["beat"] == "O"


def test_iob1_b_tag_splits_two_names_of_one_class_side_by_side():
    ranges = gold_ranges("Tavik Brelk", [("Tavik", "I-PER"), ("Brelk", "B-PER")])
    assert [(a, b) for a, b, _ in ranges] == [(0, 5), (6, 11)]


def test_averaged_perceptron_learns_and_averages():
    model = Perceptron()
    for _ in range(5):
        model.update(["shape=cap"], "B-PER", "O")
        model.update(["shape=low"], "O", "O")
    table = model.averaged({"shape=cap", "shape=low"})
    assert table["shape=cap"]["B-PER"] > 0 > table["shape=cap"]["O"]
    assert "shape=low" not in table  # never wrong, never moved
    assert table["shape=cap"]["B-PER"] < 5  # averaged over the steps, not the last value

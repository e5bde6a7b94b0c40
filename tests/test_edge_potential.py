"""The edge-potential measure (bench/edge_potential.py), on small invented pages."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from edge_potential import edges, inner_extras  # noqa: E402

PRECISE = "Mid one of the Varnel story.\n\nMid two of the Varnel story."
SECOND = (
    "# Varnel floods the valley\n\n"
    "Lead line the precise run missed.\n\n"
    "Mid one of the Varnel story.\n\n"
    "Mid two of the Varnel story.\n\n"
    "Read more: other stories"
)


def test_gold_paragraphs_at_the_edges_are_counted_with_the_recall_they_bring():
    gold = "Lead line the precise run missed.\nMid one of the Varnel story.\nMid two of the Varnel story."
    found = edges(PRECISE, SECOND, gold)
    assert (found.candidates, found.gold) == (3, 1)
    # "lead line precise run missed" brings 6 of the gold's 18 words; "the" is counted too
    assert round(found.recall_gain, 4) == round(6 / 18, 4)


def test_furniture_at_the_edges_brings_nothing():
    gold = "Mid one of the Varnel story.\nMid two of the Varnel story."
    found = edges(PRECISE, SECOND, gold)
    assert (found.candidates, found.gold, found.recall_gain) == (3, 0, 0.0)


def test_no_shared_paragraph_means_no_edges():
    found = edges("Something else entirely.", SECOND, "Something else entirely.")
    assert (found.candidates, found.gold, found.recall_gain) == (0, 0, 0.0)


def test_another_extractors_inner_extras_are_split_into_gold_and_other_words():
    body = "First kept line of the Varnel story.\n\nLast kept line of the Varnel story."
    others = [
        "Menu before the body",
        "First kept line of the Varnel story.",
        "A missed middle line.",
        "Share this article",
        "Last kept line of the Varnel story.",
        "Comments after the body",
    ]
    gold = body + "\nA missed middle line."
    right, wrong, gain = inner_extras(body, others, gold)
    assert (right, wrong) == (4, 3)
    assert round(gain, 4) == round(4 / 18, 4)


def test_no_extras_without_a_paragraph_the_body_has():
    assert inner_extras("Kept text here.", ["Other text entirely."], "Kept text here.") == (
        0,
        0,
        0.0,
    )

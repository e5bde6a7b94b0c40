"""The actor gold's scoring (recall, precision, names in passing), on invented articles."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from actor_gold import GOLD, Listed, Score, folded, score_article  # noqa: E402


def listed(kind: str, *names: str) -> Listed:
    return Listed(kind, names[0], frozenset(folded(n) for n in names))


GOLD_ARTICLE = {
    "expected": [
        {"name": "Ada Velk", "aliases": ["Velk"]},
        {"name": "The Orvane Council"},
        {"name": "Bo Lind"},
    ],
    "acceptable": [{"name": "Kestrel Labs"}],
}


def test_a_name_is_folded_for_case_a_leading_the_and_quotes():
    assert folded("THE  Orvane’s Council") == "orvane's council"
    assert folded("Theodor Brune") == "theodor brune"


def test_recall_counts_expected_actors_carrying_any_of_their_names():
    found = [listed("person", "Velk"), listed("organisation", "orvane council")]
    score, missed, false = score_article(GOLD_ARTICLE, found)
    assert (score.expected, score.found) == (3, 2)
    assert missed == ["Bo Lind"]
    assert false == []


def test_precision_leaves_out_actors_named_in_passing():
    found = [
        listed("person", "Ada Velk"),
        listed("organisation", "Kestrel Labs"),
        listed("person", "Strategy Officer"),
    ]
    score, _, false = score_article(GOLD_ARTICLE, found)
    assert (score.listed, score.right, score.passable) == (3, 1, 1)
    assert score.precision == 0.5
    assert [a.name for a in false] == ["Strategy Officer"]


def test_an_actor_matching_by_an_alias_it_carries_is_right():
    score, _, _ = score_article(GOLD_ARTICLE, [listed("person", "A. Velk", "Ada Velk")])
    assert score.right == 1


def test_scores_add_up_across_articles():
    total = Score(3, 2, 4, 2, 1) + Score(1, 1, 1, 0, 0)
    assert total == Score(4, 3, 5, 2, 1)
    assert round(total.recall, 3) == 0.75
    assert round(total.precision, 3) == 0.5


def test_the_gold_file_has_a_header_and_twenty_articles_each_with_names():
    data = json.loads(GOLD.read_text("utf-8"))
    assert data["header"]
    assert len(data["articles"]) == 20
    for entry in data["articles"].values():
        for actor in entry["expected"] + entry["acceptable"]:
            assert actor["name"].strip() and all(a.strip() for a in actor.get("aliases", []))

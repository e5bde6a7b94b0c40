"""The actor gold's scoring (recall, precision, names in passing), on invented articles."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import pytest  # noqa: E402
from actor_gold import (  # noqa: E402
    GOLD,
    AmbiguousKey,
    Listed,
    Score,
    folded,
    gold_key,
    read_files,
    score_article,
)
from split import part_of  # noqa: E402


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


def read_names(count: int, stem: str = "page-") -> list[str]:
    """The first `count` invented `.html` names of the read part (`bench/split.py`)."""
    names = (f"{stem}{i}.html" for i in range(100, 1000))
    return [n for n in names if part_of(n) == "read"][:count]


def test_a_gold_key_is_the_whole_id_or_its_first_twelve_characters():
    hexa = "0123456789ab" + "c" * 52
    assert gold_key(f"{hexa}.txt", {"0123456789ab"}) == "0123456789ab"
    assert gold_key("outlet.example-storm.html", {"outlet.example-storm"}) == "outlet.example-storm"
    assert gold_key("outlet.example-storm.html", {"other"}) is None
    assert gold_key("outlet.example-storm.html") == "outlet.examp"


def test_gold_articles_are_read_by_whole_id_or_prefix_across_folders(tmp_path):
    pages, text = tmp_path / "pages", tmp_path / "text"
    pages.mkdir()
    text.mkdir()
    wanted, other = read_names(2)
    long_name = read_names(1, "f" * 61)[0].replace(".html", ".txt")  # a 64-character id
    for path in (pages / wanted, pages / other, text / long_name):
        path.write_text("x")
    keys = {wanted.removesuffix(".html"), long_name[:12]}
    assert read_files([pages, text], "read", keys) == [pages / wanted, text / long_name]


def test_a_key_that_two_read_files_answer_to_is_refused(tmp_path):
    for name in read_names(2, "samekeyprefix"):  # ids sharing their first 12 characters
        (tmp_path / name).write_text("x")
    with pytest.raises(AmbiguousKey, match="'samekeyprefi' names both"):
        read_files([tmp_path], "read", {"samekeyprefi"})


def test_the_third_gold_is_a_held_out_check_of_24_articles_with_its_skips_explained():
    data = json.loads((GOLD.parent / "actors_gold_read3.json").read_text("utf-8"))
    assert any("Nobody tunes on this set" in line for line in data["header"])
    assert len(data["folders"]) == 3 and len(data["articles"]) == 24
    assert all(": " in skip for skip in data["skipped"])
    for entry in data["articles"].values():
        for actor in entry["expected"] + entry["acceptable"]:
            assert actor["name"].strip() and all(a.strip() for a in actor.get("aliases", []))


def test_the_third_events_gold_has_dates_and_keywords_for_articles_of_the_actor_gold():
    events = json.loads((GOLD.parent / "events_gold_read3.json").read_text("utf-8"))
    actors = json.loads((GOLD.parent / "actors_gold_read3.json").read_text("utf-8"))
    assert set(events["articles"]) <= set(actors["articles"])
    for expected in events["articles"].values():
        for event in expected:
            assert len(event["date"]) in (4, 7, 10) and event["keywords"] and event["name"]


def test_the_fourth_gold_holds_read_articles_in_other_languages_none_of_the_earlier_golds():
    data = json.loads((GOLD.parent / "actors_gold_read4.json").read_text("utf-8"))
    assert data["folders"] == ["htmldate-pages/pages"] and len(data["articles"]) == 14
    assert all(part_of(key) == "read" for key in data["articles"])
    earlier = set()
    for name in ("actors_gold_read.json", "actors_gold_read2.json", "actors_gold_read3.json"):
        earlier |= set(json.loads((GOLD.parent / name).read_text("utf-8"))["articles"])
    assert not set(data["articles"]) & earlier
    assert not {key[:12] for key in data["articles"]} & earlier
    assert all(": " in skip for skip in data["skipped"])
    for entry in data["articles"].values():
        for actor in entry["expected"] + entry["acceptable"]:
            assert actor["name"].strip() and all(a.strip() for a in actor.get("aliases", []))

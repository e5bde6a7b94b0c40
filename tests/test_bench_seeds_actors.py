"""The seeds' full actor gold scoring (bench/seeds_actors.py), on invented actors."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from seeds_actors import Built, figures, key, load_gold, notes, read_gold, score  # noqa: E402

GOLD = {
    "actors": [
        {"name": "Velkland", "type": ["state"], "names": ["Velkland", "Velkish", "Orbury"]},
        {
            "name": "Velkish navy",
            "type": ["organisation", "state"],
            "names": ["Velkish navy"],
            "part_of": ["Velkland"],
        },
        {
            "name": "Tower",
            "type": ["organisation"],
            "names": ["Tower"],
            "part_of": ["Velkland"],
            "may_merge_into": "Velkland",
        },
        {"name": "Ada Morn", "type": ["person"], "names": ["Ada Morn", "Morn"]},
        {
            "name": "Dunmark rebels",
            "type": ["political-group"],
            "names": ["Dunmark rebels", "rebels"],
            "collective": True,
        },
        {
            "name": "rebel delegation",
            "type": ["political-group"],
            "names": ["rebel delegation"],
            "part_of": ["Dunmark rebels"],
        },
        {"name": "Kestrel Labs", "type": ["organisation"], "names": [], "expected": False},
    ],
    "not_actors": [
        {"why": "photo credit", "names": ["Ivo Pask"]},
        {"why": "places only", "names": ["Lunport"]},
    ],
}


def built(name, kind, *aliases, id=None, part_of=None, mentions=1):
    return Built(id or key(name), name, kind, aliases, part_of, mentions)


def test_a_name_is_keyed_for_case_spaces_quotes_and_a_leading_the():
    assert key("THE  Velkland’s   navy") == "velkland's navy"
    assert key("Theodora") == "theodora"


def test_a_name_in_two_entries_is_refused():
    data = {**GOLD, "actors": [*GOLD["actors"], {"name": "X", "type": [], "names": ["Morn"]}]}
    with pytest.raises(ValueError, match="'morn' in both Ada Morn and X"):
        load_gold(data)
    data = {**GOLD, "not_actors": [{"why": "credit", "names": ["Ada Morn"]}]}
    with pytest.raises(ValueError, match="both Ada Morn and no actor"):
        load_gold(data)


def test_each_actor_is_right_wrong_or_not_in_the_gold():
    gold = load_gold(GOLD)
    actors = [
        built("Velkland", "state", "Orbury", "Tower", mentions=9),
        built("Ada Morn", "person", "Morn", mentions=3),
        built("Morn", "person", id="morn-2"),
        built("Ivo Pask", "person"),
        built("Dunmark rebels", "political-group", "Velkish"),
        built("Brennic Guild", "organisation"),
    ]
    verdicts = score(gold, actors)["verdicts"]
    assert verdicts == [
        ["Velkland", "right", "Velkland", ""],
        ["Ada Morn", "right", "Ada Morn", ""],
        ["Morn", "wrong", "Ada Morn", "repeats Ada Morn"],
        ["Ivo Pask", "wrong", None, "photo credit"],
        ["Dunmark rebels", "wrong", "Dunmark rebels", "merges Velkland"],
        ["Brennic Guild", "unknown", None, ""],
    ]


def test_recall_counts_an_organ_merged_into_its_state_but_not_a_conflated_one():
    gold = load_gold(GOLD)
    actors = [
        built("Velkland", "state", "Tower"),
        built("Ada Morn", "person"),
        built("Dunmark rebels", "political-group", "Velkish navy"),
    ]
    found = score(gold, actors)["found"]
    assert found == {
        "Velkland": True,
        "Velkish navy": False,
        "Tower": True,
        "Ada Morn": True,
        "Dunmark rebels": False,
        "rebel delegation": False,
    }


def test_types_and_parents_are_judged_on_right_actors():
    gold = load_gold(GOLD)
    actors = [
        built("Velkland", "state"),
        built("Velkish navy", "armed-group", part_of="velkland"),
        built("Rebels", "political-group", id="rebels"),
        built("Rebel delegation", "organisation", part_of="velkland"),
        built("Ada Morn", "person", part_of="rebels"),
        built("Kestrel Labs", "organisation"),
    ]
    record = score(gold, actors)
    assert record["types"] == [
        ["Velkland", "state", True],
        ["Velkish navy", "armed-group", False],
        ["Dunmark rebels", "political-group", True],
        ["rebel delegation", "organisation", False],
        ["Ada Morn", "person", True],
        ["Kestrel Labs", "organisation", True],
    ]
    assert record["parts"] == [
        ["Velkish navy", "Velkland", True],
        ["rebel delegation", "Velkland", False],
        ["Ada Morn", "Dunmark rebels", False],
    ]
    values = figures(record)
    assert values["actors precision (full gold)"] == 1.0
    assert values["actors recall (full gold)"] == 5 / 6  # all but Tower
    assert values["collective actors recall (full gold)"] == 1.0  # Dunmark rebels
    assert values["actor types right (full gold)"] == 4 / 6
    assert values["part_of right (full gold)"] == 1 / 3


def test_aliases_that_name_no_actor_and_the_notes():
    gold = load_gold(GOLD)
    actors = [built("Dunmark rebels", "political-group", "Lunport"), built("Zed", "person")]
    record = score(gold, actors)
    assert record["wrong aliases"] == [["Dunmark rebels", "Lunport", "places only"]]
    assert figures(record)["aliases that name no actor"] == 1
    assert figures(record)["actors not in the full gold"] == 1
    lines = notes(record)
    assert "- full gold, missed: Ada Morn, Tower, Velkish navy, Velkland, rebel delegation" in lines
    assert "- not in the full gold (judge them and grow it): Zed" in lines


def test_the_seeds_full_gold_loads():
    gold = read_gold()
    assert sum(a.expected for a in gold.actors) >= 40
    assert all(
        p is None or p in {a.name for a in gold.actors}
        for a in gold.actors
        for p in a.parents or ()
    )

"""The per-rule measure of the HTML merge (bench/body_rules.py), on invented paragraphs."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_rules import RULES, changes  # noqa: E402

from generator.clean.html_merge import merge_inner  # noqa: E402

FIRST = "The ferry board met on Monday to agree the new winter timetable for the island."
SECOND = "Crossings will run every forty minutes from the first of November onwards."
THIRD = "Season tickets keep their fares until the end of March, the board said."


def test_changes_lists_what_a_rule_takes_away_and_adds() -> None:
    cut = f"Read more\n{SECOND}"
    merged = "\n\n".join([FIRST, SECOND, THIRD])
    without = "\n\n".join([FIRST, cut, SECOND, THIRD])
    assert changes(merged, without) == [f"    - {cut[:160]!r}"]
    assert changes(without, merged) == [f"    + {cut[:160]!r}"]
    assert changes(merged, merged) == []


def test_every_listed_rule_can_be_turned_off_in_the_merge() -> None:
    precise = "\n\n".join([FIRST, SECOND, THIRD])
    balanced = "\n\n".join([FIRST, f"Read more\n{SECOND}", THIRD])
    for rule in RULES:
        assert merge_inner(precise, balanced, **{rule: False}) != merge_inner(precise, balanced)

"""The by-kind count of what our HTML body cuts (bench/body_kinds.py), on invented blocks."""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_kinds import block_kind, lost_by_kind, table  # noqa: E402

LONG = "The ferry board met on Monday to agree the new winter timetable for the island."


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("## Fares", "heading"),
        ("- Bus fares\n- Rail fares", "list item"),
        ("2) Rail fares", "list item"),
        ("| Route | Fare |", "table row"),
        ("> A quoted line", "block quote"),
        ("```\nprint(1)\n```", "code"),
        ("The pier at dawn. Photo: Ann Lee", "caption-like line"),
        ("Yes, it will.", "short paragraph"),
        (LONG, "other paragraph"),
    ],
)
def test_a_block_kind_comes_from_its_markup_then_its_length(block: str, kind: str) -> None:
    assert block_kind(block, 0, 10) == kind


def test_a_plain_paragraph_among_the_last_blocks_counts_as_the_last_paragraphs() -> None:
    assert block_kind(LONG, 7, 10) == "last paragraphs"
    assert block_kind("## Fares", 9, 10) == "heading"


def test_only_gold_words_the_library_keeps_and_we_cut_are_counted_once() -> None:
    gold = "Fares rise\nboard met Monday"
    balanced = "## Fares rise\n\nboard met Monday\n\nFares rise again"
    lost = lost_by_kind(gold, final="board met Monday", alone="Fares rise board", balanced=balanced)
    assert lost == Counter({"heading": 2 / 5})  # "Fares rise", counted in its first block
    assert lost_by_kind(gold, final=gold, alone=gold, balanced=balanced) == Counter()
    assert lost_by_kind(gold, final="", alone="Monday", balanced="") == Counter({"elsewhere": 0.2})


def test_the_table_gives_points_per_page_of_each_part() -> None:
    totals = {"read": Counter({"heading": 0.5}), "unread": Counter()}
    lines = table(totals, Counter({"read": 2, "unread": 3}))
    assert "| heading | 0.2500 | 0.0000 |" in lines
    assert lines[-1] == "| all | 0.2500 | 0.0000 |"

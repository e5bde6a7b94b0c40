"""The line-level loss list of the HTML body (bench/body_lost_lines.py), on invented texts."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from body_lost_lines import Text, _table, holds, lost_lines, place, removal_of  # noqa: E402

LEDE = "The ferry board met on Monday to agree the new winter timetable for the island."
MIDDLE = "Crossings will leave every two hours from the north pier until the end of March."
TAIL = "The board will meet again in April to look at the summer fares and the new quay."


def test_a_line_is_held_by_its_words_in_a_row_or_most_words_of_a_long_line() -> None:
    text = Text.of(f"{LEDE}\n\n**Crossings** will leave every two hours from the north pier.")
    assert holds(text, "agree the new winter timetable")
    assert not holds(text, "winter agree")  # a short line needs its words in a row
    assert holds(text, "Crossings will leave every two hours from the north pier")
    assert not holds(text, TAIL)
    assert not holds(text, "...")


def test_a_lost_line_is_put_on_the_removal_that_holds_most_of_its_words() -> None:
    taken = [("removed: metadata: title", "Ferry times"), ("removed: cleaner: teaser", TAIL)]
    assert removal_of(TAIL, taken) == "removed: cleaner: teaser"
    assert removal_of("Ferry times change", taken) == "removed: metadata: title"
    assert removal_of(MIDDLE, taken) == "removed: unexplained"


def test_place_says_where_the_balanced_run_has_the_line_against_the_shared_ones() -> None:
    precise = f"{LEDE}\n\n{TAIL}"
    balanced = f"## Ferries\n\n{LEDE}\n\n{MIDDLE}\n\n{TAIL}\n\nRead more"
    assert place(precise, balanced, "Ferries") == ("before", 0)
    assert place(precise, balanced, MIDDLE) == ("between", 2)
    assert place(precise, balanced, "Read more") == ("after", 4)


def test_only_lines_trafilatura_alone_keeps_and_our_body_lacks_are_listed() -> None:
    texts = {
        "precise": LEDE,
        "balanced": f"{LEDE}\n\n## Winter fares\n\n{TAIL}",
        "extract_page": f"{LEDE}\n\n{MIDDLE}",
        "final": LEDE,
    }
    gold = f"{LEDE}\n{MIDDLE}\nWinter fares\n{TAIL}\nOnly the gold has this line"
    peer = f"{LEDE}\n{MIDDLE}\nWinter fares\n{TAIL}"
    taken = [("removed: cleaner: timetable", MIDDLE)]
    lost = {line: (stage, kind) for stage, kind, _, line in lost_lines(texts, peer, gold, taken)}
    assert lost == {
        MIDDLE: ("removed: cleaner: timetable", "paragraph"),
        "Winter fares": ("merge left out (after)", "heading"),
        TAIL: ("merge left out (after)", "last paragraphs"),
    }


def test_a_line_no_run_of_ours_has_is_put_on_neither_run() -> None:
    texts = {"precise": LEDE, "balanced": LEDE, "extract_page": LEDE, "final": LEDE}
    lost = lost_lines(texts, f"{LEDE}\nFares rise", f"{LEDE}\nFares rise", [])
    assert [(stage, kind) for stage, kind, _, _ in lost] == [("neither of our runs", "short line")]
    assert lost[0][2] == 2 / (len(LEDE.split()) + 2)  # the line's words over the gold's


def test_the_table_gives_points_per_page_of_each_part_and_their_sum() -> None:
    totals = {"read": Counter({"a": 0.5, "b": 0.1}), "unread": Counter({"b": 0.3})}
    rows = _table("stage", totals, Counter({"read": 2, "unread": 3}))
    assert "| a | 0.2500 | 0.0000 |" in rows
    assert "| b | 0.0500 | 0.1000 |" in rows
    assert rows[-1] == "| all | 0.3000 | 0.1000 |"


def test_removals_name_the_header_fields_and_the_cleaners_reasons() -> None:
    from body_lost_lines import removals
    from body_stages import stage_texts

    prose = f"{LEDE} {MIDDLE} {TAIL}"
    page = (
        "<html><head><title>Ferry times change</title></head><body><article>"
        "<h1>Ferry times change</h1><p>By Ada Quist</p>"
        f"<p>{prose}</p><p>{prose.replace('Monday', 'Tuesday')}</p>"
        "</article></body></html>"
    )
    _, cleaned, article = stage_texts(page)
    taken = removals(cleaned, article)
    assert ("removed: metadata: title", "Ferry times change") in taken
    assert ("removed: metadata: authors", "Ada Quist") in taken
    assert all(text for _, text in taken)

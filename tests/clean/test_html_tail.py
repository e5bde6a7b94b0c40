"""The precise run stopping one section early: the balanced run's next section is taken,
its furniture is not."""

from __future__ import annotations

from generator.clean.html_merge import merge_inner
from generator.clean.html_tail import heading_level, next_section, section_levels

FIRST = "The harbour board met on Monday to agree the new ferry timetable for winter."
SECOND = "Crossings will run every forty minutes from the first of November onwards."
THIRD = "Passengers with season tickets keep their fares until the end of March, it said."
FOURTH = "The board will review the timetable again before the summer season starts."
PRECISE = [FIRST, "## Crossings", SECOND]


def join(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_heading_levels_are_read_from_one_line_markdown_headings() -> None:
    assert heading_level("## Fares") == 2
    assert heading_level("###### Notes") == 6
    assert heading_level("#hashtag") == 0
    assert heading_level("## Fares\nand more") == 0
    assert heading_level(FIRST) == 0


def test_the_title_heading_does_not_count_as_a_section_level() -> None:
    assert section_levels(["# Ferries", FIRST, "### Fares", SECOND]) == {3}
    assert section_levels(["# Ferries", FIRST, SECOND]) == frozenset()


def test_the_next_section_at_the_articles_own_level_is_taken_with_its_prose() -> None:
    balanced = join(*PRECISE, "## Fares", THIRD, FOURTH, "- Bus fares\n- Rail fares")
    assert merge_inner(join(*PRECISE), balanced) == join(*PRECISE, "## Fares", THIRD, FOURTH)


def test_a_heading_at_a_level_the_article_does_not_use_is_left_out() -> None:
    balanced = join(*PRECISE, "### Fares", THIRD)
    assert merge_inner(join(*PRECISE), balanced) == join(*PRECISE)


def test_a_furniture_heading_is_left_out_even_over_prose() -> None:
    assert next_section(PRECISE, ["## Related stories", THIRD]) == []
    assert next_section(PRECISE, ["## Leave a comment", THIRD]) == []


def test_a_heading_over_no_prose_is_left_out() -> None:
    assert next_section(PRECISE, ["## Today on the site", "Please wait..."]) == []
    assert next_section(PRECISE, ["## Fares"]) == []


def test_a_section_whose_text_the_article_already_has_is_not_added() -> None:
    balanced = join(*PRECISE, "## Again", FIRST)
    assert merge_inner(join(*PRECISE), balanced) == join(*PRECISE)


def test_the_rule_can_be_turned_off_for_measuring() -> None:
    balanced = join(*PRECISE, "## Fares", THIRD)
    assert merge_inner(join(*PRECISE), balanced, sections=False) == join(*PRECISE)

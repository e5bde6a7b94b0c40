"""An article's own tables and lists are kept, furniture still goes (#13, #14): results,
standings and score lines after the prose, against a menu and a related-links list."""

from __future__ import annotations

import time

from generator.clean import clean
from generator.clean.blocks import describe
from generator.clean.own_content import numeric_runs
from generator.clean.own_evidence import numbers, same_shape
from generator.models import Cleaned, RawArticle

INTRO = (
    "Westmoor Rovers beat Harbour Town 2-1 on Saturday to go top of the northern league, "
    "their first win away from home since the spring.\n\n"
    "Results of the northern league on Saturday:"
)
RESULTS = (
    "Westmoor Rovers 2 Harbour Town 1",
    "Eastfield Athletic 0 Millbrook United 0",
    "Kingsbridge City 3 Oldport Wanderers 1",
    "Stonehaven 1 Redcliff Albion 4",
)
STANDINGS = (
    "Westmoor Rovers 12 8 2 2 24 11 26",
    "Redcliff Albion 12 7 3 2 20 10 24",
    "Kingsbridge City 12 6 3 3 18 14 21",
    "Millbrook United 12 4 4 4 15 15 16",
)
MENU = "* [Home](#)\n* [News](#)\n* [Sport](#)\n* [Weather](#)\n* [Contact](#)"
RELATED = (
    "[Rovers sign new goalkeeper](#)\n\n"
    "[Harbour Town manager leaves after defeat](#)\n\n"
    "[Ground works to start in June](#)\n\n"
    "[Ticket prices frozen for next season](#)"
)


def cleaned(text: str) -> Cleaned:
    return clean(RawArticle(id="case", source="case.txt", text=text, format="text"))


def kept(result: Cleaned) -> list[str]:
    return [p.text for p in result.blocks]


def test_a_results_table_after_the_prose_is_kept() -> None:
    result = cleaned(INTRO + "\n\n" + "\n\n".join(RESULTS))
    assert all(row in kept(result) for row in RESULTS)
    assert not result.removed


def test_a_standings_list_after_the_prose_is_kept() -> None:
    text = INTRO.replace("Results", "Standings") + "\n\n" + "\n\n".join(STANDINGS)
    result = cleaned(text)
    assert all(row in kept(result) for row in STANDINGS)


def test_score_lines_inside_the_body_are_kept_gallery_controls_are_not() -> None:
    scores = "\n\n".join(("Rovers 2 Town 1", "Athletic 0 United 0", "City 3 Wanderers 1"))
    gallery = "Caption\n\nClose\n\nImage 1 of 4"
    after = "The league resumes next Saturday, when Rovers travel to the coast to play Redcliff."
    text = f"{INTRO}\n\n{scores}\n\n{after}\n\n{gallery}\n\n{after.replace('next', 'on the')}"
    result = cleaned(text)
    assert "City 3 Wanderers 1" in kept(result)
    assert {r.text: r.reason for r in result.removed}["Image 1 of 4"] == "page controls"


def test_a_navigation_list_is_removed_beside_a_kept_table() -> None:
    result = cleaned(MENU + "\n\n" + INTRO + "\n\n" + "\n\n".join(RESULTS))
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Home\nNews\nSport\nWeather\nContact"] == "navigation"
    assert "Kingsbridge City 3 Oldport Wanderers 1" in kept(result)


def test_a_related_links_list_is_removed_after_a_kept_table() -> None:
    result = cleaned(INTRO + "\n\n" + "\n\n".join(RESULTS) + "\n\n" + RELATED)
    removed = {r.text for r in result.removed}
    assert {"Rovers sign new goalkeeper", "Ticket prices frozen for next season"} <= removed
    assert "Stonehaven 1 Redcliff Albion 4" in kept(result)


def test_a_list_of_headlines_without_links_is_still_removed_on_a_page_of_furniture() -> None:
    teasers = "\n\n".join(
        ("More from the Gazette", "Ferry fares to rise", "Lifeboat crew honoured")
    )
    result = cleaned(MENU + "\n\n" + INTRO + "\n\n" + RELATED + "\n\n" + teasers)
    assert "Ferry fares to rise" not in kept(result)


def test_numbers_and_shape_of_a_row() -> None:
    row, other = (describe(i, t, frozenset()) for i, t in enumerate(RESULTS[2:4]))
    prose = describe(2, "The manager said he was pleased with the result.", frozenset())
    assert numbers(row) == 2 / 6
    assert same_shape(row, other) > same_shape(row, prose)


def test_only_runs_of_tiny_lines_with_numbers_are_table_rows() -> None:
    texts = ("Rovers 2 Town 1", "", "Athletic 0 United 0", "Division two", "Caption", "Close")
    blocks = [describe(i, t, frozenset()) for i, t in enumerate(texts)]
    assert numeric_runs(blocks, {0, 2, 3}) == {0, 2, 3}
    assert numeric_runs(blocks, {3, 4, 5}) == set()


def _table_cost(rows: int) -> float:
    table = "\n\n".join(f"Team{i} {i % 5} Club{i} {i % 3}" for i in range(rows))
    start = time.process_time()
    result = cleaned(INTRO + "\n\n" + table)
    assert len(result.blocks) == rows + 2
    return time.process_time() - start


def test_a_long_table_costs_about_linear_time() -> None:
    """Four times the rows under six times the time (a pairwise step would take 16)."""
    small, large = min(_table_cost(500) for _ in range(2)), _table_cost(2000)
    if large >= 6 * max(small, 0.05):
        large = min(large, _table_cost(2000))
    assert large < 6 * max(small, 0.05), (small, large)

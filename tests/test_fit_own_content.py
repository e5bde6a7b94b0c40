"""The own-content fit (`bench/fit_own_content.py`) on invented rows: gold labels, the
logistic fit, and the threshold rule."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fit_own_content import FOLDERS, Row, chosen_threshold, fit, in_gold, page_rows  # noqa: E402

from generator.clean.own_content import FEATURES  # noqa: E402

GOLD = "Rovers beat Town on Saturday.\nResults\nRovers 2 Town 1 at the old ground"


def _gold() -> tuple[list[str], set, set]:
    tokens = GOLD.replace(".", " ").split()
    shingles = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
    lines = {tuple(x.replace(".", "").split()) for x in GOLD.split("\n")}
    return tokens, shingles, lines


def test_a_block_is_the_articles_own_when_the_gold_body_holds_it() -> None:
    tokens, shingles, lines = _gold()
    assert in_gold("Rovers 2 Town 1", tokens, shingles, lines)
    assert not in_gold("Sign up for our newsletter today", tokens, shingles, lines)
    assert in_gold("Results", tokens, shingles, lines)  # a whole gold paragraph
    assert not in_gold("Rovers", tokens, shingles, lines)  # one word inside a sentence
    assert in_gold("Town 1", tokens, shingles, lines)


def _row(folder: str, own: bool, links: float, n: int) -> Row:
    values = tuple(links if name == "links" else 0.0 for name in FEATURES)
    return Row(folder, f"i{n}", "read", values, own, 10, "x")


def test_the_fit_learns_that_links_mark_furniture() -> None:
    rows = [_row(FOLDERS[0], False, 1.0, n) for n in range(20)]
    rows += [_row(FOLDERS[1], True, 0.0, n) for n in range(20)]
    bias, weights = fit(rows, l2=1.0)
    assert weights[FEATURES.index("links")] < -1.0
    assert bias > 0.5


def test_the_threshold_is_the_lowest_that_brings_back_no_more_furniture_than_text() -> None:
    cv = {0.5: (10, 10, 5, 40), 0.6: (9, 10, 5, 5), 0.7: (8, 10, 0, 0)}
    assert chosen_threshold(cv) == 0.6


def test_a_furniture_free_page_has_no_rows_and_a_results_table_has_its_rows() -> None:
    prose = "Rovers beat Town 2-1 on Saturday to go top of the league table, fans said."
    assert page_rows(FOLDERS[1], "p", prose + "\n\n" + prose.replace("Town", "City"), None) == []
    table = ("Rovers 2 Town 1", "City 0 United 3", "Kings 1 Queens 1")
    rows = page_rows(FOLDERS[1], "p", "\n\n".join((prose, *table)), None)
    assert [r.text for r in rows] == list(table)
    assert all(r.own for r in rows)

"""Comparisons point back to a quarter that is over, not to one only forecast.

Invented financial sentences, anchored on Wednesday 2 November 2016 (in the fourth quarter).
"""

from __future__ import annotations

from generator.timex import find_timexes

ANCHOR = "2016-11-02"


def value_of(text: str, expression: str) -> str:
    found = [t for t in find_timexes(text, ANCHOR) if t.text == expression]
    assert len(found) == 1, found
    return found[0].value


def test_the_latest_quarter_passes_over_a_forecast_quarter():
    text = (
        "Acme's third-quarter profit rose 5%. The flood will cause a fourth-quarter charge. "
        "Sales fell 3% in the latest quarter."
    )
    assert value_of(text, "fourth-quarter") == "2016-Q4"
    assert value_of(text, "the latest quarter") == "2016-Q3"


def test_a_year_ago_comparison_passes_over_a_forecast_quarter():
    text = (
        "Acme's third-quarter profit rose 5%. The flood will cause a fourth-quarter charge. "
        "The year-ago results included a gain."
    )
    assert value_of(text, "The year-ago") == "2015-Q3"


def test_a_reported_fiscal_quarter_stays_the_reference():
    text = "Acme reported a drop in fourth-quarter earnings from a year earlier."
    assert value_of(text, "a year earlier") == "2015-Q4"


def test_an_unfinished_quarter_named_in_the_present_stays_the_reference():
    text = "Acme expects fourth-quarter sales near $2 million. The latest quarter looks weak."
    assert value_of(text, "The latest quarter") == "2016-Q4"

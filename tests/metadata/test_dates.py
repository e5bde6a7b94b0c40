"""Dates in a line: one case per date form and day/month evidence."""

from __future__ import annotations

import pytest

from generator.metadata import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("May 25, 2017", "2017-05-25"),
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
        ("25 May 2017, 14:32", "2017-05-25"),
        ("2017-05-25T14:32:00Z", "2017-05-25"),
        ("25/05/2017", "2017-05-25"),
        ("05/25/2017", "2017-05-25"),
        ("sexta-feira, 22 de outubro de 2010", "2010-10-22"),
    ],
)
def test_date_forms(text: str, value: str) -> None:
    assert find_dates(text)[0].value == value


def test_ambiguous_numeric_date_follows_the_evidence() -> None:
    assert find_dates("03/04/2017", day_first=True)[0].value == "2017-04-03"
    assert find_dates("03/04/2017", day_first=False)[0].value == "2017-03-04"
    assert find_dates("03/04/2017")[0].ambiguous

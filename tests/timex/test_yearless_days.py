"""A day named without a year ("June 9") takes the year its clause's tense points at.

Anchors are invented; each case says which reading is right and why.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex.anchor import occurrence_by_tense

from .reading import value_of


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        # a plan whose nearest reading is weeks back is next year's
        ("The band will play Oct. 1 in Leeds.", "2021-11-20", "Oct. 1", "2022-10-01"),
        # a plan reported the day after its deadline keeps the deadline
        ("The town will vote by May 3.", "2021-05-04", "May 3", "2021-05-03"),
        # a past act setting a near date: the nearest reading, not last year's
        ("The club extended to Nov. 20 its offer.", "2021-11-02", "Nov. 20", "2021-11-20"),
        # far from the anchor, a past clause is on or before it
        ("The mayor opened the bridge on Aug. 2.", "2021-02-10", "Aug. 2", "2020-08-02"),
        # far from the anchor, a future clause is on or after it
        ("The mayor will open the bridge on Aug. 2.", "2021-02-10", "Aug. 2", "2021-08-02"),
        # an untensed list (rows joined into one paragraph, as the cleaner joins them)
        # under a heading that names its year takes that year
        (
            "Choir 2022 stops: June 9 -- Hall, Bath June 12 -- Dome, York",
            "2021-11-20",
            "June 9",
            "2022-06-09",
        ),
        (
            "Choir 2022 stops: June 9 -- Hall, Bath June 12 -- Dome, York",
            "2021-11-20",
            "June 12",
            "2022-06-12",
        ),
        # the same list with no year named: the nearest reading
        ("Choir stops: June 9 -- Hall, Bath.", "2021-11-20", "June 9", "2021-06-09"),
        # a plan seen from the past ("would") whose day is weeks gone: that day, missed
        (
            "She failed on her pledge that Leeds would vote on Oct. 30.",
            "2021-11-20",
            "Oct. 30",
            "2021-10-30",
        ),
        # ... but months gone: the next one, as for any plan
        ("The mill would reopen on Aug. 2, the owner said.", "2021-11-20", "Aug. 2", "2022-08-02"),
        # another plan word beside "would" keeps the plan's reading
        ("It will say it would vote on Oct. 30.", "2021-11-20", "Oct. 30", "2022-10-30"),
    ],
)
def test_a_yearless_day_takes_the_year_its_tense_points_at(text, anchor, expression, value):
    assert value_of(text, anchor, expression) == value


def test_the_direction_falls_back_to_the_nearest_when_no_reading_lies_there():
    anchor = dt.date(2021, 6, 1)
    only_before = [dt.date(2020, 6, 9), dt.date(2021, 5, 30)]
    assert occurrence_by_tense(only_before, anchor, "future") == dt.date(2021, 5, 30)
    assert occurrence_by_tense(only_before, anchor, None) == dt.date(2021, 5, 30)

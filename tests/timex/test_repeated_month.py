"""An untensed month named again takes the year of its earlier mention.

Sentences and anchors are invented; each case says which reading is right and why.
"""

from __future__ import annotations

from generator.timex import find_timexes


def values_of(text: str, anchor: str) -> list[str]:
    return [t.value for t in find_timexes(text, anchor) if t.text == "April"]


def test_an_untensed_month_repeats_the_year_of_the_same_month_just_named():
    text = (
        "The two towns are expected to merge in April. Their councils can now take part in"
        " planning for the regional fair in April."
    )
    # the first April is a plan (next year's); the second, untensed, is the same April
    assert values_of(text, "1998-12-05") == ["1999-04", "1999-04"]


def test_an_untensed_month_alone_keeps_its_reading_by_nearness():
    text = "Their councils can now take part in planning for the regional fair in April."
    assert values_of(text, "1998-12-05") == ["1998-04"]


def test_a_tensed_month_is_read_by_its_own_tense():
    text = (
        "The two towns are expected to merge in April. The old bridge between them"
        " collapsed in April."
    )
    # the collapse is past: last April, whatever the plan before it said
    assert values_of(text, "1998-12-05") == ["1999-04", "1998-04"]

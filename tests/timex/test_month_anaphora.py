""" "The following month" counts from the last month the text named, not from the anchor.

Sentences and anchors are invented; each case says which reading is right and why.
"""

from __future__ import annotations

import pytest

from .reading import value_of


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        # a month named before: the month after it
        (
            "In March, the mill received an offer. The following month, it was put up for sale.",
            "1989-10-27",
            "The following month",
            "1989-04",
        ),
        # a day named before: the month before its month
        (
            "The mill closed on June 3. Its owner had sold the land the previous month.",
            "1989-10-27",
            "the previous month",
            "1989-05",
        ),
        # nothing named before: counted from the anchor
        (
            "The following month, the mill was put up for sale.",
            "1989-10-27",
            "The following month",
            "1989-11",
        ),
    ],
)
def test_a_relative_month_counts_from_the_last_month_named(text, anchor, expression, value):
    assert value_of(text, anchor, expression) == value

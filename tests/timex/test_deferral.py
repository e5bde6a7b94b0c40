"""A deadline pushed forward ("postponed until Tuesday") lies ahead although its verb is past.

Sentences and anchors are invented; each case says which reading is right and why.
"""

from __future__ import annotations

import pytest

from .reading import value_of


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        # said on a Thursday: the hearing put off until Tuesday is next Tuesday's
        (
            "The judge postponed until Tuesday the hearing on the lease.",
            "2022-03-10",
            "Tuesday",
            "2022-03-15",
        ),
        # said in October: loans extended through January run to the coming January
        (
            "The banks have extended the mill new loans through January.",
            "2021-10-20",
            "January",
            "2022-01",
        ),
        # no deferring: a strike that lasted until Tuesday is over, so last Tuesday
        ("The strike lasted until Tuesday at the mill.", "2022-03-10", "Tuesday", "2022-03-08"),
        # the deferring verb is in another clause: the deadline keeps its past reading
        (
            "The vote was delayed again; the strike at the old mill lasted until Tuesday.",
            "2022-03-10",
            "Tuesday",
            "2022-03-08",
        ),
    ],
)
def test_a_deferred_deadline_is_read_forward(text, anchor, expression, value):
    assert value_of(text, anchor, expression) == value

"""A tense marker far before an expression in its own clause still gives its reading.

Sentences and anchors are invented; each case says which reading is right and why.
"""

from __future__ import annotations

import pytest

from generator.timex import find_timexes

FAR_PLAN = (
    "The orchestra will play a long series of concerts in the big cities of the southern"
    " states of the country, in Atlanta on Sept. 12."
)
OTHER_CLAUSE = (
    "The orchestra will tour the big cities of the southern states of the country once"
    " more; its best night: Atlanta on Sept. 12."
)
FAR_SCHEDULE = (
    "The minister is scheduled to spend only five hours on the ground in the capital of"
    " the small northern province, her first stop Tuesday morning."
)


def value_of(text: str, anchor: str, expression: str) -> str:
    return next(t.value for t in find_timexes(text, anchor) if t.text == expression)


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        # "will" is 100 characters back but in the same clause: the coming Sept. 12
        (FAR_PLAN, "1998-03-01", "Sept. 12", "1998-09-12"),
        # the plan is in another clause (after a semicolon): no tense, so the one gone
        (OTHER_CLAUSE, "1998-03-01", "Sept. 12", "1997-09-12"),
        # said on a Monday: the schedule's Tuesday is tomorrow, not last week's
        (FAR_SCHEDULE, "1998-08-17", "Tuesday morning", "1998-08-18TMO"),
    ],
)
def test_the_clause_tense_reaches_beyond_the_near_window(text, anchor, expression, value):
    assert value_of(text, anchor, expression) == value

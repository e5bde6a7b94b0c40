"""A tense marker far before an expression in its own clause still gives its reading.

Sentences and anchors are invented; each case says which reading is right and why.
"""

from __future__ import annotations

import pytest

from generator.dating.evidence import tense_at

from .reading import value_of

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


FAR_PAST_FORM = (
    "The ministers said their governments would back a separate round of U.N.-brokered"
    " peace talks between the two sides in the old capital of the north of the country on"
    " March 9."
)


def test_a_past_form_far_back_gives_no_tense():
    """Only a plan reaches beyond the near window: a past form far back in the clause is
    mostly a verb of saying or a participle ("U.N.-brokered talks"), not the date's tense."""
    start = FAR_PAST_FORM.index("March 9")
    assert tense_at(FAR_PAST_FORM, start, start + len("March 9")) is None
    start = FAR_PLAN.index("Sept. 12")
    assert tense_at(FAR_PLAN, start, start + len("Sept. 12")) == "future"

"""A state named after a town and a comma says where the town is: a venue, no party
(invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.place_qualifiers import after_town

from .test_actors import actors_of


def test_a_state_after_a_town_and_a_comma_is_no_party():
    assert actors_of("A: Tie between Lyon, France and Cape Town, South Africa") == {}


def test_a_list_of_states_keeps_every_state():
    names = actors_of("Russia, Turkey and Iran signed the statement on Tuesday.")
    assert {"Russia", "Turkey", "Iran"} <= set(names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the market in Stuttgart, Germany", True),
        ("a tie between Cape Town, South Africa", True),
        ("Russia, Turkey", False),
        ("Officials, Turkey", False),
    ],
)
def test_after_town(text, expected):
    start = text.rindex(", ") + 2
    assert after_town(text, start) is expected

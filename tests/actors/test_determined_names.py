"""A person guessed on weak evidence whom every mention introduces with a determiner is a
thing or a group (invented texts)."""

from __future__ import annotations

import pytest

from .test_actors import actors_of


@pytest.mark.parametrize(
    "text",
    [
        "This year we saw the Motorola Razr make a comeback, and the phone sold well.",
        "The job required the Hazel Hen supercomputer in Stuttgart for a month.",
    ],
)
def test_a_thing_after_a_determiner_is_no_person(text):
    assert not any(kind == "person" for kind, _ in actors_of(text).values())


def test_a_group_named_by_a_plural_noun_is_an_organisation():
    text = "A half century on, the Doobie Brothers are still touring."
    assert actors_of(text) == {"Doobie Brothers": ("organisation", 1)}


def test_a_person_named_as_a_modifier_keeps_a_surname_that_is_no_word():
    text = "It was the Peyton Manning record season. He threw five touchdowns."
    assert actors_of(text) == {"Peyton Manning": ("person", 1)}


def test_a_person_named_bare_once_stays():
    assert actors_of("Fans saw the Zorvek Talamund of old.") == {}
    text = "Zorvek Talamund scored twice in the second half. Fans saw the Zorvek Talamund of old."
    assert actors_of(text) == {"Zorvek Talamund": ("person", 2)}

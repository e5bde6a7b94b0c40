"""A sentence word that is also a given name ("Will", "May") opens a person's name when an
unknown surname and a person's cue follow, and stays the sentence word otherwise (#14;
invented texts)."""

from __future__ import annotations

from .test_actors import actors_of


def test_will_before_a_surname_and_a_role_is_a_given_name():
    text = '"It was a mistake," Will Tarrow, chief executive of the Ledger Trust, told reporters.'
    assert actors_of(text).get("Will Tarrow", ("",))[0] == "person"


def test_may_before_a_surname_and_a_saying_verb_is_a_given_name():
    assert actors_of("May Quillon said the vote would be held.").get("May Quillon", ("",))[0] == (
        "person"
    )


def test_the_modal_before_a_known_place_stays_the_modal():
    names = actors_of("Will France agree to the plan? Officials in Paris said it was unclear.")
    assert not any(name.startswith("Will ") for name in names)

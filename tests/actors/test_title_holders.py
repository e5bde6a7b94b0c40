"""A name after a title is a person even when a town bears it (#14; invented texts)."""

from __future__ import annotations

from .test_actors import actors_of


def test_a_title_before_a_town_name_makes_it_a_person():
    names = actors_of("His mother, Queen Florence, was said to disapprove of the plan.")
    assert names.get("Florence", ("",))[0] == "person"


def test_a_town_after_a_preposition_stays_a_place():
    names = actors_of("The duchess stayed in Florence for the winter with Mara Quill.")
    assert "Florence" not in names


def test_an_attorney_before_a_name_is_a_title():
    names = actors_of("U.S. Attorney Tomas Kennedy Jr. said the case would go on.")
    assert names.get("Tomas Kennedy Jr.", ("",))[0] == "person"


def test_a_regnal_one_after_a_title_and_a_name_is_part_of_the_name():
    names = actors_of("In 1533 Queen Florence I was born in a palace by the river.")
    assert names.get("Florence I", ("",))[0] == "person"

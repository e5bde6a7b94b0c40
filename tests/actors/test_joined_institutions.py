"""Common nouns in title case joined by one "and" and ending in an institution's noun are
one organisation, not a place and a person (#14; invented texts)."""

from __future__ import annotations

from .test_actors import actors_of


def test_and_joined_common_nouns_ending_in_an_institution_noun_are_one_organisation():
    names = actors_of("Officials from Rivers and Canal Services said the numbers rose.")
    assert names.get("Rivers and Canal Services", ("",))[0] == "organisation"
    assert "Canal Services" not in names


def test_and_joined_common_nouns_without_an_institution_noun_stay_apart():
    names = actors_of("Readers of Longer and Louder Music wrote to the editor on Monday.")
    assert "Longer and Louder Music" not in names


def test_two_people_joined_by_and_stay_two_people():
    names = actors_of("Jenny Walsh and Mark Brown said the numbers rose.")
    assert names.get("Jenny Walsh", ("",))[0] == "person"
    assert names.get("Mark Brown", ("",))[0] == "person"

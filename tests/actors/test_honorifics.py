"""Honorifics and offices are roles, not parts of a name (#14), also when two are stacked
before one name; credits are the article's makers, not actors (invented texts)."""

from __future__ import annotations

from generator.actors import extract_actors

from .test_actors import actors_of, make


def person(text: str, name: str):
    (found,) = [a for a in extract_actors(make(text)).actors if a.name == name]
    return found


def test_an_honorific_after_an_office_is_a_role_too():
    found = person(
        "Supreme Leader Ayatollah Omid Tavani said the talks would go on.", "Omid Tavani"
    )
    assert found.type == "person"
    assert any("Ayatollah" in role for role in found.roles)


def test_an_office_with_its_qualifier_before_a_name_is_a_role():
    found = person("House Speaker Dale Morrow invited the envoy on Monday.", "Dale Morrow")
    assert "House Speaker" in found.roles


def test_a_lone_honorific_before_a_surname_is_no_part_of_the_name():
    names = actors_of("Ayatollah Omid Tavani spoke. Later Ayatollah Tavani left the hall.")
    assert names == {"Omid Tavani": ("person", 2)}


def test_a_photo_credit_is_no_actor():
    names = actors_of("Hugo Brandt met aid workers on Monday.\n\nPhotograph: Lena Marsh/Reuters")
    assert set(names) == {"Hugo Brandt"}


def test_a_credit_line_names_no_actor_not_even_its_agency():
    for credit in (
        "Credit: Lena Marsh/AFP via Getty Images",
        "Image copyright Lena Marsh Image caption Hugo Brandt in the port",
        "Illustration by Lena Marsh",
    ):
        names = actors_of(f"Hugo Brandt met aid workers on Monday.\n\n{credit}")
        assert set(names) == {"Hugo Brandt"}, credit

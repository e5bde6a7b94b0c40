"""False actors: the article's own credits, wire agency and places are not actors in its
story; honorifics and offices are roles, not parts of a name (invented texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.credits import credit_ranges

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "credit",
    [
        "Photograph: Mara Holt/Reuters",
        "Photo: Lin Bo / AP",
        "Reporting by Tom Vance; Editing by Lisa Grieg",
        "Additional reporting by Omar Said in Cairo.",
    ],
)
def test_photo_and_reporting_credits_name_no_actor(credit):
    assert names(f"Foreign Minister Hamid Orzala left Quito.\n\n{credit}") == {"Hamid Orzala"}


def test_dateline_wire_agency_is_the_articles_own_source_everywhere_in_it():
    text = "OSLO (Reuters) - Envoys met. Reuters later said Hamid Orzala fled."
    assert names(text) == {"Hamid Orzala"}
    assert names("Reuters said Hamid Orzala fled.") == {"Reuters", "Hamid Orzala"}


def test_credit_cue_inside_a_sentence_is_not_a_credit():
    assert credit_ranges("Ravi Anand spoke of the image of Peru.") == []
    assert names("Ravi Anand spoke of the image of Peru.") == {"Ravi Anand", "Peru"}


def test_capital_named_only_as_a_place_is_no_actor():
    assert names("Talks were held in Lima on Monday.") == set()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ayatollah Reza Farahani warned the envoys.", "Reza Farahani", "Ayatollah"),
        ("House Speaker Dana Whitcombe met the envoys.", "Dana Whitcombe", "House Speaker"),
    ],
)
def test_honorifics_and_offices_are_roles_not_names(text, name, role):
    (person,) = [a for a in extract_actors(make(text)).actors if a.type == "person"]
    assert person.name == name
    assert role in person.roles

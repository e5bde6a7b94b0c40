"""Two or three initials written as one dotted token open a person's name: "P.J. Roe" (#14;
invented names)."""

from __future__ import annotations

import pytest

from .test_actors import actors_of


@pytest.mark.parametrize(
    "text, name",
    [
        ("Coach P.J. Orrin said the team had improved.", "P.J. Orrin"),
        ("The historian A.J.P. Velk died on Monday.", "A.J.P. Velk"),
    ],
)
def test_dotted_initials_and_a_surname_are_a_person(text: str, name: str):
    assert actors_of(text).get(name, ("",))[0] == "person"


@pytest.mark.parametrize("text", ["The U.S. Army said it would leave.", "The N.Y. Times said so."])
def test_a_known_dotted_name_is_no_initials(text: str):
    assert all(kind != "person" for kind, _ in actors_of(text).values())

"""Names inside a quoted title are a work's, not people (#14, false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.quoted_titles import in_quoted_title

from .test_actors import actors_of


def _inside(text: str, name: str) -> bool:
    at = text.index(name)
    return in_quoted_title(text, at, at + len(name))


@pytest.mark.parametrize(
    "text, name",
    [
        ('She is best known for "Dorla Venn" and "Rain on the Quay".', "Dorla Venn"),
        ("The set list had “Marlo Tide Rising,” “Black Pier” and more.", "Marlo Tide"),
        ("Er spielte in „Mara Koss Returns“ und anderen Stücken.", "Mara Koss"),
        ('Her novel "The Velden Mansion" (1977) sold well.', "Velden Mansion"),
    ],
)
def test_a_name_in_a_quoted_title_is_inside_it(text, name):
    assert _inside(text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ('"Ada Velk is a liar," he said.', "Ada Velk"),  # speech, not a title
        ('He said "no" and Ada Velk said "yes".', "Ada Velk"),  # between two quotations
        ('Joaquin "Tito Varr" Lenz fled the town.', "Tito Varr"),  # a nickname in a name
        ("A person called “Dorla Venn” wrote to the paper.", "Dorla Venn"),  # a name given
    ],
)
def test_a_name_outside_a_title_is_not(text, name):
    assert not _inside(text, name)


def test_a_title_names_no_person_nor_does_its_short_form():
    text = 'The band closed with "Dorla Venn Running" on Friday.\n\nDorla was the encore.'
    assert not any(kind == "person" for kind, _ in actors_of(text).values())


def test_a_titled_person_in_quotes_stays_a_person():
    """A title is evidence of a person beyond capitals: kept even inside quotes."""
    text = 'Reporters asked "Senator Ada Velk" about the vote on Friday.'
    assert actors_of(text).get("Ada Velk", ("", 0))[0] == "person"

"""A person guessed from capitals alone that qualifies a thing is no person: "a Quorvex
Lumina display" (#14, false actors; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The tablet has a Quorvex Lumina display and a fast chip.", "Quorvex Lumina"),
        ("We moved the Brenko Toolbar initialization later in the startup.", "Brenko Toolbar"),
    ],
)
def test_a_guessed_name_before_a_noun_is_a_thing(text, name):
    assert name not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # it acts somewhere in the article
        (
            "The Quorvex Lumina display sold out. Later Quorvex Lumina said it had more.",
            "Quorvex Lumina",
        ),
        # no determiner before it
        ("Quorvex Lumina wrote the report on the vote.", "Quorvex Lumina"),
        # a given name: another cue than capitals alone
        ("The Jane Brenko case went to court in May.", "Jane Brenko"),
    ],
)
def test_a_name_that_acts_or_has_a_cue_stays(text, name):
    assert name in names(text)

"""A name before a player's position and a person is their team, even a town's (#14, places
used as teams; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def typed(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, team",
    [
        ("Kent all-rounder Ada Velk made 80 on Monday.", "Kent"),
        ("Brellford athletic director Marta Velk said the coach would stay.", "Brellford"),
        ("Ohio quarterback John Orrin threw for 300 yards.", "Ohio"),
    ],
)
def test_a_name_before_a_position_and_a_person_is_a_team(text: str, team: str):
    assert typed(text).get(team) == "organisation"


def test_an_office_that_is_no_position_leaves_the_place():
    assert "Ohio" not in typed("Ohio senior Senator John Orrin spoke in Ohio on Monday.")


def test_a_position_with_no_person_after_it_leaves_the_place():
    assert "Kent" not in typed("The Kent coach would not say more.")


def test_a_venue_mention_stays_a_place():
    from generator.actors.recognise import recognise_document

    _, body = recognise_document("Match", ["Kent batsman Ada Velk scored.", "They play in Kent."])
    labels = [(s.text, s.label) for spans in body for s in spans]
    assert ("Kent", "organisation") in labels and ("Kent", "place") in labels

"""Whoever a story cites is an actor, whatever its words (#14, sources read as places or
dropped; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.source_names import cited_names

from .test_actors import make


def typed(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sales fell, according to a memo reviewed by Market Lantern on Monday.", "Market Lantern"),
        ("Profits rose, Orbit Finance reported on Tuesday after the close.", "Orbit Finance"),
        ("Analysts surveyed by Quorvex had expected a loss for the year.", "Quorvex"),
        ("The cost rose, according to Partyplanner.com, by a third.", "Partyplanner.com"),
    ],
)
def test_a_cited_name_is_an_organisation(text: str, name: str):
    assert typed(text).get(name) == "organisation"


def test_a_cited_name_with_an_employer_is_a_person_not_a_place():
    names = typed("Staff were tested, according to Lin-Wa Dorr of the Valley Courier.")
    assert names.get("Lin-Wa Dorr") == "person"


def test_every_mention_of_a_cited_name_is_typed():
    text = "Growth slowed, Orbit Finance reported.\n\nOrbit Finance expects more."
    assert cited_names(text.split("\n\n"), frozenset()) == {"orbit finance": "organisation"}
    mentions = [m for m in extract_actors(make(text)).mentions if m.actor == "orbit-finance"]
    assert len(mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "According to Monday's report, the plant will close.",
        "The figure was reported by the census, which counts every census tract.",
    ],
)
def test_calendar_and_everyday_words_are_not_cited(text: str):
    assert typed(text) == {}


def test_a_firm_reading_stands():
    names = typed("Prices rose, according to Senator Ada Velk of Ohio.")
    assert names.get("Ada Velk") == "person"

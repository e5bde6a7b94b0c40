"""A name the article introduces as a thing's ("a probe called Vantor Kessel") is no actor;
one introduced as a person's, a group's or an outlet's stays (#14, false actors; invented
names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.introduced_things import thing_noun

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The agency is building a probe called Vantor Kessel for the next decade.",
            "Vantor Kessel",
        ),
        ("We also sell a monthly offering called ZUVIQ with unlimited tickets.", "ZUVIQ"),
        # every mention goes, a later one too
        (
            "The team built a rover named Quella Dorn last year.\n\nQuella Dorn will land in May.",
            "Quella Dorn",
        ),
    ],
)
def test_a_name_introduced_as_a_thing_is_no_actor(text, name):
    assert name not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a group noun, an outlet, a person's noun
        ("Fighters joined a militia called ZORVA in the north.", "ZORVA"),
        ("He later founded a startup called Brenvik Labs in Oslo.", "Brenvik Labs"),
        # it speaks elsewhere
        (
            "They built a robot called Vantor Kessel.\n\nVantor Kessel said the room was cold.",
            "Vantor Kessel",
        ),
        # a given name is a person's whatever introduces it
        ("It was a storm called Jane Brenko that hit the coast.", "Jane Brenko"),
    ],
)
def test_a_name_introduced_as_an_actor_stays(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "word, thing",
    [
        ("mission", True),
        ("offering", True),
        ("startup", False),
        ("officials", False),
        ("is", False),
        ("commonly", False),
    ],
)
def test_thing_nouns(word, thing):
    assert thing_noun(word) is thing

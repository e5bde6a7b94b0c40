"""A person guessed from capitals alone, priced, whose first word the article also writes
alone is a maker's product: "Vorta Lumen Dot for $45" beside "Vorta's assistant" (#14,
false actors; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Vorta Lumen Dot with clock for $45\n\nI often ask Vorta's assistant for the time.",
            "Vorta Lumen Dot",
        ),
        ("Zentrix Halo Note for $840\n\nZentrix nearly dropped the phone.", "Zentrix Halo"),
    ],
)
def test_a_makers_product_is_no_person(text, name):
    assert name not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # the first word only ever written with the rest
        ("The agency hired Quorvex Lumina last spring.", "Quorvex Lumina"),
        # called by a first name the dictionary does not know, and no price
        ("We welcome Quella Dorn as our new chief.\n\nThanks Quella!", "Quella Dorn"),
        # a price, but the first word never alone
        (
            "The club sold the striker Quella Dorn for $30 million. Dorn said he was glad.",
            "Quella Dorn",
        ),
        # a given name first: another cue
        ("Jane Brenko spoke first. Jane then left the hall.", "Jane Brenko"),
    ],
)
def test_a_person_stays(text, name):
    assert name in names(text)

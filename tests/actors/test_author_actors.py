"""An author the body shows acting (an office before the name, a verb of saying) is an actor
of the story; a byline, an author note or an honorific alone leaves the name out (#14, a
person taken for the article's author; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors

from .test_actors import make


def names(text: str, authors: tuple[str, ...]) -> set[str]:
    return {a.name for a in extract_actors(make(text, authors=authors)).actors}


@pytest.mark.parametrize(
    "text",
    [
        "In May, Rep. Dora Velkin visited the port of Brellford.\n\nThe cost is high, Velkin said.",
        "Customs figures are rising, said Dora Velkin on Monday.",
        "Dora Velkin said the figures were rising.",
    ],
)
def test_an_author_acting_in_the_body_is_an_actor(text: str):
    assert "Dora Velkin" in names(text, ("Dora Velkin",))


@pytest.mark.parametrize(
    "text",
    [
        "Posted on Monday by Dora Velkin.\n\nThe port of Brellford reopened.",
        "This is the second part of Dora Velkin's history of the port.",
        "Disclosures: Dr. Velkin reports grants from the Orrin Fund.",
    ],
)
def test_a_byline_or_an_author_note_leaves_the_author_out(text: str):
    assert "Dora Velkin" not in names(text, ("Dora Velkin",))

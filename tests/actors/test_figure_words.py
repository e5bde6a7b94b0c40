"""Abbreviations that only stand beside figures are units or field labels, not actors (#14,
false actors; invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.figure_words import beside_figure, figure_abbreviations
from generator.actors.word_spots import word_spots

from .test_actors import actors_of


def _beside(text: str, name: str) -> bool:
    at = text.index(name)
    return beside_figure(text, at, at + len(name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("The board ships with 512 KQ of memory.", "KQ"),  # a unit after a figure
        ("Version 18.04 ZTS is supported until 2023.", "ZTS"),
        ("He drove in three RBX as the side won.", "RBX"),  # after a number word
        ("Kick-off at 10:30 WST on Sunday.", "WST"),
        ("QXIP: 072261 DTQ: 09/01/96", "QXIP"),  # a field label and its value
    ],
)
def test_a_unit_or_a_label_is_beside_a_figure(text, name):
    assert _beside(text, name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Velkor 2 KVP 1", "KVP"),  # a team between its scores
        ("In 1999 ZATO bombed the bridges.", "ZATO"),  # a year is no figure
        ("Top brands: 6. Meizo 7. ARUS 8. Wikko", "ARUS"),  # a list's number
        ("The KVP said on Monday that it would appeal.", "KVP"),
    ],
)
def test_a_name_in_prose_or_a_result_is_not(text, name):
    assert not _beside(text, name)


def test_every_occurrence_must_be_beside_a_figure():
    texts = ["Velkor beat the KVP on Sunday.", "Velkor 2 KVP 1", "It weighs 3 KQ."]
    assert figure_abbreviations(word_spots(texts), ["KVP", "KQ", "Velkor"], frozenset()) == {"kq"}


def test_a_known_name_stays():
    assert figure_abbreviations(word_spots(["He sent 3 ZATO planes."]), ["ZATO"], {"zato"}) == set()


def test_a_unit_is_no_actor_in_an_article():
    text = (
        "Orvane Systems said the laptop has 512 KQ of memory, and 1 KQ costs more.\n\n"
        "The KVP said it would buy 300 of them."
    )
    names = actors_of(text)
    assert "KQ" not in names, names
    assert "KVP" in names, names

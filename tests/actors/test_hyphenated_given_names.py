"""Korean and Chinese given names written with a hyphen and a lower-case syllable ("Dong-hoon")
are parts of a name, not adjectives like "Damascus-based" (#14, names where rules did not
look; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.actors.tokens import hyphenated_given_name

from .test_actors import make


@pytest.mark.parametrize("word", ["Dong-hoon", "Sang-min", "Jong-un"])
def test_syllables_of_given_names_make_a_name(word):
    assert hyphenated_given_name(word)


@pytest.mark.parametrize("word", ["Damascus-based", "Russian-backed", "Assad-era", "Coca-cola"])
def test_an_english_word_after_the_hyphen_makes_an_adjective(word):
    assert not hyphenated_given_name(word)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Paek Dong-hoon urged the minister to resign on Monday.", "Paek Dong-hoon"),
        ("The board accepted the resignation of its chair Ryu Sang-min on Monday.", "Ryu Sang-min"),
    ],
)
def test_a_korean_name_is_a_person(text, name):
    actors = {a.name: a.type for a in extract_actors(make(text)).actors}
    assert actors.get(name) == "person", actors

"""A state's name after a capitalised region word ("Inner Mongolia", "Upper Egypt") names a
part of it, a place, not the state (#14, false actors; invented texts)."""

from __future__ import annotations

from generator.actors import extract_actors
from generator.actors.gazetteer import gazetteer

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


def test_a_region_of_a_state_is_a_place():
    assert gazetteer()["inner mongolia"].label == "place"
    assert gazetteer()["upper egypt"].label == "place"


def test_a_state_whose_own_name_opens_with_such_a_word_stays_a_state():
    assert gazetteer()["central african republic"].label == "state"


def test_a_region_gives_no_actor_of_its_state():
    text = "The Upper Egypt health office said on Monday that Ada Velk had recovered."
    assert "Egypt" not in names(text)
    assert "Egypt" in names("Egypt said on Monday that Ada Velk had recovered.")

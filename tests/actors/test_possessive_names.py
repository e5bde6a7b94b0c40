"""An organisation's "'s" that owns nothing (a verb or the end of a clause follows) is part of
its name: "Lowe's was lower" (#14, false actors; invented texts)."""

from __future__ import annotations

from generator.actors import extract_actors

from .test_actors import make


def names(text: str) -> set[str]:
    return {a.name for a in extract_actors(make(text)).actors}


def test_a_name_in_s_followed_by_a_verb_keeps_its_s():
    found = names("Quarvel Holdings reported a loss. Rival Zorbin's was also lower, Ada Velk said.")
    assert "Zorbin's" in found and "Zorbin" not in found


def test_every_mention_of_that_name_keeps_it():
    text = (
        "Quarvel Holdings reported a loss. Rival Zorbin's was also lower, Ada Velk said.\n\n"
        "Analysts at Zorbin's stores expect a rebound in May."
    )
    found = extract_actors(make(text))
    assert {m.text for m in found.mentions if m.text.startswith("Zorbin")} == {"Zorbin's"}


def test_a_possessive_owning_something_stays_a_possessive():
    found = names("Quarvel Holdings's shares fell, and Quarvel Holdings said so, Ada Velk wrote.")
    assert "Quarvel Holdings" in found
    assert not any(name.endswith("'s") for name in found)

"""The first word of a person guessed from capitals alone is no given name to call that
person by (invented texts): "Europa" after "Europa Clipper" is no person."""

from __future__ import annotations

from .test_actors import actors_of


def test_the_first_word_of_a_guessed_person_alone_is_no_mention_of_it():
    text = (
        "The agency is building Zorbo Clipper, which will launch in 2025. "
        "Zorbo has plumes of water vapour."
    )
    assert actors_of(text) == {"Zorbo Clipper": ("person", 1)}


def test_a_given_name_alone_still_names_a_person_with_a_cue():
    text = "Abiy Ahmed said on Monday that talks would go on. Abiy added that the war was over."
    assert actors_of(text) == {"Abiy Ahmed": ("person", 2)}

"""Weak names from capitals (invented texts): the first word of a guessed person is no given
name to call it by ("Europa" after "Europa Clipper"), and a name glued to the figure before
it is the tail of a token."""

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


def test_a_name_glued_to_the_figure_before_it_is_the_tail_of_a_token():
    text = (
        "As co-creator of the weight-loss program 2B Mindset, I want to help you. "
        "Get started with 2B Mindset here."
    )
    assert actors_of(text) == {}


def test_a_whole_name_glued_to_a_year_stays():
    text = "Updated November 25, 2019Donald Trump said on Monday that the talks would go on."
    assert actors_of(text) == {"Donald Trump": ("person", 1)}

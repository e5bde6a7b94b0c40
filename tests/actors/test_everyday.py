"""Names made of everyday words are no persons and no acronyms when capitals are their only
evidence (invented texts)."""

from __future__ import annotations

import pytest

from .test_actors import actors_of


@pytest.mark.parametrize(
    "text",
    [
        "The speaker has Voice Control built in. You can control it from the sofa.",
        "Tickets for the Lunch Break session are free. Take a break at noon.",
        "Readers of Space Odyssey will know it. Travel in space is slow.",
    ],
)
def test_a_run_of_capitals_with_an_everyday_word_is_no_person(text):
    assert actors_of(text) == {}


def test_a_run_of_unusual_capitalised_words_stays_a_person():
    assert actors_of("Zorvek Talamund scored twice in the second half.") == {
        "Zorvek Talamund": ("person", 1)
    }


def test_a_guessed_person_named_alone_as_one_stays_despite_an_everyday_word():
    text = "Stone Varga arrived late. Varga said the stone was heavy."
    assert actors_of(text)["Stone Varga"][0] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "In the PLAN stage, plan ahead. The Plan stage comes first.",
        "Costs rose in the BUILD stage, as you build more.",
        "It was a HUGE step for the firm, and a huge risk.",
    ],
)
def test_an_everyday_word_in_capitals_is_no_acronym(text):
    assert actors_of(text) == {}


def test_an_acronym_that_is_no_everyday_word_stays():
    assert actors_of("The ZPLK said on Monday that the plan would go on.") == {
        "ZPLK": ("organisation", 1)
    }


def test_a_title_before_everyday_words_names_no_person():
    text = (
        "Ana Ruiz, Vice President for Global Design and Architecture, spoke first. "
        "Good design sells cars."
    )
    assert "Design" not in actors_of(text)
    assert actors_of(text)["Ana Ruiz"][0] == "person"


def test_a_titled_person_whose_name_is_no_everyday_word_stays():
    assert actors_of("President Varga met the envoys. Design was on the agenda.") == {
        "Varga": ("person", 1)
    }


def test_a_short_form_that_is_an_everyday_word_is_no_evidence_of_a_person():
    text = "Analysts like Glimmer Beauty. Beauty rose this year, and beauty sells."
    assert not any(kind == "person" for kind, _ in actors_of(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Platform Engineering leads the work on the new cars.",
        "Our THANKS go to the volunteers who came.",
    ],
)
def test_english_common_words_are_everyday_even_when_the_article_never_lowers_them(text):
    assert actors_of(text) == {}


def test_a_titled_person_keeps_a_surname_that_is_an_english_word():
    assert actors_of("President Trump met the envoys.") == {"Trump": ("person", 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, VP of Platform Engineering at the firm, unveiled the car.",
        "Ana Ruiz, Head of Retail Marketing, unveiled the car.",
    ],
)
def test_an_office_ending_in_an_everyday_word_is_a_role_with_no_name(text):
    assert actors_of(text) == {"Ana Ruiz": ("person", 1)}


def test_a_title_of_a_body_still_names_the_person_after_it():
    names = actors_of("Secretary of State Lena Marsh arrived.")
    assert names == {"Lena Marsh": ("person", 1)}


@pytest.mark.parametrize(
    "text",
    [
        "The phone has a new camera with Night Mode, and the screen is brighter.",
        "The tablet screen has True Tone, wide color and a fast chip.",
    ],
)
def test_a_given_name_that_english_uses_as_a_word_is_no_person_among_common_words(text):
    assert not any(kind == "person" for kind, _ in actors_of(text).values())


def test_word_names_hold_english_words_given_elsewhere_but_no_english_names():
    from generator.actors.word_names import word_names

    assert {"night", "tone", "done"} <= word_names()
    assert not {"john", "patrick", "hazel", "young", "song", "long"} & word_names()


def test_a_person_whose_given_name_is_an_english_word_and_surname_none_stays():
    names = actors_of("Tone Varnak won the race on Monday, ahead of the field.")
    assert names == {"Tone Varnak": ("person", 1)}


def test_an_office_after_a_title_is_no_person():
    text = "The firm named Ana Ruiz its first Chief Strategy Officer on Monday."
    assert actors_of(text) == {"Ana Ruiz": ("person", 1)}


def test_a_titled_person_whose_surname_is_an_office_keeps_a_given_name():
    text = "Professor Julia Bishop, a chemist, led the study."
    assert actors_of(text)["Julia Bishop"][0] == "person"

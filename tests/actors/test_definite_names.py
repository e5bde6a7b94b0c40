"""A name that only ever follows "the" is no person (invented texts)."""

from __future__ import annotations

from generator.actors.context import Span
from generator.actors.definite_names import definite_persons, retyped

from .test_actors import actors_of


def test_a_person_name_always_after_the_is_found_and_retyped():
    text = "Fans of the Harbour Owls cheered. Later the Harbour Owls left."
    spans = [
        Span(12, 24, "Harbour Owls", "person", "Harbour Owls"),
        Span(44, 56, "Harbour Owls", "person", "Harbour Owls"),
    ]
    names = definite_persons([text], [spans])
    assert names == {"harbour owls"}
    assert {s.label for s in retyped(spans, names)} == {"organisation"}


def test_one_mention_without_the_or_a_given_name_first_keeps_the_person():
    text = "Fans of the Harbour Owls cheered. Harbour Owls said no."
    spans = [
        Span(12, 24, "Harbour Owls", "person", "Harbour Owls"),
        Span(34, 46, "Harbour Owls", "person", "Harbour Owls"),
    ]
    assert definite_persons([text], [spans]) == frozenset()
    named = "He met the Mara Holt team."
    assert definite_persons([named], [[Span(11, 20, "Mara Holt", "person", "Mara Holt")]]) == set()


def test_a_band_named_with_the_is_an_organisation_in_an_article():
    text = (
        "Tickets for the Doobie Brothers sold out, Mara Holt said. "
        "The Doobie Brothers play on Friday."
    )
    names = actors_of(text)
    assert names["Doobie Brothers"][0] == "organisation"
    assert names["Mara Holt"][0] == "person"


def test_a_surname_after_the_modifies_a_noun_and_stays_a_person():
    text = "Critics of the Vessey administration spoke. The Vessey plan failed."
    spans = [Span(15, 21, "Vessey", "person", "Vessey"), Span(48, 54, "Vessey", "person", "Vessey")]
    assert definite_persons([text], [spans]) == frozenset()


def test_a_singular_name_after_the_keeps_its_type():
    text = "We met at the Harbour Cafe on Friday."
    spans = [Span(13, 25, "Harbour Cafe", "person", "Harbour Cafe")]
    assert definite_persons([text], [spans]) == frozenset()

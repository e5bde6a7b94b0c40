"""A name does not run on past a line break inside a paragraph (a list item, a table cell,
a form field): it keeps its first line (invented texts)."""

from __future__ import annotations

from generator.actors.context import Span
from generator.actors.line_breaks import first_line, within_lines

from .test_actors import actors_of


def test_a_span_across_a_line_break_keeps_its_first_line():
    span = Span(4, 28, "Mira Holloway\nProducer", "person", "Mira Holloway\nProducer")
    cut = first_line(span)
    assert (cut.start, cut.end, cut.text, cut.name) == (4, 17, "Mira Holloway", "Mira Holloway")


def test_a_canonical_name_is_cut_too_and_a_first_line_of_one_word_drops_the_span():
    span = Span(0, 19, "Acme Tools\nOffice", "organisation", "Acme Tools\nOffice", cue="known")
    assert first_line(span).name == "Acme Tools"
    assert first_line(Span(0, 6, "--\nAcme", "organisation", "--\nAcme")) is None
    assert first_line(Span(0, 17, "Holloway\nProducer", "person", "Holloway\nProducer")) is None
    whole = Span(0, 4, "Acme", "organisation", "Acme Corporation")
    assert within_lines([whole]) == [whole]


def test_a_line_ending_in_a_name_does_not_run_into_the_next_lines_label():
    text = (
        "The winners were announced on Monday, the academy said.\n\n"
        '"Long Roads" by Mira Holloway\nSongwriters: Daniel Ostrander, Lena Brook\n'
        "Producer: Tom Vessey"
    )
    names = actors_of(text)
    assert not any("\n" in name for name in names)
    assert names.get("Mira Holloway", ("", 0))[0] == "person"


def test_the_kept_words_are_typed_again_by_their_head_word():
    """A list line "Della Marsh – Marsh Productions" followed by the next person's name."""
    whole = "Marsh Productions\nLena Brook"
    cut = first_line(Span(0, len(whole), whole, "person", whole))
    assert (cut.text, cut.label) == ("Marsh Productions", "organisation")


def test_a_person_left_when_the_organisation_head_word_was_cut_off():
    whole = "Lena Brook\nTalent Group"
    assert first_line(Span(0, len(whole), whole, "organisation", whole)).label == "person"
    known = Span(0, len(whole), whole, "organisation", whole, cue="known")
    assert first_line(known).label == "organisation"  # the gazetteer's type stands
    plain = "Orbit Ventures\nLena Brook"
    assert first_line(Span(0, len(plain), plain, "organisation", plain)).label == "organisation"


def test_a_promoter_listed_beside_its_person_is_typed_an_organisation():
    text = (
        "The academy named its promoters of the year on Monday.\n\n"
        "Della Marsh – Marsh Productions\nLena Brook – Brook Touring\n"
        "Tom Vessey – Vessey Records"
    )
    names = actors_of(text)
    assert names["Marsh Productions"][0] == "organisation"
    assert names["Vessey Records"][0] == "organisation"
    assert names["Della Marsh"][0] == "person"

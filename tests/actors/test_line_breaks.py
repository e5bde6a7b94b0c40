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

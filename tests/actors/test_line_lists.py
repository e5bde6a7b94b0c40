"""A list of names one a line: when a span's first line is one word, a given name and a
surname on its second and last line are a person (#14, names in lists; invented names)."""

from __future__ import annotations

from generator.actors.context import Span
from generator.actors.line_breaks import first_line


def test_the_second_line_of_a_list_is_a_person_when_it_opens_on_a_given_name():
    text = "Dorna\nTim Velkaris"
    cut = first_line(Span(10, 10 + len(text), text, "person", text, cue="given-name"))
    assert (cut.start, cut.end, cut.text, cut.label) == (16, 28, "Tim Velkaris", "person")


def test_a_second_line_with_no_given_name_or_a_head_word_names_nobody():
    for text in ("Dorna\nVelkaris Orrin", "Dorna\nTim Velkaris Group", "Dorna\nTim\nVelkaris"):
        assert first_line(Span(0, len(text), text, "person", text)) is None

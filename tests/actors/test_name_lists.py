"""A line of capitalised names separated by commas is a list, read as prose, not a
subheading whose capitals say nothing (#14, lists of names; invented names)."""

from __future__ import annotations

from generator.actors.recognise import recognise_document


def names(lines: list[str]) -> set[tuple[str, str]]:
    _, body = recognise_document("Leading scores", lines)
    return {(s.text, s.label) for spans in body for s in spans}


def test_a_line_of_names_with_commas_is_read():
    found = names(["The first round ended on Monday.", "Wood, Ada Velk, Marta Orrin, Jon Brell"])
    assert {("Ada Velk", "person"), ("Marta Orrin", "person"), ("Jon Brell", "person")} <= found


def test_a_title_case_subheading_with_one_comma_stays_a_subheading():
    found = names(["The talks ended on Monday.", "Quiet Rooms, Loud Halls"])
    assert not any(text in ("Quiet Rooms", "Loud Halls") for text, _ in found)


def test_a_list_line_guesses_no_person_from_capitals_alone():
    found = names(
        ["The partners were named on Monday.", "Velvet Harbor, Copper Lantern, Quill Maps"]
    )
    assert not any(label == "person" for _, label in found)

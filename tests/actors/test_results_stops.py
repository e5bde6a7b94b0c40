"""A results line whose scores carry their stops ("Quillons 5, Brenkers 1:") names two
teams; one name before a number and a comma is a version, not a team (#14, names in
results tables; invented texts)."""

from __future__ import annotations

from generator.actors.recognise import recognise


def labels(text: str) -> dict[str, str]:
    return {s.text: s.label for s in recognise(text)}


def test_scores_with_their_stops_make_both_names_teams():
    found = labels("Quillons 5, Brenkers 1: Ada Velk scored twice to lead the visitors.")
    assert found.get("Quillons") == "organisation"
    assert found.get("Brenkers") == "organisation"


def test_one_name_before_a_number_and_a_comma_is_no_team():
    found = labels("Starting from Quillox 85, the tab can be closed from the menu.")
    assert found.get("Quillox") != "organisation"


def test_a_name_with_an_initial_before_its_runs_is_no_team():
    found = labels("Dorvan 259 (A. Quillox 69, H. Brenker 69; D. Velk 4-43) and 81-3.")
    assert "organisation" not in {found.get("Quillox"), found.get("Brenker")}

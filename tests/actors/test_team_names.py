"""Whole team names in results lines: invented clubs, one rule per test."""

from __future__ import annotations

from generator.actors.recognise import recognise_document


def spans(*lines: str) -> set[tuple[str, str]]:
    _, body = recognise_document("Results", list(lines))
    return {(s.text, s.label) for line in body for s in line}


def test_town_and_club_word_before_a_score_are_one_team():
    found = spans("Leeds Wanderers 2 Exeter 1", "Exeter 3 2 0 1 6 4 6")
    assert ("Leeds Wanderers", "organisation") in found
    assert ("Leeds", "place") not in found
    assert ("Exeter", "organisation") in found


def test_unknown_word_and_town_before_a_score_are_one_team():
    found = spans("Dynamo Hamburg 1 Bremen 0", "Bremen 4 1 1 2 5 6 4")
    assert ("Dynamo Hamburg", "organisation") in found
    assert ("Hamburg", "organisation") not in found


def test_a_number_ends_the_team_before():
    found = spans("Exeter 2 Leeds Wanderers 1 Bremen 0 Dynamo Hamburg 3")
    assert ("Exeter 2 Leeds Wanderers", "organisation") not in found
    assert {("Leeds Wanderers", "organisation"), ("Dynamo Hamburg", "organisation")} <= found


def test_town_and_plural_nickname_in_a_match_report_are_one_team():
    found = spans("The Fresno Otters beat the Omaha Kites 4-2 on Friday.")
    assert {("Fresno Otters", "organisation"), ("Omaha Kites", "organisation")} <= found
    assert ("Fresno", "place") not in found


def test_two_word_town_outranks_a_given_name_reading():
    found = spans("Fans saw the San Diego Padres lose 3-1 to the Fresno Otters.")
    assert ("San Diego Padres", "organisation") in found


def test_person_named_after_a_town_stays_a_person():
    found = spans("Maria Lopez beat India's Leander Paes 6-3 on Friday.")
    assert ("Leander Paes", "person") in found


def test_no_score_no_nickname_team():
    found = spans("Fresno Otters gathered by the river on Friday.")
    assert ("Fresno Otters", "organisation") not in found

"""Teams named by a plural nickname in a match report, and a guessed person before a score
in a results line (actors/plural_teams.py, retype.teams, everyday). Invented clubs."""

from __future__ import annotations

from generator.actors.recognise import recognise_document

from .test_actors import actors_of

REPORT = "Otters 5, Kites 2: Dora Quell scored twice as the home side won 5-2."


def spans(*lines: str) -> set[tuple[str, str]]:
    _, body = recognise_document("Results", list(lines))
    return {(s.text, s.label) for line in body for s in line}


def test_a_plural_nickname_after_the_in_a_match_report_is_a_team():
    found = spans(REPORT, "Next week the Kites travel to play against the Marlocks.")
    assert ("Marlocks", "organisation") in found


def test_no_team_without_a_match_report():
    found = spans("Next week the Kites travel to play against the Marlocks.")
    assert ("Marlocks", "organisation") not in found


def test_a_word_written_in_lower_case_or_a_competition_stays_what_it_was():
    found = spans(REPORT, "Then the Olympics begin, and the Pilgrims meet the pilgrims.")
    assert ("Olympics", "organisation") not in found
    assert ("Pilgrims", "organisation") not in found


def test_a_guessed_person_before_a_score_beside_another_team_is_a_team():
    found = spans("Blue Harriers 5, Kites 2: Dora Quell scored twice.")
    assert ("Blue Harriers", "organisation") in found
    assert ("Dora Quell", "person") in found


def test_a_person_with_a_given_name_keeps_the_score_as_their_own():
    found = spans("Dora Quell 45, Kites 2: the innings ended early.")
    assert ("Dora Quell", "person") in found


def test_a_team_of_everyday_words_stays_beside_its_guessed_mentions():
    text = "Blue Jumpers 5, Kites 2: Dora Quell scored twice for the Blue Jumpers."
    assert actors_of(text)["Blue Jumpers"][0] == "organisation"


def test_a_known_name_in_a_headline_leaves_the_sentence_stop():
    head, _ = recognise_document("DORA QUELL LIFTS OTTERS OVER KITES.", [REPORT])
    assert {s.text for s in head} >= {"OTTERS", "KITES"}


def test_no_team_where_the_teams_before_scores_are_no_nicknames():
    found = spans("Retrieved 12, Firefox 3: a list.", "It runs on the Marlocks and on Linux.")
    assert ("Marlocks", "organisation") not in found

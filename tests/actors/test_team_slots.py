"""In a match report, a town standing where a team stands is the team (#14, places used as
teams; invented names and texts)."""

from __future__ import annotations

import pytest

from generator.actors.recognise import recognise_document
from generator.actors.team_slots import reports_matches, slot_teams

REPORT = (
    "The referee sent off two players and the match ended in a penalty shoot-out after the goals."
)


def labels(texts: list[str]) -> set[tuple[str, str]]:
    _, body = recognise_document("Weekend round-up", texts)
    return {(s.text, s.label) for spans in body for s in spans}


@pytest.mark.parametrize(
    "line, team",
    [
        ("Ada Velk played for Kent until last year.", "Kent"),
        ("Kent beat the visitors on Sunday.", "Kent"),
        ("Ohio captain Ada Velk was sent off.", "Ohio"),
        ("Ohio's Ada Velk was sent off.", "Ohio"),
        ("Ohio's home defeat was the third in a row.", "Ohio"),
        ("The visitors held on against Kent for a draw.", "Kent"),
    ],
)
def test_a_town_in_a_team_slot_of_a_match_report_is_a_team(line: str, team: str):
    assert (team, "organisation") in labels([REPORT, line])


def test_the_same_slot_outside_a_match_report_leaves_the_place():
    found = labels(
        ["Protesters marched against Ohio's new law on Sunday.", "Ohio's Ada Velk spoke."]
    )
    assert ("Ohio", "organisation") not in found


def test_a_match_report_needs_three_of_its_words_or_a_position():
    assert not reports_matches(["The match was a title decider."])
    assert reports_matches(["The league match ended after a late goal."])
    assert reports_matches(["The Kent striker Ada Velk came off the bench."])


def test_a_venue_mention_of_the_team_stays_a_place():
    found = labels([REPORT, "Ada Velk played for Kent.", "They train in Kent."])
    assert ("Kent", "organisation") in found and ("Kent", "place") in found


def test_a_player_beaten_in_a_match_of_two_is_no_team():
    texts = [REPORT, "Orrin Tamsel won the opening set.", "Ada Velk beat Tamsel in the final."]
    _, body = recognise_document("Round-up", texts)
    assert "tamsel" not in slot_teams(["Round-up", *texts], [[], *body])


def test_a_match_word_after_a_person_is_a_match_of_two_players():
    assert ("Kent", "organisation") not in labels([REPORT, "Ada Velk lost to Kent in the final."])

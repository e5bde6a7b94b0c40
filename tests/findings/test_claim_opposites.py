"""Opposite words of claims: surviving is the opposite of being killed."""

from generator.findings.contradictions import contradictions
from tests.findings.test_contradictions import article, briefing


def test_killed_against_survived_is_a_contradiction():
    killed = "Arcadia said the strike killed the commander of Borduria near the river crossing."
    survived = "Borduria said its commander survived the strike near the river crossing."
    found = contradictions(briefing(article("a1", killed), article("a2", survived)))
    assert [(c.first.article, c.second.article) for c in found] == [("a1", "a2")]


def test_two_who_say_the_commander_survived_agree():
    survived = "Arcadia said the commander of Borduria survived the strike near the crossing."
    also = "Borduria said its commander survived the strike near the river crossing unharmed."
    assert contradictions(briefing(article("a1", survived), article("a2", also))) == ()

"""An organisation named after a pair of states keeps its first, dotted state (#14,
institution names; invented names)."""

from __future__ import annotations

from generator.actors.recognise import recognise


def test_a_dotted_state_and_a_hyphen_open_the_organisation_after_them():
    spans = recognise("Talks of the U.S.-Velkor Joint Trade Commission were put off.")[1:]
    assert [(s.text, s.label) for s in spans] == [
        ("U.S.-Velkor Joint Trade Commission", "organisation")
    ]


def test_a_state_before_a_hyphen_and_no_organisation_stays_a_state():
    spans = recognise("The U.S.-led coalition and U.S.-Russian talks went on.")
    assert [(s.text, s.label) for s in spans][:1] == [("U.S.", "state")]

"""A sentence that opens on "<leader> administration" names the leader's administration
when the leaders table knows that surname (#14, institutions; invented texts)."""

from __future__ import annotations

from generator.actors.recognise import recognise

from .test_actors import actors_of


def test_a_table_leader_opening_a_sentence_before_administration_is_the_leader():
    spans = recognise("Obama administration officials said they had not been told.")
    assert [(s.text, s.label, s.cue) for s in spans] == [("Obama", "person", "leader")]
    assert "Obama administration" in actors_of("Obama administration officials said no.")


def test_another_capitalised_word_opening_a_sentence_before_administration_is_none():
    assert [s.label for s in recognise("Hospital administration said no.")] == ["single"]
    assert [s.label for s in recognise("Velkor administration staff left.")] == ["single"]

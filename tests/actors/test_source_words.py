"""A lone capitalised word quoted as a source is an organisation (#14; invented texts)."""

from __future__ import annotations

from .test_actors import actors_of


def test_a_word_after_told_or_before_reported_is_an_organisation():
    names = actors_of("Marta Velk told Brellbox that the tour would go on. Ostrana reported it.")
    assert names.get("Brellbox", ("",))[0] == "organisation"
    assert names.get("Ostrana", ("",))[0] == "organisation"


def test_a_word_with_no_source_cue_is_still_dropped():
    assert "Brellbox" not in actors_of("Marta Velk said the Brellbox tour was over.")


def test_a_surname_the_text_introduced_stays_its_person():
    names = actors_of("Marta Velk spoke on Monday. The agency later told Velk to wait.")
    assert set(names) == {"Marta Velk"}


def test_the_end_of_a_longer_name_is_no_lone_word():
    assert "Depot" not in actors_of("The chain Orrin Depot reported higher sales on Monday.")

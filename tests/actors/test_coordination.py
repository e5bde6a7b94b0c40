"""An undecided word joined by the article's "and" to a typed actor takes its type
(actors/coordination.py). Invented texts."""

from __future__ import annotations

from generator.actors.context import Span
from generator.actors.coordination import coordinated

from .test_actors import actors_of


def test_a_lone_word_coordinated_with_a_person_is_a_person_in_another_language():
    text = (
        "Para pengikut Marwan Halidi dan Zubairo sering bertemu. "
        "Kemudian ia pergi bersama Zubairo ke kota itu."
    )
    names = actors_of(text, language="id")
    assert names["Zubairo"] == ("person", 2)
    assert "Zubairo" not in actors_of(text.replace(" dan ", ", "), language="id")


def test_a_lone_word_coordinated_with_an_organisation_is_an_organisation():
    text = "O treinador criticou a decisão de Vilarenses e CBX, que convidaram o ministro."
    names = actors_of(text, language="pt")
    assert names["Vilarenses"][0] == "organisation"


def test_the_english_and_does_not_join_in_another_language():
    text = "Para pengikut Marwan Halidi and Zubairo sering bertemu di kota."
    assert "Zubairo" not in actors_of(text, language="id")


def _single(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word, "single", word)


def _person(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name, "person", name, cue="given-name")


def test_an_ampersand_after_the_word_keeps_it_undecided():
    text = "Hadiah datang dari Dora Quell dan Talbert & Young."
    spans = [_person(text, "Dora Quell"), _single(text, "Talbert")]
    assert coordinated(text, spans, frozenset(), "id")[1].label == "single"


def test_a_word_written_in_lower_case_or_next_to_a_guess_stays_undecided():
    text = "Dora Quell dan Harmoni berbicara."
    spans = [_person(text, "Dora Quell"), _single(text, "Harmoni")]
    assert coordinated(text, spans, frozenset({"harmoni"}), "id")[1].label == "single"
    guessed = [Span(0, 10, "Dora Quell", "person", "Dora Quell", cue="default"), spans[1]]
    assert coordinated(text, guessed, frozenset(), "id")[1].label == "single"
    assert coordinated(text, spans, frozenset(), "id")[1].label == "person"


def test_english_has_no_list_the_tagger_reads_its_lists():
    text = "Dora Quell and Chechen rebels met."
    spans = [_person(text, "Dora Quell"), _single(text, "Chechen")]
    assert coordinated(text, spans, frozenset())[1].label == "single"

"""In an article in another language the rules' guessed persons are dropped (invented
texts): German capitalises nouns, so a run of capitals with no cue is no name there."""

from __future__ import annotations

from .test_actors import actors_of

GERMAN = (
    "Die Digitalisierung des Gesundheitswesens kommt voran, sagte Karl Wendler am Montag.\n\n"
    "Auch Behandelnde Mediziner sehen Vorteile, die Einwilligung fehlt aber noch."
)


def test_guessed_persons_of_a_german_article_are_dropped_and_given_names_kept():
    names = actors_of(GERMAN, language="de")
    assert [n for n, (kind, _) in names.items() if kind == "person"] == ["Karl Wendler"]


def test_the_same_shapes_in_an_english_article_are_still_read():
    text = "Talks began, said Karl Wendler. Later Orvel Brandmaster Tandy arrived in town."
    assert "Orvel Brandmaster Tandy" in actors_of(text, language="en")
    assert "Orvel Brandmaster Tandy" not in actors_of(text, language="de")

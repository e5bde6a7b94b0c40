"""Actors of articles in other languages than English (invented texts): a state named only
as a place or an origin with the language's own words is no actor; capitals mark names in
French as in English; a German run of capitals gives up the name it holds."""

from __future__ import annotations

from generator.actors.capital_names import capitalises_nouns, capitals_mark_names
from generator.actors.venue_words import venue_in_language

from .test_actors import actors_of


def _names(text: str, language: str) -> dict[str, tuple[str, int]]:
    return actors_of(text, language=language)


def test_a_state_named_only_as_destination_or_origin_is_no_actor_in_german():
    text = (
        "Die Läuferin Johanna Weidner aus Österreich reist am Montag nach Japan.\n\n"
        "In Japan will sie beim Rennen starten, sagte Johanna Weidner."
    )
    names = _names(text, "de")
    assert "Johanna Weidner" in names
    assert "Austria" not in names and "Japan" not in names


def test_a_state_that_acts_stays_an_actor_in_german():
    text = "Laut Johanna Weidner will Österreich die Regeln ändern."
    assert "Austria" in _names(text, "de")


def test_venue_words_are_the_article_language_s_own():
    text = "Elle part au Brésil."
    assert venue_in_language(text, text.index("Brésil"), "fr")
    assert not venue_in_language(text, text.index("Brésil"), "en")
    german = "Der Präsident von Frankreich sprach."
    assert not venue_in_language(german, german.index("Frankreich"), "de")
    assert venue_in_language("aus der Schweiz", len("aus der "), "de")


def test_a_run_of_capitals_mid_sentence_is_a_person_in_french():
    text = (
        "Le procès opposant le commerçant Hamidou Kessabe au colonel Barry a repris.\n\n"
        "Selon le juge Ousmane Traorel, la vidéo sera projetée au Pays Basque."
    )
    persons = {n for n, (kind, _) in _names(text, "fr").items() if kind == "person"}
    assert {"Hamidou Kessabe", "Ousmane Traorel"} <= persons
    assert "Pays Basque" not in persons  # "pays" is an everyday French word


def test_german_capitals_say_nothing_by_themselves():
    assert capitalises_nouns("de") and not capitalises_nouns("fr")
    assert capitals_mark_names("fr") and not capitals_mark_names("de")
    assert not capitals_mark_names("fi")  # Finnish inflects names: "Metsä Groupin"
    text = "Die Wirkung von Thermalwasser ist belegt, und Kein Wunder Tageskarte kostet mehr."
    assert not {n for n, (kind, _) in _names(text, "de").items() if kind == "person"}


def test_a_german_run_gives_up_the_person_after_a_given_name():
    text = (
        "Das sagte Oberösterreichs Landesfischermeister Anton Wiesleitner am Montag.\n\n"
        "Kein Verständnis hat Wiesleitner für die Parker."
    )
    names = _names(text, "de")
    assert names.get("Anton Wiesleitner", ("", 0))[0] == "person"
    assert not any("Landesfischermeister" in n for n in names)


def test_a_german_run_ends_before_a_compound_noun():
    text = "Dass Elon Musk Kryptowährungen mag, ist bekannt. Kryptowährungen sind beliebt."
    names = _names(text, "de")
    assert "Elon Musk" in names
    assert "Kryptowährungen" not in names


def test_a_german_classifier_noun_gives_the_name_after_it_a_type():
    text = (
        "Die Aktivisten der Gruppe Pacific Uprising wollten damit etwas zeigen.\n\n"
        "Danach sprach der Konzern mit der Presse."
    )
    names = _names(text, "de")
    assert names.get("Pacific Uprising") == ("organisation", 1)
    assert not any(n.startswith("Gruppe") or "Aktivisten" in n for n in names)

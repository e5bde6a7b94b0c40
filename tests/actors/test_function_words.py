"""In another language, a "given name" that is a function word of that language opens no
person: German "Im", "Bei", "Eine" begin sentences and are given names elsewhere (invented
texts)."""

from __future__ import annotations

from generator.actors.other_languages import function_words

from .test_actors import actors_of

GERMAN = (
    "Im Oktober kam die Delegation an, im Rathaus wurde gefeiert.\n\n"
    "Bei Regen blieb sie im Hotel, sagte Georg Wendler am Montag.\n\n"
    "Nur Daniela Kellner sprach mit der Presse, bei der nur wenig los war."
)


def _persons(text: str, language: str) -> list[str]:
    return sorted(
        n for n, (kind, _) in actors_of(text, language=language).items() if kind == "person"
    )


def test_a_function_word_opens_no_person_and_a_name_after_it_is_kept():
    assert _persons(GERMAN, "de") == ["Daniela Kellner", "Georg Wendler"]


def test_a_stop_word_the_article_never_writes_in_lower_case_is_a_given_name():
    """jusText's lists hold given names too ("georg"): the article's own usage decides."""
    assert "georg" in function_words("de")
    assert "Georg Wendler" in _persons(GERMAN, "de")


def test_an_english_article_is_not_read_so():
    text = "Bei Wendler met the press in Leeds, said Karl Wendler on Monday."
    assert "bei" not in function_words("en")
    assert function_words(None) == frozenset()
    assert "Bei Wendler" in _persons(text, "en")


def test_a_bare_german_noun_before_a_number_is_no_team():
    text = (
        "Die Rente beträgt 1200 Euro im Monat, die Steuer nur 300 Euro im Jahr.\n\n"
        "Ergebnis: Hannover 2 Dortmund 1."
    )
    names = actors_of(text, language="de")
    assert "Rente" not in names and "Steuer" not in names
    assert names.get("Hannover") == ("organisation", 1)  # a place before a score: a team
    assert actors_of("Results: Leeds 2 Bolton 1, Arsenal 0 Fulham 3.", language="en")


def test_a_results_line_keeps_its_teams_in_any_language():
    """Few lower-case words: a results line, whose bare words before scores are teams."""
    text = "Rezultati u nedjelju:\n\nPartizan 3 Vojvodina 1\n\nBorac 0 Rudar 2"
    names = actors_of(text, language="hr")
    assert {"Partizan", "Vojvodina", "Borac", "Rudar"} <= set(names)

"""Acronyms an article uses as common nouns in any language: after an indefinite article,
after a count, or defined by a lower-case expansion (invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.acronym_nouns import acronym_nouns, expansion, lower_case_expansions

from .test_actors import actors_of


def test_an_indefinite_article_of_the_articles_language_makes_a_common_noun():
    texts = ["Ein LKW kostete damals viel. Die Stadt kaufte einem TLF neue Reifen."]
    assert acronym_nouns(texts, "de") == {"LKW", "TLF"}
    assert acronym_nouns(["Une PME de Lyon a fermé."], "fr") == {"PME"}


def test_a_party_after_a_definite_article_or_in_a_compound_stays():
    texts = ["Die CDU und der DFB stritten. Ein DFB-Sprecher schwieg."]
    assert acronym_nouns(texts, "de") == frozenset()


def test_a_count_makes_a_common_noun_but_not_in_a_result_line_or_an_english_text():
    assert acronym_nouns(["Das Werk baute 80 LKW im Monat."], "de") == {"LKW"}
    assert acronym_nouns(["GER 2 RUS 1 nach dem Lauf."], "de") == frozenset()
    assert acronym_nouns(["They won 3 NBA titles."], "en") == frozenset()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Das Amt prüft kleine und mittlere Unternehmen (KMU) genau.", {"KMU"}),
        ("Nurses lack personal protective equipment (PPE) again.", {"PPE"}),
        ("Der Deutsche Fußball-Bund (DFB) lobte das.", set()),
        ("said the United Nations (UN) on Monday.", set()),
    ],
)
def test_an_expansion_that_begins_in_lower_case_defines_a_common_noun(text, found):
    assert lower_case_expansions(text) == found


def test_the_expansion_is_the_shortest_run_that_spells_the_acronym():
    words = "Rente für die gesetzliche Rentenversicherung".split()
    assert expansion(words, "GRV") == "gesetzliche"
    assert expansion(["the", "Office"], "FBI") is None


def test_a_german_article_keeps_its_bodies_and_loses_its_common_nouns():
    text = (
        "Die Firma baute 1950 noch 80 LKW im Monat. Ein LKW kostete viel Geld, sagte "
        "Anna Berger vom ADAC. Das Amt prüft kleine und mittlere Unternehmen (KMU)."
    )
    names = actors_of(text, language="de")
    assert "LKW" not in names and "KMU" not in names
    assert names["ADAC"][0] == "organisation" and names["Anna Berger"][0] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The URL and the JSON file sat on the OS, the IBM engineer said.",
        "Doctors lacked PPE and PCR tests, the IBM report said.",
    ],
)
def test_everyday_acronyms_of_computing_and_health_are_no_actors(text):
    assert set(actors_of(text)) == {"IBM"}

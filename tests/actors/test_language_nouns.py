"""In an article in another language than English, words of that language are no names:
a "given name" that is a common word there and seldom a first name, a one-word name that
is a common noun there and hardly written in English, an "initial" inside an abbreviation
(invented texts)."""

from __future__ import annotations

import pytest

from generator.actors.context import Span
from generator.actors.language_nouns import everyday_titled, language_noun_names
from generator.actors.language_words import (
    everyday_not_name,
    language_noun,
    name_use,
    zipf,
)

from .test_actors import actors_of


def _names(text: str, language: str = "de") -> dict[str, str]:
    return {name: kind for name, (kind, _) in actors_of(text, language=language).items()}


@pytest.mark.parametrize("word", ["Seit", "Tod", "Meine", "Andere", "Lage"])
def test_a_common_german_word_seldom_given_as_a_name_is_no_given_name(word):
    assert everyday_not_name(word, "de")


@pytest.mark.parametrize("word", ["Max", "Paul", "Donald", "Ali", "Georg", "Yuki"])
def test_a_given_name_in_use_stays_one(word):
    """Frequent as a word or not, a name some country gives often is a name."""
    assert not everyday_not_name(word, "de")


def test_name_use_reads_the_languages_countries_and_the_highest_anywhere():
    here, anywhere = name_use("Donald", "de")
    assert here == 0 and anywhere >= 7  # not given in Germany, common elsewhere
    assert name_use("Zqxwv", "de") == (0, 0)
    assert name_use("Georg", "xx") == (0, name_use("Georg", "de")[1])  # no countries known


def test_a_language_without_country_data_is_no_evidence():
    """ "Abu" is a common Indonesian word (ash), but how often Indonesians give it as a
    name the dictionary cannot say."""
    assert zipf("abu", "id") >= 4.5
    assert not everyday_not_name("Abu", "id")


def test_a_language_wordfreq_has_no_list_for_is_no_evidence():
    assert zipf("seit", "xx") == 0.0
    assert not everyday_not_name("Seit", "xx")
    assert not language_noun("Arbeitgeber", "xx")


@pytest.mark.parametrize("word", ["Arbeitgeber", "Richtung", "Regierung"])
def test_a_german_noun_english_texts_hardly_write_is_a_noun(word):
    assert language_noun(word, "de")


@pytest.mark.parametrize("word", ["Bundestag", "Siemens", "Lufthansa", "Berlin"])
def test_a_name_english_texts_write_too_is_no_noun(word):
    assert not language_noun(word, "de")


GERMAN = (
    "Seit Ende Mai ist die Lage angespannt, sagte Jana Wendrich am Montag.\n\n"
    "Der Arbeitgeber zahlt, und der Arbeitgeber haftet.\n\n"
    "Meine Follower fragten nach, berichtete die Zeitung.\n\n"
    "Seit Daniela Kellner im Amt ist, gilt 3G. Hier gilt das auch für Kinder (z.B. Kinder "
    "unter zwölf Jahren).\n\n"
    "Der Bundestag stimmte zu."
)


def test_words_of_a_german_article_are_no_actors_and_its_names_stay():
    names = _names(GERMAN)
    assert "Seit Ende" not in names and "Meine Follower" not in names
    assert "Arbeitgeber" not in names
    assert not any(n.startswith(("G. ", "B. ")) for n in names)
    assert names["Jana Wendrich"] == "person"
    assert names["Daniela Kellner"] == "person"  # a given name after "Seit" keeps its person


def test_an_initial_after_no_abbreviation_stays():
    names = _names("Das Gutachten schrieb H. Brenninger, sagte die Kammer am Montag.")
    assert names.get("H. Brenninger") == "person"


def test_an_english_article_is_not_read_so():
    """Only another language's articles are weighed against that language's words."""
    names = _names("Meine Follower met Tod Brenner in Leeds, the paper said.", "en")
    assert names.get("Tod Brenner") == "person"


def test_one_word_names_that_are_nouns_are_listed_but_not_short_forms_or_known_names():
    spans = [
        [
            Span(0, 11, "Arbeitgeber", "organisation", "Arbeitgeber", cue="known"),
            Span(20, 26, "Freund", "person", "Kirsten Freund", cue="alias"),
            Span(30, 39, "Bundestag", "organisation", "Bundestag", cue="known"),
            Span(40, 49, "Regierung", "organisation", "Regierung", cue="lexicon"),
        ]
    ]
    assert language_noun_names(spans, "de") == {"arbeitgeber"}
    assert language_noun_names(spans, None) == frozenset()


def test_a_function_word_opening_an_organisation_is_cut_and_a_bare_head_word_dropped():
    text = (
        "Das Team fuhr nach Hause, sagte Jana Wendrich am Montag.\n\n"
        "Die Kessler Mercantile Exchange meldete am Dienstag Verluste, die Börse schwieg.\n\n"
        "Neue Brenner Maschinenbau AG heißt die Firma jetzt."
    )
    names = _names(text)
    assert "Das Team" not in names and "Team" not in names
    assert names.get("Kessler Mercantile Exchange") == "organisation"
    assert "Die Kessler Mercantile Exchange" not in names
    assert "Brenner Maschinenbau AG" not in names  # "Neue" is frequent, but no function word


def test_an_opening_function_word_and_one_inside_make_a_noun_phrase_no_organisation():
    text = (
        "Die Nachfrage der Airlines sei hoch, sagte Jana Wendrich am Montag.\n\n"
        "Die Kessler Mercantile Exchange meldete am Dienstag Verluste, die Börse schwieg."
    )
    names = _names(text)
    assert not any("Airlines" in name for name in names)
    assert names.get("Kessler Mercantile Exchange") == "organisation"


def test_a_famous_bearers_given_name_is_no_everyday_word():
    """ "Jair" is common in Portuguese news for one man; it is still a name."""
    assert not everyday_not_name("Jair", "pt")
    text = "O presidente Jair Bolsonaro disse na segunda-feira que vai ficar."
    assert _names(text, "pt").get("Jair Bolsonaro") == "person"


def test_a_word_as_common_in_english_as_in_the_language_is_no_evidence():
    """A name rare everywhere must still be twice as common in the language as in English:
    "Art" is English's word as much as German's."""
    assert not everyday_not_name("Art", "de")
    assert everyday_not_name("Halle", "de")


def test_a_person_after_a_title_made_of_everyday_words_is_none():
    spans = [
        [
            Span(0, 16, "Strategy Officer", "person", "Strategy Officer", cue="title"),
            Span(20, 31, "Uta Brenner", "person", "Uta Brenner", cue="title"),
            Span(40, 48, "Vorsorge", "person", "Vorsorge", cue="title"),
        ]
    ]
    assert everyday_titled(spans, "de") == {"strategy officer"}
    text = (
        "Der Chief Strategy Officer der Firma sagte am Montag, der Markt wachse.\n\n"
        "Uta Brenner widersprach."
    )
    names = _names(text)
    assert "Strategy Officer" not in names and names.get("Uta Brenner") == "person"


def test_a_language_whose_tokenizer_is_missing_is_no_evidence_and_no_error():
    """wordfreq splits Japanese with MeCab, an optional package: without it, nothing is
    known, and the build goes on."""
    assert isinstance(zipf("aを探す", "ja"), float)
    assert _names("東京で会議が開かれた。Aを探す人もいた。", "ja") is not None

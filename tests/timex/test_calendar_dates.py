"""Explicit dates in an article's own language (`timex.calendar_dates`): invented sentences,
one per shape and language, values worked out by hand. The anchor is Monday 23 January 2017."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.events import dated_clauses
from generator.models import Article, Paragraph
from generator.text.sentences import sentence_spans
from generator.timex import article_timexes, find_timexes

ANCHOR = "2017-01-23"  # a Monday


def dates(text: str, language: str, anchor: str | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, anchor, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Wache von Velkar öffnete am 8. November 1923 ihre Tore.",
            ("8. November 1923", "1923-11-08"),
        ),
        (
            "de",
            "Der Rat von Velkar tagt am Dienstag, 3. März, im Rathaus.",
            ("Dienstag, 3. März", "2020-03-03"),
        ),
        ("de", "Im Dezember 2018 schloss die Mühle von Velkar.", ("Dezember 2018", "2018-12")),
        ("de", "Die Mühle schloss am 14.03.2016 für immer.", ("14.03.2016", "2016-03-14")),
        (
            "fr",
            "Le conseil de Velkar a voté le 12 mars 2020 un budget.",
            ("12 mars 2020", "2020-03-12"),
        ),
        ("fr", "Le pont de Velkar a rouvert le 1er juin 2015.", ("1er juin 2015", "2015-06-01")),
        ("fr", "La digue a cédé le 04/02/2016 au matin.", ("04/02/2016", "2016-02-04")),
        (
            "es",
            "El consejo de Velkar aprobó el 5 de mayo de 2021 la ley.",
            ("5 de mayo de 2021", "2021-05-05"),
        ),
        ("es", "La feria de Velkar abrió en octubre de 2014.", ("octubre de 2014", "2014-10")),
        (
            "it",
            "Il ponte di Velkar è stato aperto il 9 luglio 2013.",
            ("9 luglio 2013", "2013-07-09"),
        ),
        (
            "pt",
            "A ponte de Velkar abriu em 22 de outubro de 2010.",
            ("22 de outubro de 2010", "2010-10-22"),
        ),
        ("id", "Jembatan Velkar dibuka pada 17 Agustus 2012.", ("17 Agustus 2012", "2012-08-17")),
    ],
)
def test_a_date_in_the_languages_own_words(language, text, expected):
    # the weekday picks the year in which 3 March is a Tuesday (2020, near 2017's anchor)
    anchor = "2019-11-20" if "Dienstag" in text else ANCHOR
    assert expected in dates(text, language, anchor)


def test_the_english_rules_read_only_part_of_it():
    text = "Die Wache von Velkar öffnete am 8. November 1923 ihre Tore."
    assert dates(text, "en") == [("November 1923", "1923-11")]
    assert dates("Le conseil a voté le 12 mars 2020.", "en") == [("2020", "2020")]


def test_a_yearless_day_takes_the_articles_year_and_keeps_it():
    text = "Am 17. Februar trafen sich die Räte. Zum Jahrestag der Ereignisse im Februar 2015."
    found = dates(text, "de")
    assert ("17. Februar", "2017-02-17") in found  # not 2015's: the later February is another


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Im Juni erklärten die Bauern von Velkar ihren Hof für frei.", ("Juni", "2016-06")),
        ("es", "En junio los campesinos de Velkar ocuparon la plaza.", ("junio", "2016-06")),
        ("de", "Am Freitag traf sich der Bürgermeister mit den Bauern.", ("Freitag", "2017-01-20")),
        ("es", "El lunes el alcalde de Velkar habló con los campesinos.", ("lunes", "2017-01-23")),
    ],
)
def test_a_month_or_weekday_after_the_languages_lead(language, text, expected):
    # a month five ahead of January is read as last year's, as an untensed English one;
    # a weekday as the last such day up to the article's date
    assert expected in dates(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Polizei hat den gestrigen Brand in Velkar gemeldet.",
            ("gestrigen", "2017-01-22"),
        ),
        ("de", "Der Bürgermeister sprach gestern in Velkar.", ("gestern", "2017-01-22")),
        ("fr", "Le maire de Velkar a parlé hier soir.", ("hier", "2017-01-22")),
        ("es", "El alcalde de Velkar habló ayer con los campesinos.", ("ayer", "2017-01-22")),
    ],
)
def test_a_word_for_a_day_next_to_the_articles_date(language, text, expected):
    assert expected in dates(text, language)


def test_a_word_that_also_means_something_else_is_no_day():
    assert dates("Der Rat tagt morgen früh in Velkar.", "de") == []  # "morgen": also morning
    assert dates("Heute ist Velkar eine ruhige Stadt.", "de") == []  # "heute": also nowadays


def test_a_bare_month_or_weekday_without_a_lead_is_no_date():
    assert dates("Mai Velkar ist ein Name.", "de") == []
    assert dates("Freitag ist ein Roman.", "de") == []


def test_a_language_without_tables_keeps_the_english_rules():
    assert dates("De brug werd op 8 november 1923 geopend.", "nl") == [("1923", "1923")]


def test_a_days_ordinal_stop_before_a_month_does_not_end_a_sentence():
    text = "Der Rat tagte am 8. Mai in Velkar. Die Bauern kamen."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Der Rat tagte am 8. Mai in Velkar.",
        "Die Bauern kamen.",
    ]
    span = "Am 12. bis 13. Mai tagt der Rat. Die Bauern kommen."
    assert len(sentence_spans(span)) == 2
    english = "Talks resumed on Feb. 8. The council met."
    assert len(sentence_spans(english)) == 2


def test_the_whole_sentence_is_the_event_of_a_german_date():
    article = Article(
        id="a1",
        source="a1.txt",
        title="T",
        subtitle=None,
        authors=(),
        publication=None,
        published=ANCHOR,
        published_basis="text",
        url=None,
        caption=None,
        credit=None,
        paragraphs=(
            Paragraph("p1", "Die Wache von Velkar öffnete am 8. November 1923 ihre Tore."),
        ),
    )
    article = replace(article, language="de")
    (dated,) = dated_clauses(article, article_timexes(article))
    assert dated.event.date == "1923-11-08"
    assert dated.event.summary == "Die Wache von Velkar öffnete am 8. November 1923 ihre Tore."

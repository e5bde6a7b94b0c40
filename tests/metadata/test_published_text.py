"""A publication day printed beside a label on the page ("Published: 7 April 2020")."""

from __future__ import annotations

import pytest

from generator.metadata.published_text import labelled_day


def day(*lines: str, url: str | None = None, locale: str | None = None, language=None):
    return labelled_day(lines, url, locale, language)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issue Published: 7 April 2020", "2020-04-07"),
        ("By Ann Lee · Posted on March 3, 2021", "2021-03-03"),
        ("Veröffentlicht am 16.08.2019 Dauer: 1 Stunde", "2019-08-16"),
        ("Publié le 2 mai 2018 à 10h05", "2018-05-02"),
        ("Der Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und abgelegt", "2010-05-19"),
    ],
)
def test_a_labelled_line_gives_its_day(line, expected):
    assert day(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Updated May 6, 2019",
        "Aktualisiert am 03.05.2021",
        "Mis à jour le 2 mai 2018",
        "The bridge opened on 9 October 2023 after three years of work.",
        "© 2016 Theme by Studio",
    ],
)
def test_an_update_a_bare_date_or_a_year_is_no_labelled_day(line):
    assert day(line) is None


def test_the_first_labelled_line_in_page_order_wins():
    lines = ("Posted 2 June 2021", "Related: Posted 1 January 2020")
    assert day(*lines) == "2021-06-02"
    assert day("Updated 5 June 2021", "Published 4 June 2021") == "2021-06-04"


def test_the_pages_locale_decides_an_ambiguous_numeric_order():
    line = "Published 03/04/2020"
    assert day(line) is None  # a guess is no statement
    assert day(line, locale="en_US") == "2020-03-04"
    assert day(line, locale="en-GB") == "2020-04-03"
    assert day(line, language="de") == "2020-04-03"


def test_a_weekday_beside_the_date_confirms_the_order():
    # 3 April 2020 was a Friday; 4 March 2020 a Wednesday
    assert day("Published Friday, 03/04/2020") == "2020-04-03"
    assert day("Published Wednesday, 03/04/2020", locale="en_GB") == "2020-03-04"


def test_on_a_page_whose_header_clock_htmldate_takes_the_labelled_day_wins():
    """End to end: htmldate alone takes the header's clock (today's date on every page)."""
    from htmldate import find_date

    from generator.clean import clean
    from generator.metadata import extract_metadata
    from generator.models import RawArticle

    text = "Die Fähre zur Insel fährt nach einem Winter der Reparaturen am alten Steg wieder. " * 4
    html = (
        "<html lang='de'><head><title>Die Fähre fährt wieder</title></head><body>"
        "<header><div class='datum'>Mittwoch, 8. Juli 2020</div></header>"
        f"<article><h1>Die Fähre fährt wieder</h1><p>{text}</p><p>{text}</p>"
        "<p class='episode'>Veröffentlicht am 16.06.2020 · Dauer: 12 Minuten</p></article>"
        "<aside><h3>Mehr</h3><ul><li><a href='/b'>Der Steg, 01.07.2020</a></li></ul></aside>"
        "<footer>© 2020 Inselbote</footer></body></html>"
    )
    assert find_date(html, original_date=True, extensive_search=True) == "2020-07-08"
    raw = RawArticle(id="f", source="f.html", text=html, format="html")
    assert extract_metadata(clean(raw)).published == "2020-06-16"


def test_a_body_sentence_with_a_foreign_label_stays_a_sentence_for_the_dateline_reader():
    """Only the printed lines know other languages' labels: "veröffentlicht" in a short
    closing sentence is an event, and the dateline reader would take it out of the body."""
    from generator.metadata.dates import plainly_dateline

    sentence = "Die Studie wurde am 3. Mai 2020 von der Universität veröffentlicht."
    assert not plainly_dateline(sentence)
    assert day("Veröffentlicht am 3. Mai 2020") == "2020-05-03"

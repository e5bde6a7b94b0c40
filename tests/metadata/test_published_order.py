"""Day/month order of a numeric date: the line, a weekday, the page's locale, its language,
then its domain."""

from __future__ import annotations

import pytest

from generator.clean.from_html import parse_page
from generator.clean.html_dates import page_locale
from generator.metadata.published import choose_published
from generator.metadata.published_order import day_order, locale_day_first, weekday_day_first
from generator.models import Cleaned, HtmlMetadata, Paragraph, RawArticle


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_GB", True), ("de-AT", True), ("fr", True), ("en-US", False), ("en_PH", False),
     ("en", None), ("", None), (None, None)],
)  # fmt: skip
def test_a_declared_locale_decides_the_order(locale, expected):
    assert locale_day_first(locale) is expected


def test_a_weekday_beside_the_date_picks_the_reading_it_falls_on():
    assert weekday_day_first("Friday, 03/04/2020") is True  # 3 April 2020 was a Friday
    assert weekday_day_first("Wed. 03/04/2020") is False  # 4 March 2020 was a Wednesday
    assert weekday_day_first("Monday, 03/04/2020") is None  # neither reading
    assert weekday_day_first("The Sun 03/04/2020") is None  # a paper, not Sunday
    assert weekday_day_first("Saturday, 04/04/2020") is None  # both readings: one day


def test_the_evidence_is_taken_strongest_first():
    com = "https://blog.example.com/a"
    assert day_order(com, "13/04/2020, Friday 03/04/2020", None, "en") is True
    assert day_order(com, "Friday, 03/04/2020", "en-US", "en") is True  # the weekday
    assert day_order(com, "03/04/2020", "en_GB", "en") is True  # the locale over .com
    assert day_order(com, "03.04.2020", None, "de") is True  # German on a .com
    assert day_order("https://news.example.co.uk/a", "03/04/2020", None, "en") is True
    assert day_order(com, "03/04/2020", None, "en") is False
    assert day_order(None, "03/04/2020", None, "en") is None


def test_the_page_locale_is_og_locale_else_html_lang():
    tree = parse_page('<html lang="de-AT"><head></head><body><p>Der Zug fährt.</p></body></html>')
    assert tree is not None and page_locale(tree) == "de-AT"
    head = '<meta property="og:locale" content="en_GB">'
    tree = parse_page(f'<html lang="en"><head>{head}</head><body><p>A train.</p></body></html>')
    assert tree is not None and page_locale(tree) == "en_GB"


def _page(locale: str | None, language: str | None) -> Cleaned:
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    body = (Paragraph("b1", "The ferry to the island runs again after a winter of repairs."),)
    html = HtmlMetadata(url="https://ferries.example.com/news/ferry", locale=locale)
    return Cleaned(raw=raw, blocks=body, html=html, language=language)


def test_a_dateline_is_read_in_the_page_locale_not_the_domain():
    cleaned = _page("en_GB", "en")
    chosen = choose_published(cleaned, "03/04/2020", cleaned.html.url, cleaned.blocks)
    assert chosen.value == "2020-04-03"
    assert not chosen.warnings  # settled by evidence: no "order guessed" warning
    cleaned = _page(None, "en")
    chosen = choose_published(cleaned, "03/04/2020", cleaned.html.url, cleaned.blocks)
    assert chosen.value == "2020-03-04"

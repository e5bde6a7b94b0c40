"""trafilatura's date search, skipped in its metadata pass and run only when read, gives
what the unskipped pass gave (issue 16)."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from htmldate import find_date
from trafilatura import bare_extraction

from generator.clean import from_html
from generator.clean.from_html import extract_page, extractor_options, parse_page
from generator.clean.html_trafdate import trafilatura_date
from generator.models import RawArticle

_PROSE = "".join(
    f"<p>The ferry council of Lumbria met again on a grey morning, session {n}, and argued "
    f"about the harbour tolls, the winter timetable and the price of the new pier.</p>"
    for n in range(1, 7)
)
_PAGES = {
    "text only": f"<html><body><article><h1>Pier tolls</h1><p>Posted 14 March 2021</p>"
    f"{_PROSE}</article></body></html>",
    "meta and address": '<html><head><meta property="og:url" '
    'content="https://news.example.org/2019/05/02/pier.html">'
    '<meta property="article:published_time" content="2019-05-03T08:00:00Z">'
    f"<title>Pier tolls | Lumbria Post</title></head><body><article>{_PROSE}</article>"
    "</body></html>",
    "no date": f"<html><body><article><h1>Pier tolls</h1>{_PROSE}</article></body></html>",
}


def _unskipped(html: str):  # type: ignore[no-untyped-def]
    document = bare_extraction(parse_page(html), options=extractor_options(with_metadata=True))
    assert document is not None
    return document


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_the_date_read_later_is_the_one_the_metadata_pass_gave(name: str) -> None:
    document = _unskipped(_PAGES[name])
    assert trafilatura_date(parse_page(_PAGES[name]), document.url) == document.date


def test_the_pages_give_the_dates_the_test_means() -> None:
    """The stated address's day wins over the meta tag: the later reading needs the url."""
    dates = {name: _unskipped(html).date for name, html in _PAGES.items()}
    assert dates == {"text only": "2021-03-14", "meta and address": "2019-05-02", "no date": None}


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_skipping_the_date_search_changes_nothing_else(name: str) -> None:
    document = _unskipped(_PAGES[name])
    text, metadata = extract_page(parse_page(_PAGES[name]))
    unskipped = from_html._metadata_from(document)
    assert metadata.date is None
    assert metadata == replace(unskipped, date=None)
    assert text and text == from_html.without_inline_tags(
        from_html.merge_inner(
            from_html.determine_returnstring(document, from_html._WRITE),
            from_html._balanced_body(parse_page(_PAGES[name])),
        )
    )


def test_a_cleaned_page_reads_trafilaturas_date_where_htmldate_alone_finds_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = _PAGES["text only"]
    raw = RawArticle(id="pier", source="pier.html", text=html, format="html")
    assert from_html.clean_html(raw).html.date is None  # htmldate alone answered
    monkeypatch.setattr(from_html, "library_page_date", lambda *_: None)
    assert from_html.clean_html(raw).html.date == _unskipped(html).date == "2021-03-14"


def test_only_the_skip_is_kept_out_of_htmldates_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="htmldate"):
        extract_page(parse_page(_PAGES["text only"]))
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        find_date(_PAGES["text only"].encode(), outputformat="a format with no date")
    assert [r.levelno for r in caplog.records if r.levelno >= logging.ERROR] == [logging.ERROR]

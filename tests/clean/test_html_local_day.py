"""The declared UTC time's day in the zone the page itself states."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.clean.html_local_day import local_day, page_offset
from generator.models import RawArticle

NEW_YORK = '<script>var clip = {"date": "Fri, 01 May 2020 23:00:00 -0400"};</script>'


def test_the_most_common_non_zero_offset_of_the_pages_timestamps():
    page = (
        '<time datetime="2020-05-01T18:00:00-04:00"></time>'
        '<span data-t="2020-05-01T19:00:00+00:00"></span>' + NEW_YORK
        + '<meta content="2020-04-30T10:00+02:00">'
    )  # fmt: skip
    assert page_offset(page) == -240


@pytest.mark.parametrize(
    "page",
    [
        "<p>Open 10:00-12:00 and 14:00-18:00</p>",  # ranges of clock times, no offset
        "<p>Call +49 30 1234-5678</p>",
        '<meta content="2020-05-01T18:00:00Z">',
        "",
    ],
)
def test_no_offset_when_the_page_states_none(page):
    assert page_offset(page) is None


def test_a_utc_time_moves_into_the_pages_zone():
    assert local_day("2020-05-02T02:54:29.000Z", NEW_YORK) == "2020-05-01"
    assert local_day("2020-05-02 02:54+00:00", NEW_YORK) == "2020-05-01"
    assert local_day("2020-05-02T05:30:00Z", NEW_YORK) == "2020-05-02"
    tokyo = '<i data-x="2020-05-01T12:00:00+09:00"></i>'
    assert local_day("2020-05-01T16:10:00Z", tokyo) == "2020-05-02"


@pytest.mark.parametrize(
    "stamp",
    [
        "2020-05-02T00:00:00Z",  # a day written as a time
        "2020-05-02T02:54:29-04:00",  # already local
        "2020-05-02",
        "02.05.2020 02:54",
        None,
    ],
)
def test_midnight_local_or_dateless_stamps_are_not_moved(stamp):
    assert local_day(stamp, NEW_YORK) is None


def test_a_page_without_a_zone_of_its_own_moves_nothing():
    assert local_day("2020-05-02T02:54:29Z", "<p>No clock here.</p>") is None


def test_clean_carries_the_local_day_of_the_declared_time():
    body = "<p>" + "The ferry to the island runs again after a winter of repairs. " * 5 + "</p>"
    html = (
        "<html><head><title>Ferry</title>"
        '<meta property="article:published_time" content="2020-05-02T02:54:29Z">'
        '<meta property="article:modified_time" content="2020-05-03T09:00:00Z">'
        f"{NEW_YORK}</head><body><article><h1>Ferry</h1>{body}</article></body></html>"
    )
    cleaned = clean(RawArticle(id="f", source="f.html", text=html, format="html"))
    assert cleaned.html is not None
    assert cleaned.html.declared_date == "2020-05-02"
    assert cleaned.html.local_date == "2020-05-01"

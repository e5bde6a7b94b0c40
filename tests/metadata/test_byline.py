"""Bylines: one case per byline shape (authors, outlet, roles, agencies, scripts)."""

from __future__ import annotations

import pytest

from generator.metadata import find_dates, parse_byline


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By Jane Doe", ["Jane Doe"], None),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"], None),
        ("By Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"], None),
        ("Jane Doe, Staff Reporter", ["Jane Doe"], None),
        ("Robbie Gramer /Foreign Policy", ["Robbie Gramer"], "Foreign Policy"),
        ("By Jane Doe | Reuters", ["Jane Doe"], "Reuters"),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"], None),
    ],
)
def test_byline_shapes(line: str, authors: list[str], outlet: str | None) -> None:
    assert parse_byline(line) == (authors, outlet)


@pytest.mark.parametrize(
    "line", ["Published Tue, Nov 19 2019 7:05 AM EST", "Published Tue, Nov 19 20197:05 AM EST"]
)
def test_a_labelled_dateline_is_no_byline(line):
    assert parse_byline(line)[0] == []
    assert [d.value for d in find_dates(line)][:1] == ["2019-11-19"]


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("DANICA KIRKA, JILL LAWLESS", ["Danica Kirka", "Jill Lawless"], None),
        ("By PAT O'NEILL and JEAN-LUC MARTIN", ["Pat O'Neill", "Jean-Luc Martin"], None),
        ("JERUSALEM POST STAFF", [], "Jerusalem Post"),
    ],
)
def test_bylines_in_capitals_and_outlets_signing_as_staff(line, authors, outlet):
    assert parse_byline(line) == (authors, outlet)


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("Jonathan GarberFOXBusiness", ["Jonathan Garber"], "FOXBusiness"),
        ("By Tim Childers - Live Science Contributor", ["Tim Childers"], "Live Science"),
        ("By Jane Doe | Fox News", ["Jane Doe"], "Fox News"),
    ],
)
def test_outlets_glued_to_a_name_or_followed_by_a_job(line, authors, outlet):
    assert parse_byline(line) == (authors, outlet)


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("Sandee LaMotte, CNN", ["Sandee LaMotte"], "CNN"),
        ("Charlie Wood, Business Insider", ["Charlie Wood"], "Business Insider"),
        (
            "DANICA KIRKA, JILL LAWLESS Associated Press",
            ["Danica Kirka", "Jill Lawless"],
            "Associated Press",
        ),
        ("Carrie Arnold November", ["Carrie Arnold"], None),
        ("Вера Петрова", ["Вера Петрова"], None),
    ],
)
def test_bylines_with_outlets_months_and_other_scripts(line, authors, outlet):
    assert parse_byline(line) == (authors, outlet)


@pytest.mark.parametrize("line", ["By Theresa May", "By Jean-Luc Martin", "By Sunny Wednesday"])
def test_names_that_look_like_calendar_words_stay_whole(line):
    assert parse_byline(line)[0] == [line.removeprefix("By ")]


def test_the_agency_alone_is_the_outlet_not_an_author():
    assert parse_byline("The Associated Press") == ([], "Associated Press")

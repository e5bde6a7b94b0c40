"""On a web page, what the page declares outranks a guess from its text."""

from __future__ import annotations

import pytest

from generator.metadata import extract_metadata
from generator.metadata.published import choose_published
from generator.models import Cleaned, HtmlMetadata, Paragraph, RawArticle

PARAGRAPH = (
    "The city council voted on Tuesday to repair the old harbour bridge, ending a dispute "
    "that had lasted for almost three years and divided the town."
)


def page(*texts: str, **metadata) -> Cleaned:
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    blocks = tuple(Paragraph(f"b{n}", text) for n, text in enumerate(texts, start=1))
    return Cleaned(raw=raw, blocks=blocks, html=HtmlMetadata(**metadata))


@pytest.mark.parametrize(
    ("line", "expected", "basis"),
    [
        # a plain dateline a day off the page's timestamp gives the day the page prints
        ("5 May 2021, 00:30 GMT+10", "2021-05-05", "text"),
        # one farther off does not outvote the page's date (htmldate's) alone
        ("12 Mar 2021, 09:30 GMT", "2021-05-04", "metadata"),
        # a numeric date whose day/month order is a guess: the metadata decides
        ("04/05/2021", "2021-05-04", "metadata"),
        # a date inside a sentence is an event, not the publication
        ("Am 9. Oktober 2023 wurde die Brücke von der Stadt eröffnet.", "2021-05-04", "metadata"),
    ],
)
def test_structured_date_outranks_a_guessed_text_date(line, expected, basis):
    cleaned = page(PARAGRAPH, date="2021-05-04")
    chosen = choose_published(cleaned, line, None, cleaned.blocks)
    assert (chosen.value, chosen.basis) == (expected, basis)


def test_without_page_metadata_the_text_date_is_taken():
    cleaned = page(PARAGRAPH)
    chosen = choose_published(cleaned, "Am 9. Oktober 2023 wurde sie eröffnet.", None, ())
    assert (chosen.value, chosen.basis) == ("2023-10-09", "text")


def test_a_section_heading_is_not_the_title_and_is_kept_as_a_removal():
    declared = (("title", "Babies who sleep late grow tall"), ("h1", "Sleep Health Center"))
    cleaned = page("Sleep Health Center", PARAGRAPH, title="Sleep Health Center", titles=declared)
    article = extract_metadata(cleaned)
    assert article.title == "Babies who sleep late grow tall"
    assert [p.text for p in article.paragraphs] == [PARAGRAPH]
    assert [(r.text, r.reason) for r in article.removed] == [
        (
            "Sleep Health Center",
            "a heading above the article; the page declares another title",
        )
    ]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on March 3, 2020 by Jane Roe", ("Jane Roe",)),
        ("Tuesday 15 October 2019 by Ann Beech", ("Ann Beech",)),
        ("12 Mar 2020 by admin", ()),
        ("March 3, 2020", ()),
    ],
)
def test_a_dateline_naming_its_author_gives_the_date_and_the_author(line, authors):
    cleaned = page("Moths return to the valley", line, PARAGRAPH)
    article = extract_metadata(cleaned)
    assert article.authors == authors
    assert article.published is not None and article.published[:4] in line
    assert [p.text for p in article.paragraphs] == [PARAGRAPH]


@pytest.mark.parametrize("placeholder", ["Username", "Anonymous", "webmaster"])
def test_a_placeholder_in_the_pages_author_field_is_no_author(placeholder):
    cleaned = page("Moths return to the valley", PARAGRAPH, authors=(placeholder, "Jane Roe"))
    assert extract_metadata(cleaned).authors == ("Jane Roe",)

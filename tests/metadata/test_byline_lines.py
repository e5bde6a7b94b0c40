"""Bylines sharing their line with a date, a time, an update label or a web address (#13)."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.metadata import extract_metadata
from generator.metadata.byline import parse_byline
from generator.models import RawArticle

BODY = (
    "The ferry company said on Monday that the night crossing would stop in May, after a "
    "winter in which fewer than forty passengers a week used it.\n\n"
    "Islanders said the decision would leave them without a late link to the mainland."
)


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Mira Holt on June 3, 2021",
        "Posted on Thursday, June 3, 2021 at 7:40 pm by Mira Holt",
        "By Mira Holt Last Updated: June 3, 2021",
        "By Mira Holt, Last Updated: June 3, 2021",
        "By Mira Holt islandpost.example/ferries/night-crossing",
        "By Mira Holt | www.islandpost.example",
        "By Mira Holt at 7:40 pm",
    ],
)
def test_the_name_is_read_without_date_label_or_address(line: str) -> None:
    assert parse_byline(line) == (["Mira Holt"], None)


def test_a_posted_by_on_line_gives_the_author_and_the_full_date() -> None:
    text = f"Night ferry to stop\n\nPosted by Mira Holt on June 3, 2021\n\n{BODY}"
    article = extract_metadata(clean(RawArticle(id="c", source="c.txt", text=text, format="text")))
    assert article.authors == ("Mira Holt",)
    assert article.published == "2021-06-03"
    assert not any("Mira Holt" in p.text for p in article.paragraphs)


@pytest.mark.parametrize("line", ["By mholt_77", "By MiraHolt2021", "By Mira_Holt", "By user4821"])
def test_a_username_is_no_author(line: str) -> None:
    assert parse_byline(line) == ([], None)


@pytest.mark.parametrize("line", ["By Mira Holt (@miraholt)", "Mira Holt @miraholt"])
def test_a_handle_next_to_the_name_is_dropped(line: str) -> None:
    assert parse_byline(line) == (["Mira Holt"], None)


def test_a_category_after_the_name_is_dropped() -> None:
    assert parse_byline("Posted on June 3, 2021 by Mira Holt in Island News") == (
        ["Mira Holt"],
        None,
    )


def test_a_byline_under_a_related_teaser_is_not_the_articles_author() -> None:
    text = (
        "Night ferry to stop\n\nRelated: Harbour fees to rise next year\n\n"
        f"By Colin Reyes\n\n{BODY}"
    )
    article = extract_metadata(clean(RawArticle(id="c", source="c.txt", text=text, format="text")))
    assert article.authors == ()
    assert {r.text: r.reason for r in article.removed}["By Colin Reyes"] == (
        "related-article teaser"
    )


def test_headlines_of_other_stories_above_the_title_give_neither_title_nor_author() -> None:
    text = (
        "Ferry fares frozen for islanders\n\nBy Colin Reyes\n\n"
        f"Night ferry to stop in May\n\nBy Mira Holt\n\n{BODY}"
    )
    article = extract_metadata(clean(RawArticle(id="c", source="c.txt", text=text, format="text")))
    assert (article.title, article.authors) == ("Night ferry to stop in May", ("Mira Holt",))
    removed = {r.text: r.reason for r in article.removed}
    assert removed["By Colin Reyes"] == "related-article teaser"


def test_one_headline_and_byline_is_the_articles_own() -> None:
    text = f"Night ferry to stop in May\n\nBy Mira Holt\n\n{BODY}"
    article = extract_metadata(clean(RawArticle(id="c", source="c.txt", text=text, format="text")))
    assert (article.title, article.authors) == ("Night ferry to stop in May", ("Mira Holt",))

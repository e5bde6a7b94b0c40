"""The vote's newer evidence: the declared time's local day and a date printed in a byline
line."""

from __future__ import annotations

import pytest

from generator.metadata.published import candidates_of, choose_published
from generator.metadata.published_text import bylined_day
from generator.metadata.published_vote import Candidate
from generator.models import Cleaned, HtmlMetadata, Paragraph, RawArticle

TEXT = "The ferry to the island runs again after a winter of repairs to the old pier."


def page(**metadata) -> Cleaned:
    raw = RawArticle(id="case", source="case.html", text="<html></html>", format="html")
    return Cleaned(raw=raw, blocks=(Paragraph("b1", TEXT),), html=HtmlMetadata(**metadata))


def chosen(cleaned: Cleaned) -> tuple[str | None, str | None]:
    choice = choose_published(cleaned, None, None, cleaned.blocks)
    return choice.value, choice.basis


def test_the_local_day_of_a_utc_time_wins_the_tie_a_day_off():
    """htmldate and the declaration read 2 May from 02:54Z; the page's zone says 1 May."""
    cleaned = page(
        library_date="2020-05-02",
        strict_date="2020-05-02",
        declared_date="2020-05-02",
        local_date="2020-05-01",
    )
    assert chosen(cleaned) == ("2020-05-01", "metadata")


def test_the_local_day_is_no_candidate_when_it_is_the_declared_day():
    cleaned = page(library_date="2020-05-02", declared_date="2020-05-02", local_date="2020-05-02")
    kinds = {c.kind for c in candidates_of(cleaned, None, None, cleaned.blocks)}
    assert "declared-local" not in kinds


def test_the_local_day_does_not_outvote_sources_agreeing_far_from_it():
    cleaned = page(
        library_date="2020-07-08",
        declared_date="2020-07-08",
        local_date="2020-07-07",
        dated_lines=("Posted 9 July 2020",),
    )
    assert chosen(cleaned)[0] == "2020-07-08"  # 9 July backs the 8th, not the 7th


def test_a_byline_day_backs_its_day_against_a_lone_guess():
    """Two guesses far apart: the byline's day joins the dateline's."""
    found = candidates_of(
        page(dated_lines=("Related: Ferry timetable 2019", "By Ann Lee | 3 May 2020")),
        None,
        None,
        (Paragraph("b1", TEXT),),
    )
    assert Candidate("2020-05-03", "text-byline") in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("31. Oktober 2023 · Von Campact-Team", "2023-10-31"),
        ("By Ann Lee | 3 May 2020", "2020-05-03"),
        ("Posted on May 3, 2020 by Ann Lee", "2020-05-03"),
        ("Par Marie Dupont / 12 février 2019", "2019-02-12"),
    ],
)
def test_a_byline_line_gives_its_day(line, expected):
    assert bylined_day((line,), None, None, None) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ab dem 16. März 2022 gilt die Regel, von der auch Friseure betroffen sind",
        "3 May 2020 by the harbour",  # no name after the cue
        "Updated 4 May 2020 | By Ann Lee",
        "By Ann Lee | 03/04/2020",  # day/month order unknown
        "By Ann Lee, who has covered ferries, harbours and the island's council since she "
        "moved there on 3 May 2020 from the mainland",  # a sentence, not a byline
    ],
)
def test_no_byline_day_from_sentences_updates_or_guesses(line):
    assert bylined_day((line,), None, None, None) is None


def test_the_first_byline_line_in_page_order_wins_and_the_locale_settles_the_order():
    lines = ("By Ann Lee | 03/04/2020", "By Bo Li | 9 May 2020")
    assert bylined_day(lines, None, "en_GB", None) == "2020-04-03"
    assert bylined_day(lines, None, None, None) == "2020-05-09"

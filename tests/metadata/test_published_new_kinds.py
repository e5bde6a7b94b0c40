"""The vote's newer evidence: the declared time's local day."""

from __future__ import annotations

from generator.metadata.published import candidates_of, choose_published
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

"""Abbreviated journal titles of a reference list are no actors (invented citations)."""

from __future__ import annotations

import pytest

from generator.actors.cited_journals import cited, cited_journals

from .test_actors import actors_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Holt MA. Ageing cells. Clin Geront Rev. 2004;31:12-9.", "Clin Geront Rev", True),
        ("Holt MA. Ageing cells. Geront Dis Clin North Am. 2001;5:3.", "Geront Dis Clin", True),
        ("Holt MA. Ageing cells. Lancet Geront. 2019 Mar 5;170:44.", "Lancet Geront", True),
        ("The Clin Geront Rev said in 2004 it would close.", "Clin Geront Rev", False),
        ("Orbitek. 2004 was a good year.", "Orbitek", False),
    ],
)
def test_the_year_semicolon_and_volume_after_a_title_make_it_a_citation(text, name, expected):
    assert cited(text, text.index(name) + len(name)) is expected


def test_a_journal_named_outside_a_citation_too_stays():
    citation = "Holt MA. Ageing cells. Clin Geront Rev. 2004;31:12-9."
    prose = "The Clin Geront Rev published it."
    at = citation.index("Clin")
    spots = [(citation, "Clin Geront Rev", at, at + 15)]
    assert cited_journals(spots) == {"clin geront rev"}
    assert cited_journals(spots + [(prose, "Clin Geront Rev", 4, 19)]) == set()


def test_a_reference_list_loses_its_journal_titles():
    text = (
        "Vaccines protect older adults, Mara Holt of Orbitek Inc said on Monday.\n\n"
        "12. Vessey TA. Changes in immunity. Geront Immun Rev. 2000;26:455-73.\n"
        "13. Brook LA. Ageing and vaccines. Geront Immun Rev. 2003;29:11-20."
    )
    names = actors_of(text)
    assert not any("Geront" in name for name in names)
    assert names["Mara Holt"][0] == "person"

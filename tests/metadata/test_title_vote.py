"""The title vote: declared titles, their agreement and the fitted weights decide."""

from __future__ import annotations

from lxml.html import fromstring

from generator.clean.html_titles import title_candidates
from generator.metadata.title_vote import Candidate, candidates, cut_last_part, overlap, vote

_PAGE = """<html><head><title>Moths return to the valley | Nature | The Daily Wing</title>
<meta property="og:title" content="Moths return to the valley">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",
 "headline": "Moths return to the valley"}]}</script>
<script type="application/ld+json">{not json</script></head>
<body><h1>Nature Health Center</h1><h1>Moths return to the valley</h1></body></html>"""


def test_every_declared_title_is_read_with_its_source():
    assert title_candidates(fromstring(_PAGE)) == (
        ("jsonld", "Moths return to the valley"),
        ("og", "Moths return to the valley"),
        ("title", "Moths return to the valley | Nature | The Daily Wing"),
        ("h1", "Nature Health Center"),
        ("h1", "Moths return to the valley"),
    )


def test_a_section_heading_loses_to_the_titles_the_page_agrees_on():
    found = candidates(title_candidates(fromstring(_PAGE)), None, "Nature Health Center", None)
    assert vote(found) == "Moths return to the valley"


def test_the_page_title_wins_over_an_unrelated_h1_when_nothing_else_is_declared():
    declared = (("title", "Babies who sleep late grow tall"), ("h1", "Sleep Health Center"))
    found = candidates(declared, "Sleep Health Center", "Sleep Health Center", None)
    assert vote(found) == "Babies who sleep late grow tall"


def test_a_very_short_candidate_is_penalised():
    weights = {"prior.h1": 1.0, "prior.title": 1.0, "support": 0.0, "short": 0.5}
    found = (Candidate("h1", "Lorem"), Candidate("title", "Base tag test page"))
    assert vote(found, weights) == "Base tag test page"


def test_ties_go_to_the_earlier_candidate_and_nothing_gives_none():
    weights = {"support": 0.0, "short": 0.0}
    assert vote((Candidate("og", "First"), Candidate("h1", "Second")), weights) == "First"
    assert vote((), weights) is None


def test_the_last_part_of_a_page_title_is_cut_at_a_separator():
    assert cut_last_part("Story | Section | Site") == "Story | Section"
    assert cut_last_part("Russia-Turkey talks - what next") == "Russia-Turkey talks"
    assert cut_last_part("No separator here") == ""


def test_overlap_is_the_token_f1_of_two_titles():
    assert overlap("Moths return", "moths return home") == 0.8
    assert overlap("abc", "xyz") == 0.0

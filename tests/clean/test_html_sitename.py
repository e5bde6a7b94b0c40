"""The site's name: declared names first, the page's other names as evidence."""

from __future__ import annotations

import pytest

from generator.clean.from_html import parse_page
from generator.clean.html_sitename import SiteEvidence, choose_site_name, same_site, site_evidence

TITLE = ("Ferry timetable for winter", "The Harbour Daily")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("HND", "HND News", True),
        ("the Harbour Daily", "Harbour Daily", True),
        ("La Gazzetta del Porto", "lagazzettadelporto", True),
        ("Harbour Daily", "Harbourdaily.com", True),
        ("Harbour News Daily", "HND.net", True),  # initials
        ("Harbour", "Harbour ferry timetable for the whole winter", False),  # a headline
        ("Harbour Daily", "Valley Times", False),
    ],
)
def test_two_names_of_one_site(a, b, same):
    assert same_site(a, b) is same


def test_the_publisher_comes_before_the_open_graph_name():
    found = SiteEvidence(publisher="Harbour Media Group", open_graph="The Harbour Daily")
    assert choose_site_name(found) == "Harbour Media Group"
    assert choose_site_name(SiteEvidence(open_graph="The Harbour Daily")) == "The Harbour Daily"


def test_a_publisher_nothing_names_gives_way_to_a_site_two_sources_name():
    found = SiteEvidence(
        publisher="Clip Partner", open_graph="The Harbour Daily", title_parts=TITLE
    )
    assert choose_site_name(found) == "Clip Partner"  # one other source is not enough
    backed = SiteEvidence(
        publisher="Clip Partner",
        open_graph="The Harbour Daily",
        title_parts=TITLE,
        host="harbourdaily",
    )
    assert choose_site_name(backed) == "The Harbour Daily"


def test_a_handle_or_a_host_gives_way_to_the_title_part_the_address_confirms():
    handle = SiteEvidence(
        library="Harbourdaily", handle="harbourdaily", title_parts=TITLE, host="harbourdaily"
    )
    assert choose_site_name(handle) == "The Harbour Daily"
    host = SiteEvidence(library="harbourdaily.example", title_parts=TITLE, host="harbourdaily")
    assert choose_site_name(host) == "The Harbour Daily"
    assert choose_site_name(SiteEvidence(library="Harbourdaily", handle="harbourdaily")) == (
        "Harbourdaily"  # nothing better: trafilatura's name stays
    )
    unconfirmed = SiteEvidence(
        library="Harbourdaily", handle="harbourdaily", title_parts=("Ferry timetable", "Weather")
    )
    assert choose_site_name(unconfirmed) == "Harbourdaily"  # title parts nothing confirms


def test_a_legal_line_is_no_site_name():
    legal = "© 2001-2005 Harbour Press Ltd. Tel. +44 1632 960000"
    assert choose_site_name(SiteEvidence(library=legal)) is None
    assert choose_site_name(SiteEvidence(library=legal, application="Harbour Daily")) == (
        "Harbour Daily"
    )
    assert choose_site_name(SiteEvidence(open_graph="Harbour Daily©")) == "Harbour Daily"
    assert choose_site_name(SiteEvidence(open_graph="https://harbour.example/")) is None


def test_the_evidence_is_read_from_the_page():
    tree = parse_page(
        "<html><head><title>Ferry timetable for winter | The Harbour Daily</title>"
        '<meta property="og:site_name" content="The Harbour Daily">'
        '<meta name="twitter:site" content="@harbourdaily">'
        '<meta name="application-name" content="Harbour Daily">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        '{"@type": "Organization", "name": "Harbour Media Group"}}</script>'
        "</head><body><p>The ferry runs twice a day.</p></body></html>"
    )
    found = site_evidence(tree, "The Harbour Daily", "https://www.harbourdaily.example/ferry")
    assert found == SiteEvidence(
        publisher="Harbour Media Group",
        open_graph="The Harbour Daily",
        application="Harbour Daily",
        handle="harbourdaily",
        title_parts=TITLE,
        host="harbourdaily",
        library="The Harbour Daily",
    )
    assert choose_site_name(found) == "The Harbour Daily"

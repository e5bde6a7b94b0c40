"""The metadata pass without categories, tags and licence gives trafilatura's fields."""

from __future__ import annotations

import pytest
from trafilatura.metadata import extract_metadata

from generator.clean.from_html import parse_page
from generator.clean.html_pagemeta import page_document
from generator.clean.html_trafdate import SKIP_DATE_SEARCH

PAGES = {
    "meta tags": """<html><head><title>Rain falls on Tuesday | The Daily Orbit</title>
<meta property="og:title" content="Rain  falls on Tuesday &amp;amp; after ">
<meta property="og:url" content="https://orbit.example/rain ">
<meta name="author" content="Mara Holt">
<meta property="og:site_name" content="@dailyorbit">
<meta name="description" content="Wet weather ahead.">
<link rel="canonical" href="https://orbit.example/rain ">
<meta property="article:section" content="Weather"></head>
<body><article><p>It rained.</p><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a></article></body></html>""",
    "json-ld": """<html><head><script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Talks resume in Vell", "author": {"@type": "Person",
"name": "Orla Venn"}, "publisher": {"@type": "Organization", "name": "Vell Post"}}
</script></head><body><h1>Talks resume in Vell</h1><p>They met.</p>
<a href="/tag/talks/">talks</a></body></html>""",
    "nothing declared": """<html><body><h1>  A plain &amp; simple page </h1><p class="byline">By Tom Reed</p>
<p>Some text.</p></body></html>""",
}
FIELDS = ("title", "author", "url", "sitename", "description", "date")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_fields_read_are_trafilaturas(name):
    tree = parse_page(PAGES[name])
    ours = page_document(tree)
    theirs = extract_metadata(parse_page(PAGES[name]), date_config=SKIP_DATE_SEARCH)
    assert [getattr(ours, f) for f in FIELDS] == [getattr(theirs, f) for f in FIELDS]
    assert ours.date is None


def test_categories_tags_and_licence_are_not_looked_for():
    ours = page_document(parse_page(PAGES["meta tags"]))
    theirs = extract_metadata(parse_page(PAGES["meta tags"]), date_config=SKIP_DATE_SEARCH)
    assert theirs.categories and theirs.license
    assert not ours.categories and not ours.license

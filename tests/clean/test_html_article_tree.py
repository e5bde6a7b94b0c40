"""The copy of a saved page that trafilatura's runs read: no scripts or styles, the rest whole."""

from __future__ import annotations

from lxml import etree

from generator.clean.from_html import article_tree, extract_page, parse_page

JSONLD = '{"@type": "NewsArticle", "headline": "Ferry runs again"}'
PAGE = (
    "<html><head><title>Ferry runs again</title><style>p { color: red }</style>"
    f'<script type="application/ld+json">{JSONLD}</script></head><body><article>'
    "<p>The ferry to the island runs again.<script>var shown = 'Published 2011';</script>"
    " The pier was repaired over the winter.</p></article></body></html>"
)


def test_scripts_and_styles_go_their_tails_and_the_json_ld_stay():
    tree = parse_page(PAGE)
    copied = article_tree(tree)
    assert [e.get("type") for e in copied.iter("script")] == ["application/ld+json"]
    assert next(copied.iter("style"), None) is None
    paragraph = next(copied.iter("p")).text_content()
    assert paragraph == "The ferry to the island runs again. The pier was repaired over the winter."


def test_the_page_itself_is_left_whole():
    tree = parse_page(PAGE)
    before = etree.tostring(tree)
    article_tree(tree)
    extract_page(tree)
    assert etree.tostring(tree) == before
    assert len(list(tree.iter("script"))) == 2


def test_inline_svg_goes_with_its_text_and_its_tail_stays():
    icon = "<svg><title>Share icon 2019</title><path d='M0 0h24'/><use href='#i'/></svg>"
    page = PAGE.replace("<p>The ferry", f"<p>{icon}The ferry")
    copied = article_tree(parse_page(page))
    assert next(copied.iter("svg"), None) is None and next(copied.iter("path"), None) is None
    paragraph = next(copied.iter("p")).text_content()
    assert paragraph == "The ferry to the island runs again. The pier was repaired over the winter."

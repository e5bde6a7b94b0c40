"""JSON-LD read as browsers tolerate it, and the authors it declares."""

from __future__ import annotations

from generator.clean import html_dates, html_titles
from generator.clean.from_html import parse_page
from generator.clean.html_dates import declared_date, declared_stamp
from generator.clean.html_jsonld import jsonld_authors, jsonld_blocks, jsonld_publisher
from generator.clean.html_sitename import site_evidence
from generator.clean.html_titles import title_candidates
from generator.metadata.byline import with_declared
from generator.models import HtmlMetadata, RawArticle

ARTICLE = (
    '{"@type": "NewsArticle", "headline": "Ferry timetable for winter", '
    '"datePublished": "2021-01-30T10:00:00Z", "author": %s}'
)


def page(*scripts: str) -> object:
    blocks = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    tree = parse_page(f"<html><head>{blocks}</head><body><p>The ferry.</p></body></html>")
    assert tree is not None
    return tree


def test_cdata_comment_and_semicolon_wrappers_are_read() -> None:
    value = ARTICLE % '"Ann Roe"'
    for wrapped in (f"\n<![CDATA[\n{value}\n]]>\n", f"<!-- {value} -->", f"{value};"):
        tree = page(wrapped)
        assert jsonld_blocks(tree) == [jsonld_blocks(page(value))[0]]
        assert declared_date(tree) == "2021-01-30"
        assert ("jsonld", "Ferry timetable for winter") in title_candidates(tree)


def test_a_block_that_is_not_json_is_skipped() -> None:
    tree = page("{not json", ARTICLE % '"Ann Roe"')
    assert len(jsonld_blocks(tree)) == 1
    assert jsonld_authors(tree) == ("Ann Roe",)


def test_authors_people_organisations_and_lists() -> None:
    people = '[{"@type": "Person", "name": "Ann  Roe"}, {"@type": "Person", "name": "Ben Poe"}]'
    assert jsonld_authors(page(ARTICLE % people)) == ("Ann Roe", "Ben Poe")
    group = '{"@type": "Organization", "name": "Harbour News"}'
    assert jsonld_authors(page(ARTICLE % group)) == ("Harbour News",)


def test_author_addresses_empty_names_and_repeats_are_dropped() -> None:
    names = '["https://x.example/people/ann-roe", "", "Ann Roe", "Ann Roe"]'
    assert jsonld_authors(page(ARTICLE % names)) == ("Ann Roe",)
    assert jsonld_authors(page('{"@type": "WebSite", "name": "Harbour News"}')) == ()


def test_the_article_author_comes_before_a_nested_review_author() -> None:
    nested = (
        '{"@graph": [{"@type": "NewsArticle", "author": {"name": "Ann Roe"}, '
        '"review": {"author": {"name": "Cy Doe"}}}]}'
    )
    assert jsonld_authors(page(nested)) == ("Ann Roe",)


def test_declared_authors_fill_a_missing_or_partial_byline_only() -> None:
    html = HtmlMetadata(declared_authors=("Ann Roe", "Ben Poe"))
    assert with_declared((), html) == ("Ann Roe", "Ben Poe")
    assert with_declared(("Ann Roe",), html) == ("Ann Roe", "Ben Poe")
    assert with_declared(("Dee Loe",), html) == ("Dee Loe",)  # the text names someone else
    assert with_declared(("Dee Loe",), None) == ("Dee Loe",)
    assert with_declared((), HtmlMetadata(declared_authors=("admin", "Ann Roe"))) == ("Ann Roe",)
    assert with_declared(("Ann Roe", "Ben Poe"), HtmlMetadata(declared_authors=("Ann Roe",))) == (
        "Ann Roe",
        "Ben Poe",
    )


def test_the_publisher_is_read_from_the_article_block() -> None:
    value = (
        '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Harbour News"}}'
    )
    assert jsonld_publisher(page(value)) == "Harbour News"
    assert jsonld_publisher(page(ARTICLE % '"Ann Roe"')) is None


def test_lone_surrogate_escapes_become_replacement_characters() -> None:
    # JSON may escape half a pair (`\ud800`); such a string cannot be written as UTF-8,
    # and one in a headline or author once stopped the whole build at the write step
    lone = (
        '{"headline": "Ferry \\ud800 deal", "author": [{"name": "Ann \\udc80Roe"}], "\\udfff": 1}'
    )
    pair = '{"headline": "Ferry \\ud83d\\udea2 deal"}'
    assert jsonld_blocks(page(lone, pair)) == [
        {"headline": "Ferry \ufffd deal", "author": [{"name": "Ann \ufffdRoe"}], "\ufffd": 1},
        {"headline": "Ferry \U0001f6a2 deal"},
    ]


def test_every_reader_takes_the_blocks_it_is_handed_instead_of_the_pages() -> None:
    handed = [
        {
            "@type": "NewsArticle",
            "headline": "Pier opens",
            "datePublished": "2022-03-04",
            "author": {"name": "Cy Dee"},
            "publisher": {"name": "Bay Post"},
        }
    ]
    tree = page(ARTICLE % '"Ann Roe"')
    assert jsonld_authors(tree, handed) == ("Cy Dee",)
    assert jsonld_publisher(tree, handed) == "Bay Post"
    assert declared_stamp(tree, handed) == "2022-03-04"
    assert title_candidates(tree, handed)[0] == ("jsonld", "Pier opens")
    assert site_evidence(tree, None, None, handed).publisher == "Bay Post"
    assert jsonld_authors(tree, []) == () and jsonld_authors(tree) == ("Ann Roe",)


def test_a_cleaned_page_parses_its_json_ld_once(monkeypatch) -> None:
    from generator.clean import from_html, html_jsonld

    calls = []
    real = html_jsonld.jsonld_blocks

    def counted(tree):
        calls.append(tree)
        return real(tree)

    for module in (from_html, html_jsonld, html_dates, html_titles):
        if hasattr(module, "jsonld_blocks"):
            monkeypatch.setattr(module, "jsonld_blocks", counted)
    text = "The ferry to the island runs again after a winter of repairs to the pier. " * 3
    value = ARTICLE % '"Ann Roe"'
    scripts = f'<script type="application/ld+json">{value}</script>'
    raw = RawArticle(
        id="p",
        source="p.html",
        text=f"<html><head>{scripts}</head><body><article><p>{text}</p></article></body></html>",
        format="html",
    )
    cleaned = from_html.clean_html(raw)
    assert len(calls) == 1
    assert cleaned.html.declared_authors == ("Ann Roe",)
    assert cleaned.html.declared_date == "2021-01-30"
    assert ("jsonld", "Ferry timetable for winter") in cleaned.html.titles

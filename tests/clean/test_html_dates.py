"""The publication day a page declares in JSON-LD, meta tags or microdata."""

from __future__ import annotations

from lxml import etree

from generator.clean import clean
from generator.clean.from_html import parse_page
from generator.clean.html_dates import (
    MAX_DATED_LINES,
    dated_lines,
    declared_date,
    library_page_date,
    strict_page_date,
)
from generator.models import RawArticle


def declared(head: str, body: str = "<p>The ferry runs again.</p>") -> str | None:
    tree = parse_page(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return declared_date(tree)


def test_jsonld_date_published_comes_first_even_inside_a_graph() -> None:
    script = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "dateModified": "2021-02-03T10:00:00Z", '
        '"datePublished": "2021-01-30T22:15:00+01:00"}]}</script>'
    )
    meta = '<meta property="article:published_time" content="2021-01-29">'
    assert declared(meta + script) == "2021-01-30"


def test_a_meta_published_time_then_microdata() -> None:
    assert declared('<meta property="article:published_time" content="2019-06-17T08:00">') == (
        "2019-06-17"
    )
    body = '<span itemprop="datePublished" content="2020-04-27T18:50:24+02:00">27.04.2020</span>'
    assert declared("", body) == "2020-04-27"
    time = '<time itemprop="datePublished" datetime="2018-06-22">22 June</time>'
    assert declared("", time) == "2018-06-22"


def test_modification_dates_and_printed_dates_are_not_declarations() -> None:
    assert declared('<meta property="article:modified_time" content="2019-06-17">') is None
    assert declared('<meta name="pubdate" content="17.06.2019">') is None
    assert declared("", "<time>Wednesday, 8 July 2020</time>") is None


def test_a_broken_declaration_is_skipped_for_the_next_one() -> None:
    head = (
        '<script type="application/ld+json">{not json</script>'
        '<script type="application/ld+json">{"datePublished": "2019-02-30"}</script>'
        '<meta name="parsely-pub-date" content="2019-03-01T09:00:00Z">'
    )
    assert declared(head) == "2019-03-01"
    assert declared('<script type="application/ld+json">{"datePublished": 20190301}</script>') is (
        None
    )


def strict(head: str, body: str) -> str | None:
    tree = parse_page(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return strict_page_date(tree)


def test_the_strict_reading_takes_a_date_from_the_markup():
    meta = '<meta name="date" content="2021-03-04">'
    assert strict(meta, "<p>The ferry runs again.</p>") == "2021-03-04"
    time = '<p>The ferry runs again.</p><time datetime="2019-11-02T08:00">Saturday</time>'
    assert strict("", time) == "2019-11-02"


def test_the_strict_reading_ignores_a_date_only_in_the_text():
    body = "<div><p>The ferry that first sailed on 4 March 2011 runs again.</p></div>"
    assert strict("", body) is None


def test_the_library_reading_finds_a_date_only_in_the_text_as_htmldate_alone_does():
    body = "<div><p>Posted 4 March 2011 by the harbour office. The ferry runs again.</p></div>"
    page = f"<html><head></head><body>{body}</body></html>"
    assert library_page_date(page) == "2011-03-04"
    assert strict(head="", body=body) is None


def test_the_library_reading_takes_the_original_date_not_the_modification():
    head = (
        '<meta property="article:modified_time" content="2022-08-01T10:00:00Z">'
        '<meta property="article:published_time" content="2021-02-03T10:00:00Z">'
    )
    page = f"<html><head>{head}</head><body><p>The ferry runs again.</p></body></html>"
    assert library_page_date(page) == "2021-02-03"


def test_the_library_reading_of_no_page_at_all_is_none():
    assert library_page_date("") is None
    assert library_page_date("<html><body><p>No date here.</p></body></html>") is None


def test_the_library_reading_takes_a_date_in_the_address_the_page_states():
    body = "<div><p>Posted 4 March 2011 by the harbour office. The ferry runs again.</p></div>"
    page = f"<html><head></head><body>{body}</body></html>"
    assert library_page_date(page, "https://example.org/news/2012/05/06/ferry") == "2012-05-06"


def test_a_cleaned_page_carries_the_library_reading_with_its_stated_address():
    head = '<title>Ferry</title><meta property="og:url" content="https://example.org/2012/05/06/f">'
    text = "The ferry to the island runs again after a winter of repairs to the old pier. " * 3
    html = f"<html><head>{head}</head><body><article><p>{text}</p></article></body></html>"
    raw = RawArticle(id="ferry", source="ferry.html", text=html, format="html")
    assert clean(raw).html.library_date == "2012-05-06"


def test_a_page_whose_text_is_an_address_is_never_downloaded(monkeypatch):
    fetched = []
    monkeypatch.setattr("htmldate.utils.fetch_url", lambda url, *a, **k: fetched.append(url))
    assert library_page_date("https://example.org/news/2012/05/06/ferry") is None  # no HTML
    assert fetched == []


def lines_of(body: str, head: str = "") -> tuple[str, ...]:
    tree = parse_page(f"<html><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return dated_lines(tree)


def test_dated_lines_are_the_printed_lines_that_hold_a_year_in_page_order():
    body = (
        "<div><h1>Ferry back</h1><div class='meta'><span>By Ann Lee</span>"
        "<span>Posted on <b>2 June 2021</b></span></div>"
        "<p>The ferry runs again.</p><p>Since 1998 the pier has needed work.</p>"
        "<footer><p>© 2021 Harbour News</p><p>© 2021 Harbour News</p></footer></div>"
    )
    assert lines_of(body) == (
        "By Ann Lee Posted on 2 June 2021",
        "Since 1998 the pier has needed work.",
        "© 2021 Harbour News",
    )


def test_dated_lines_skip_scripts_styles_the_head_and_long_paragraphs():
    head = "<title>Ferry 2021</title><script>var d = '2 June 2021';</script>"
    body = (
        "<div><script>var posted = 'Published 3 June 2021';</script>"
        "<style>.x2021 { color: red }</style><noscript><p>Posted 4 June 2021</p></noscript>"
        f"<p>{'The ferry runs again after the winter of 2020. ' * 6}</p>"
        "<p>Posted 5 June 2021</p></div>"
    )
    assert lines_of(body, head) == ("Posted 5 June 2021",)


def test_a_lines_script_and_comments_are_not_printed_but_the_text_after_them_is():
    body = (
        "<div><p>Posted <!-- 9 May 2011 --> 2 <b>June</b> 2021"
        "<script>var d = '3 June 2021';</script> at noon</p><p>The ferry runs.</p></div>"
    )
    assert lines_of(body) == ("Posted 2 June 2021 at noon",)


def test_a_year_next_to_other_digits_in_the_markup_is_still_a_dated_line():
    """The line's whole text, read first to skip lines with no year, joins its pieces with
    no space ("20215"): only the printed line, pieces spaced, is asked for a year's edges."""
    body = "<div><p>Posted 2 June <b>2021</b><b>5</b> comments</p><p>The ferry runs.</p></div>"
    assert lines_of(body) == ("Posted 2 June 2021 5 comments",)


def test_dated_lines_are_bounded_on_a_page_of_a_thousand_dated_links():
    items = "".join(f"<li><a href='/a{n}'>Story {n}, 2020</a></li>" for n in range(1000))
    found = lines_of(f"<ul>{items}</ul>")
    assert len(found) == MAX_DATED_LINES
    assert found[0] == "Story 0, 2020"


def test_a_cleaned_page_carries_its_dated_lines():
    text = "The ferry to the island runs again after a winter of repairs to the old pier. " * 3
    body = f"<article><p>Veröffentlicht am 16.08.2019</p><p>{text}</p></article>"
    raw = RawArticle(
        id="f", source="f.html", text=f"<html><body>{body}</body></html>", format="html"
    )
    assert clean(raw).html.dated_lines == ("Veröffentlicht am 16.08.2019",)


def test_the_library_reading_of_the_tree_is_the_reading_of_the_text_and_leaves_it_whole():
    body = (
        "<div><script>var x = 1;</script><p>Posted 4 March 2011 by the harbour office.</p>"
        "<p>The ferry runs again.</p></div>"
    )
    page = f"<html><head><title>Ferry</title></head><body>{body}</body></html>"
    tree = parse_page(page)
    before = etree.tostring(tree)
    assert library_page_date(tree) == library_page_date(page) == "2011-03-04"
    assert etree.tostring(tree) == before  # htmldate pruned its own copy


def test_a_line_beside_a_block_is_read_and_nothing_under_a_hidden_element_is():
    body = (
        "<div><span>Posted 2 June 2021</span><p>The ferry runs.</p>"
        "<noscript><div><template><p>Cached 3 June 2021</p></template>"
        "<p>Cached 4 June 2021</p></div></noscript>"
        "<section><div><p>Updated 5 June 2021</p></div><em>Since 1998</em></section></div>"
    )
    assert lines_of(body) == ("Posted 2 June 2021", "Updated 5 June 2021", "Since 1998")


def test_dated_lines_of_a_page_nested_as_deep_as_the_parser_keeps():
    depth = 200  # lxml's HTML parser keeps 255 levels
    body = "<div>" * depth + "<p>Posted 2 June 2021</p><p>The ferry.</p>" + "</div>" * depth
    assert lines_of(body) == ("Posted 2 June 2021",)

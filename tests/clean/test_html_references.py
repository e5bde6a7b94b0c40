"""A saved page's metadata kept letter for letter: trafilatura decoded it a second time.

Every page here is invented. `shown` is what a browser shows; `source()` writes it as a page
must (each `&`, `<`, `>` as a reference), so lxml's one decoding gives `shown` back.
"""

from __future__ import annotations

from generator.clean import clean
from generator.clean.from_html import extract_page, page_metadata, parse_page
from generator.clean.html_references import MARK, marked_references
from generator.metadata import extract_metadata
from generator.models import RawArticle

_BODY = "".join(
    f"<p>The harbour council met on Tuesday and agreed to repair the old bridge, part {n}, "
    "after a long dispute between the town and the port authority about the cost.</p>"
    for n in range(5)
)


def source(shown: str) -> str:
    return shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(head: str, byline: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Bridge to be repaired</h1>"
        f"{byline}{_BODY}</article></body></html>"
    )


def metadata_of(html: str):
    tree = parse_page(html)
    assert tree is not None
    return extract_page(tree)[1]


SHOWN = ["Harbour &lt;b&gt; Gazette", "Harbour &amp;amp; Gazette", "Harbour&nbsp;Gazette"]


def test_a_site_name_trafilatura_reads_is_kept_as_the_page_shows_it() -> None:
    # no og:site_name nor JSON-LD publisher: the name is trafilatura's (meta publisher)
    for shown in SHOWN:
        html = page(f'<meta name="publisher" content="{source(shown)}">')
        assert metadata_of(html).sitename == shown
        raw = RawArticle(id="p", source="p.html", text=html, format="html")
        assert extract_metadata(clean(raw)).publication == shown


def test_an_open_graph_site_name_is_kept_as_the_page_shows_it() -> None:
    for shown in SHOWN:
        html = page(f'<meta property="og:site_name" content="{source(shown)}">')
        raw = RawArticle(id="p", source="p.html", text=html, format="html")
        assert extract_metadata(clean(raw)).publication == shown


def test_a_description_and_a_title_are_kept_as_the_page_shows_them() -> None:
    shown = "Write &lt;b&gt; to make a word bold; &amp;amp; is one level more, &nbsp; a space"
    html = page(
        f'<meta name="description" content="{source(shown)}">'
        f'<meta property="og:title" content="{source(shown)}">'
    )
    got = metadata_of(html)
    assert (got.description, got.title) == (shown, shown)


def test_a_canonical_address_keeps_its_query_letter_for_letter() -> None:
    # `&region=` and `&section=` begin with the legacy references `&reg` and `&sect`
    for address in (
        "https://news.example.org/story?id=7&region=north&section=2",
        "https://news.example.org/story?a=1&copy=2&not=3&para=4",
    ):
        html = page(f'<link rel="canonical" href="{source(address)}">')
        assert metadata_of(html).url == address
        html = page(f'<meta property="og:url" content="{source(address)}">')
        assert metadata_of(html).url == address


def test_a_byline_showing_references_gives_no_pieces_of_them_as_names() -> None:
    # trafilatura cuts names at `&` and `;`: a reference shown in a byline came out as the
    # names "Lt", "B", "Gt" or "Amp", and `&#60;b&#62;` was decoded and cut out as a tag
    for shown in ("Ann Lee &lt;b&gt; Bo Chan", "Ann Lee &amp;amp; Bo Chan", "Ann &#60;b&#62; Lee"):
        for html in (
            page(f'<meta name="author" content="{source(shown)}">'),
            page("", f'<p class="byline">By <span class="author">{source(shown)}</span></p>'),
        ):
            assert metadata_of(html).authors == ()


def test_a_byline_without_references_is_read_as_before() -> None:
    html = page('<meta name="author" content="Ann Lee &amp; Bo Chan">')
    assert metadata_of(html).authors == ("Ann Lee", "Bo Chan")


def test_a_page_with_no_article_text_keeps_its_metadata_letter_for_letter() -> None:
    shown = "Harbour &amp;amp; Gazette"
    tree = parse_page(
        f'<html><head><meta name="description" content="{source(shown)}"></head>'
        "<body><p>Short.</p></body></html>"
    )
    assert page_metadata(tree).description == shown


def test_marking_leaves_the_tree_as_it_was() -> None:
    html = page(
        '<meta name="description" content="a &amp;amp; b &amp;lt; c">'
        '<script type="application/ld+json">{"name": "x &amp; y"}</script>',
        f"<p>{source('&lt;b&gt; &amp; AT&T &region')}{MARK}</p>",
    )
    tree = parse_page(html)
    before = [(e.text, e.tail, dict(e.attrib)) for e in tree.iter()]
    with marked_references(tree):
        assert [(e.text, e.tail, dict(e.attrib)) for e in tree.iter()] != before
    assert [(e.text, e.tail, dict(e.attrib)) for e in tree.iter()] == before

"""HTML input: a small hand-written saved page goes through trafilatura and the text path."""

from __future__ import annotations

from pathlib import Path

from generator.clean import clean
from generator.metadata import extract_metadata
from generator.models import RawArticle

PAGE = Path(__file__).parent.parent / "fixtures" / "html" / "article_page.html"


def page(text: str | None = None):
    raw = RawArticle(
        id="article_page",
        source="article_page.html",
        text=text if text is not None else PAGE.read_text(encoding="utf-8"),
        format="html",
    )
    return clean(raw)


def test_html_page_metadata_is_read() -> None:
    meta = page().html
    assert meta is not None
    assert meta.title == "Harbour bridge to be repaired"
    assert meta.authors == ("Jane Doe",)
    assert meta.library_date == "2017-03-14"
    assert meta.date is None  # trafilatura's reading: only asked for where htmldate found none
    assert meta.sitename == "Harbour Gazette"
    assert meta.url == "https://www.harbourgazette.com/2017/03/14/harbour-bridge"


def test_html_body_keeps_the_article_and_drops_the_page_furniture() -> None:
    text = "\n".join(block.text for block in page().blocks)
    assert "The city council voted on Tuesday" in text
    assert "the work can begin in the autumn" in text
    assert "Storm closes ferry" not in text
    assert "All rights reserved" not in text


def test_html_real_links_are_put_back_on_the_paragraph() -> None:
    block = next(b for b in page().blocks if b.text.startswith("The city council"))
    assert [(block.text[k.start : k.end], k.href) for k in block.links] == [
        ("voted on Tuesday", "https://example.org/the-vote")
    ]


def test_html_article_metadata_uses_the_page() -> None:
    got = extract_metadata(page())
    assert got.title == "Harbour bridge to be repaired"
    assert got.authors == ("Jane Doe",)
    assert (got.published, got.published_basis) == ("2017-03-14", "metadata")
    assert got.publication == "Harbour Gazette"
    assert [p.text for p in got.paragraphs if p.kind == "subhead"] == ["What happens next"]
    assert got.paragraphs[0].id == "p1"


def test_html_page_without_an_article_warns_instead_of_crashing() -> None:
    cleaned = page("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert any(w.startswith("no article") for w in cleaned.warnings)


def test_html_page_furniture_is_in_the_audit_trail_not_lost() -> None:
    removed = [(r.reason, r.text) for r in page().removed]
    furniture = [
        text for reason, text in removed if reason == "outside the article (page furniture)"
    ]
    assert furniture == [
        "Home\nNews\nSport",
        "Most read\nStorm closes ferry\nSchool fair returns\nCopyright © 2017 Harbour Gazette. All rights reserved.",
    ]


def test_html_audit_trail_lists_a_repeated_menu_once() -> None:
    text = PAGE.read_text(encoding="utf-8").replace(
        "<footer>",
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav><footer>",
    )
    furniture = [r.text for r in page(text).removed if r.reason.startswith("outside the article")]
    assert sum(t.count("News") for t in furniture) == 1


def test_only_the_precise_run_has_the_fallbacks() -> None:
    """readability and jusText (trafilatura's fallbacks) may replace the precise run's
    body; the balanced run only lends inner paragraphs, so it runs without them."""
    from generator.clean.from_html import _BALANCED, _EXTRACT

    assert not _EXTRACT.fast
    assert _BALANCED.fast and _BALANCED.focus == "balanced"


def test_angle_brackets_in_a_pages_text_are_kept_as_they_are() -> None:
    # trafilatura's Markdown escapes `<` (`2 \< 3`): the backslash is its syntax, not a
    # letter of the page, and showed on the site ('\<b>'), as the other escapes did not
    sentence = (
        "Inflation fell to 2 < 3 per cent, said the minister, who wrote <b> in his notes "
        "and called the rise of prices a problem for every household in the country."
    )
    body = "".join(f"<p>{sentence} Part {n}.</p>" for n in range(4))
    html = f"<html><body><article><h1>Prices</h1>{body.replace('<b>', '&lt;b&gt;')}</article></body></html>"
    text = "\n".join(block.text for block in page(html).blocks)
    assert "fell to 2 < 3 per cent" in text and "wrote <b> in his" in text
    assert "\\" not in text


def test_a_pages_text_is_kept_letter_for_letter_entities_it_shows_too() -> None:
    # lxml decodes the page's references once; trafilatura's text output decoded them a
    # second time (`&amp;lt;b&amp;gt;`, which a page shows as `&lt;b&gt;`, came out `<b>`),
    # and read the words `&nbsp;` and `&#10;` as a space and a line break
    shown = [
        "To make a word bold, an editor writes &lt;b&gt; before it and closes the tag after it.",
        "An escaped ampersand is written &amp;amp; in a page's source, one level more than shown.",
        "Two entities are often confused: &nbsp; is a space and &#10; a line break in a source.",
        "Fish & chips cost £5 at the stall near the harbour, and 2 < 3 holds as 5 > 4 does.",
    ]
    source = [s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for s in shown]
    source[3] = source[3].replace("£", "&#163;")
    body = "".join(f"<p>{s} The council met in the town hall on Tuesday.</p>" for s in source)
    html = f"<html><body><article><h1>Markup for editors</h1>{body}</article></body></html>"
    text = "\n".join(block.text for block in page(html).blocks)
    for sentence in shown:
        assert f"{sentence} The council met" in text

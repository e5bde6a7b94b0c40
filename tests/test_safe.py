"""render.safe: untrusted text renders as exactly its characters, through real Markdown."""

import html as html_module
import re

import markdown
import pytest

from generator.render.safe import html_text, md, md_link, safe_href, tag_name

EXTENSIONS = ["tables", "attr_list", "md_in_html", "toc"]


def rendered(source: str) -> str:
    return markdown.markdown(source, extensions=EXTENSIONS)


HOSTILE = [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    'text {: onclick="alert(1)" }',
    '--8<-- "/etc/passwd"',
    "{{ config.secret }} {% include 'x' %}",
    "# Heading injection",
    "- list injection",
    "1. numbered",
    "> quote injection",
    "*emphasis* and __strong__ and `code`",
    "<https://autolink.example>",
    "| table | cell |",
    "&lt;already escaped&gt; &amp;",
    ":smile: ==mark== ~~del~~ ^sup^",
    '<img src=x onerror="alert(1)">',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escaping_keeps_text_literal(text):
    html = rendered(md(text))
    assert re.findall(r"<(\w+)", html) == ["p"], html
    inner = html.removeprefix("<p>").removesuffix("</p>")
    assert html_module.unescape(inner) == text


def test_newlines_collapse_so_no_block_can_start():
    html = rendered("Intro " + md("line one\n\n# heading\n\n<div>x</div>"))
    assert "<h1" not in html and "<div>" not in html


def test_html_text_escapes_quotes_for_attributes():
    assert html_text('"><script>') == "&quot;&gt;&lt;script&gt;"


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("mailto:desk@example.org", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("vbscript:x", False),
        ("file:///etc/passwd", False),
        ("//evil.example/x", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("#", False),
        ("", False),
    ],
)
def test_only_http_https_and_mailto_links_survive(href, kept):
    assert (safe_href(href) is not None) is kept


def test_unsafe_link_renders_as_plain_label():
    html = rendered(md_link("Read", "javascript:alert(1)"))
    assert html == "<p>Read</p>"


def test_safe_link_renders_with_rel():
    html = rendered(md_link("Read [more]", "https://example.org/a_(b)"))
    assert html_module.unescape(html) == (
        '<p><a href="https://example.org/a_%28b%29" rel="nofollow noopener">Read [more]</a></p>'
    )


def test_tag_names_lose_markup():
    assert tag_name("<b>Foreign Policy</b>") == "bForeign Policyb"
    assert tag_name("   ") == "untitled"


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("\u202etxt.exe", "\u202etxt.exe\u202c"),  # right-to-left override
        ("a\u202bb\u202dc", "a\u202bb\u202dc\u202c\u202c"),  # embedding, then override
        ("\u2067x\u202ay", "\u2067x\u202ay\u202c\u2069"),  # an isolate holding an embedding
        ("\u202ex\u202c y", "\u202ex\u202c y"),  # closed by the text itself
        ("\u2068x\u2069\u202c", "\u2068x\u2069\u202c"),  # a stray closer opens nothing
        ("עברית \u200f(1)", "עברית \u200f(1)"),  # marks and letters are no embedding
        ("zw\u200dj", "zw\u200dj"),
    ],
)
def test_an_open_bidi_embedding_is_closed_where_the_text_ends(text, closed):
    # an override left open in a title reverses the generator's own words after it on
    # the same line ("(3 May 2019): new sources: …"); letters are kept, a closer added
    assert html_text(text) == closed
    assert html_module.unescape(md(text)) == closed

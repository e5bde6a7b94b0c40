"""A third body candidate: readability-lxml's article (a port of Readability), as blocks.

trafilatura's two runs and readability-lxml disagree on different pages: readability keeps
what Readability.js counts as the article (a subhead, a short closing line) where
trafilatura's precise run cuts, and trafilatura drops boxes readability keeps. The blocks
here are plain text in Markdown's shape (one block a paragraph, `#` for a heading, `- ` for
a list item), so that they align with trafilatura's Markdown by their words
(`clean.html_merge`).
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring
from readability import Document

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg math".split())
_HEADING_RE = re.compile(r"h([1-6])")
_SPACE_RE = re.compile(r"\s+")

logging.getLogger("readability.readability").setLevel(logging.CRITICAL)
"""readability-lxml logs a page it cannot read with a traceback; the caller says it once."""


def article_html(html: str) -> str:
    """readability-lxml's article as an HTML fragment ("" when it finds none or fails)."""
    if not html.strip():
        return ""
    try:
        return Document(html).summary(html_partial=True) or ""
    except Exception:  # untrusted page: the other candidates stand alone  # noqa: BLE001
        return ""


def blocks(fragment: str) -> list[str]:
    """The fragment's block texts in order: whitespace runs made one space, empty blocks
    dropped; a heading starts with `#` marks, a list item with `- `."""
    if not fragment.strip():
        return []
    try:
        root = fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    out: list[str] = []
    current: list[str] = []
    prefix = [""]

    def close(end: bool = False) -> None:
        text = _SPACE_RE.sub(" ", "".join(current)).strip()
        if text:
            out.append(prefix[0] + text)
        current.clear()
        if text or end:
            prefix[0] = ""

    def walk(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS or not tag:
            current.append(node.tail or "")
            return
        block = tag in _BLOCK_TAGS
        if block:
            close()
            heading = _HEADING_RE.fullmatch(tag)
            mark = "#" * int(heading.group(1)) + " " if heading else "- " if tag == "li" else ""
            prefix[0] = mark or prefix[0]  # a paragraph inside a list item stays an item
        current.append(node.text or "")
        for child in node:
            walk(child)
        if block:
            close(end=True)
        current.append(node.tail or "")

    walk(root)
    close()
    return out


def readability_markdown(html: str) -> str:
    """readability-lxml's article as Markdown-ish blocks separated by blank lines."""
    return "\n\n".join(blocks(article_html(html)))

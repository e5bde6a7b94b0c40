"""Every title a saved page declares about itself, each named by where it was read.

The metadata stage weighs these against each other (`generator.metadata.title_vote`): a
page's own declarations (JSON-LD headline, og:title, <title>) agree far more often on the
real title than a section heading or a promo <h1> does. Reading them here keeps the DOM
in the HTML path; the metadata stage only sees (source, text) pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from .html_jsonld import jsonld_blocks, jsonld_values

_SPACE_RE = re.compile(r"\s+")
_MAX_LEN = 300
"""Longer "titles" are a description or a body pasted into a meta tag."""
_META_SOURCES = (
    ("og", "//meta[@property='og:title']/@content"),
    ("twitter", "//meta[@name='twitter:title']/@content"),
    ("meta", "//meta[@name='title' or @name='dc.title' or @name='DC.title']/@content"),
)
_MAX_H1 = 3


def _clean(text: object) -> str:
    return _SPACE_RE.sub(" ", text).strip() if isinstance(text, str) else ""


def _headlines(value: object) -> Iterator[str]:
    """Every `headline` in a JSON-LD value, depth first, in document order."""
    return (h for h in jsonld_values(value, ("headline",)) if isinstance(h, str))


def _jsonld_headline(blocks: list[object]) -> str:
    """The first JSON-LD headline; a script that is not valid JSON is skipped."""
    for data in blocks:
        for headline in _headlines(data):
            if _clean(headline):
                return _clean(headline)
    return ""


def title_candidates(
    tree: HtmlElement, blocks: list[object] | None = None
) -> tuple[tuple[str, str], ...]:
    """(source, title) pairs: jsonld, og, twitter, meta, title, h1 (first three), in order.
    `blocks`: the page's `jsonld_blocks`, when the caller has read them."""
    blocks = jsonld_blocks(tree) if blocks is None else blocks
    found: list[tuple[str, str]] = [("jsonld", _jsonld_headline(blocks))]
    for source, path in _META_SOURCES:
        found.extend((source, _clean(value)) for value in tree.xpath(path)[:1])
    found.extend(("title", _clean(node.text_content())) for node in tree.xpath("//title")[:1])
    h1s = [_clean(node.text_content()) for node in tree.xpath("//h1")]
    found.extend(("h1", text) for text in [t for t in h1s if t][:_MAX_H1])
    return tuple((source, text) for source, text in found if text and len(text) <= _MAX_LEN)

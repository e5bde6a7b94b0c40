"""A saved page's metadata read through trafilatura letter for letter.

lxml decodes a page's character references once: a page showing `&lt;b&gt;` has the text
`&lt;b&gt;`. trafilatura's metadata pass decodes every field again (`html.unescape` in
`Document.clean_and_trim`, and once more in `normalize_authors` where it sees `&#` or
`&amp;`) and reads the words `&nbsp;`, `&#10;`, `&#13;` as spaces: a site name shown as
`&lt;b&gt;` came out `<b>`, a canonical address's `&region=` came out `®ion=` (`&reg` is
a reference even without its `;`). So every `&` of the decoded text that a decoding would
read gets `MARK` after it while trafilatura reads the page, and the mark is taken out of
what it gives back. A `<script>` or `<style>` is not decoded by the parser (JSON-LD's
`&amp;` is still to be read once): its text is left as it is. The body has its own
remedy (`from_html._written`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document

MARK = "\u2e2e"
"""Written after a reference's `&`: printable (trafilatura keeps it), no word character,
no separator or symbol any of trafilatura's patterns removes, and rare in any text."""
_QUOTED_MARK = quote(MARK)
"""The mark in an address trafilatura normalised (courlan percent-encodes it)."""
_REFERENCE_RE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
"""What `html.unescape` may read as a reference (its own pattern); it is one when the
decoding changes it."""
_DECODED = etree.XPath(
    "//text()[contains(., '&')] | (//meta | //link | //base)/@*[contains(., '&')]"
)
"""What trafilatura's metadata pass may read that holds an `&`: any text, and the
attributes of the head's elements (the other attributes it reads give fields no stage
uses: categories, tags, licence). Every attribute costs 0.7 ms a page (c1300), these 0.2."""
_RAW_TEXT = frozenset({"script", "style"})
"""Elements whose text the parser leaves undecoded."""


def _marked(text: str) -> str:
    def mark(found: re.Match[str]) -> str:
        reference = found.group()
        return "&" + MARK + reference[1:] if html.unescape(reference) != reference else reference

    return _REFERENCE_RE.sub(mark, text)


def unmarked(value: str | None) -> str | None:
    """`value` as the page has it (also in an address, where the mark came back encoded)."""
    if not value or MARK not in value and _QUOTED_MARK not in value:
        return value
    return value.replace("&" + MARK, "&").replace("&" + _QUOTED_MARK, "&")


@contextmanager
def marked_references(tree: HtmlElement) -> Iterator[None]:
    """Every decoded text and attribute of `tree` with its references marked, for the
    duration; put back exactly as they were after."""
    undo: list[Callable[[], None]] = []
    for found in _DECODED(tree):
        owner = found.getparent()
        if owner is None or found.is_text and owner.tag in _RAW_TEXT:
            continue
        marked = _marked(str(found))
        if marked == found:
            continue
        if found.is_attribute:
            name = found.attrname
            owner.set(name, marked)
            undo.append(lambda owner=owner, name=name, was=str(found): owner.set(name, was))
        elif found.is_tail:
            owner.tail = marked
            undo.append(lambda owner=owner, was=str(found): setattr(owner, "tail", was))
        else:
            owner.text = marked
            undo.append(lambda owner=owner, was=str(found): setattr(owner, "text", was))
    try:
        yield
    finally:
        for put_back in reversed(undo):
            put_back()


def page_document(tree: HtmlElement, *args: Any) -> Document:
    """trafilatura's metadata of the page (`extract_metadata(tree, *args)`), its text
    fields letter for letter. Authors it cut out of a reference (`&lt;` gives "Lt") are no
    names: with one of them, its authors are None."""
    with marked_references(tree):
        document = extract_metadata(tree, *args)
    for field in ("title", "sitename", "description", "url", "hostname"):
        setattr(document, field, unmarked(getattr(document, field)))
    author = unmarked(document.author)
    document.author = None if author and MARK in author else author
    return document

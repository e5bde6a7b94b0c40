"""The publication day a saved page declares in its structured metadata.

htmldate reads these declarations too, but weighs them against dates it finds elsewhere in
the page, and a header clock ("Wednesday, 8 July 2020": today's date on every page of a
site) or a teaser's date can win. A page's own statement of when it was published
(JSON-LD `datePublished`, `<meta property="article:published_time">`, an element marked
`itemprop="datePublished"`) is separate evidence for the publication-day vote
(`generator.metadata.published_vote`), read here so the metadata stage never sees the DOM.

htmldate's strict reading (`strict_page_date`: no free-text search) is a third: where it
agrees with htmldate's full reading, the day came from the page's markup, not from a date
somewhere in its text.

The page's short printed lines that hold a year (`dated_lines`) go to the metadata stage
too: "Veröffentlicht am 16.08.2019" under the article states its day in words, where
htmldate may take a header clock, a teaser's date or a copyright year.

htmldate's full reading itself (`library_page_date`) is run here as the library alone is
run (`original_date` and `extensive_search` on, on the page's whole tree), so the vote
starts from the very answer it must never fall below; the address the page states
(`og:url`) is passed as trafilatura passes it, so a date in it still counts (on the benchmark pages this changes no day against htmldate alone).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from htmldate import extractors as _htmldate_extractors
from htmldate import find_date
from lxml.html import HtmlElement

from .html_jsonld import jsonld_blocks, jsonld_values

_DATEPARSER_MEMO = 4096
"""Date strings whose dateparser reading is kept (a few hundred bytes each)."""


def _memoise_dateparser() -> None:
    """htmldate's dateparser reading of a date string, kept for the process.

    htmldate caches its reading of a date string per output format and time window, and
    reads each free-text string in two formats, on two runs a page (trafilatura's, ours):
    a string only dateparser can try ("21. juni/lipanj, 2020") went through its 205 locales
    four times, about 13 ms each. dateparser's answer depends on the string alone. Should a
    later htmldate rename its private hook, nothing breaks but the speed (a test notices).
    """
    read = getattr(_htmldate_extractors, "_external_date", None)
    if callable(read) and not hasattr(read, "cache_info"):
        _htmldate_extractors._external_date = lru_cache(maxsize=_DATEPARSER_MEMO)(read)


_memoise_dateparser()

_ISO_DAY_RE = re.compile(r"\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d])")
"""A machine-written date at the start of the value; a printed local date is left to the
text readers."""
_JSONLD_KEYS = ("datePublished", "dateCreated")
_META_NAMES = frozenset(
    "article:published_time og:published_time datepublished publishdate pubdate "
    "dc.date.issued dcterms.issued dcterms.created parsely-pub-date sailthru.date".split()
)
"""Meta names and properties that state the publication time (not a modification)."""


def _iso_day(value: object) -> str | None:
    match = _ISO_DAY_RE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


def _declarations(tree: HtmlElement, blocks: list[object] | None) -> Iterator[object]:
    """Declared publication times in precedence order: JSON-LD, meta tags, microdata."""
    for data in jsonld_blocks(tree) if blocks is None else blocks:
        yield from jsonld_values(data, _JSONLD_KEYS)  # datePublished, then dateCreated
    for meta in tree.xpath("//meta[@content]"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if name.strip().lower() in _META_NAMES:
            yield meta.get("content")
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        yield element.get("content") or element.get("datetime")


def declared_stamp(tree: HtmlElement, blocks: list[object] | None = None) -> str | None:
    """The first declared publication time, as the page writes it (its time and zone
    included), or None: `html_local_day` reads its zone. `blocks`: the page's
    `jsonld_blocks`, when the caller has read them."""
    for value in _declarations(tree, blocks):
        if isinstance(value, str) and _iso_day(value):
            return value.strip()
    return None


def stamp_day(stamp: str | None) -> str | None:
    """The day (`YYYY-MM-DD`) a declared time starts with, or None."""
    return _iso_day(stamp)


def declared_date(tree: HtmlElement) -> str | None:
    """The first declared publication day (`YYYY-MM-DD`), or None."""
    return stamp_day(declared_stamp(tree))


def _htmldate(page: HtmlElement | bytes, extensive: bool, url: str | None = None) -> str | None:
    try:
        found = find_date(page, extensive_search=extensive, original_date=True, url=url)
    except Exception:  # a malformed page must not sink the article  # noqa: BLE001
        return None
    return _iso_day(found)


def strict_page_date(tree: HtmlElement) -> str | None:
    """htmldate's publication day from the page's markup alone (`extensive_search=False`:
    meta tags, JSON-LD, abbr/time elements, date-classed elements), or None."""
    return _htmldate(tree, extensive=False)


def library_page_date(html: str | HtmlElement, url: str | None = None) -> str | None:
    """htmldate's publication day as the library gives it (`extensive_search=True`,
    `original_date=True`, the page's stated `url` if any), or None. The cleaner gives it the
    page's tree (parsed once, `from_html.parse_page`): htmldate reads a tree in place and
    copies it before pruning, and its own parse of the text cost about 1.3 ms a page; the day
    is the same as from the text on every page of the three HTML folders (both parts: the
    suite's figures are equal). A text goes as UTF-8 bytes: htmldate downloads a string that
    looks like an address, and a page's text is untrusted (bytes it decodes back to the
    same text)."""
    if isinstance(html, HtmlElement):
        return _htmldate(html, extensive=True, url=url)
    return _htmldate(html.encode("utf-8", "replace"), extensive=True, url=url)


def page_locale(tree: HtmlElement) -> str | None:
    """The locale the page declares (`og:locale`, else `<html lang>`): evidence for the
    day/month order of its numeric dates (`generator.metadata.published_order`)."""
    for meta in tree.xpath("//meta[@content]"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:locale":
            return meta.get("content", "").strip() or None
    root = tree.getroottree().getroot()
    return (root.get("lang") or root.get("xml:lang") or "").strip() or None


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")
"""A year's digits with no edges: found in an element's whole text (hidden parts and all)
whenever its printed line holds a year, since a line only drops text and adds spaces."""
_BLOCK_TAGS = frozenset(
    "div p li ul ol dl dd dt table tr td th article section header footer aside main nav "
    "h1 h2 h3 h4 h5 h6 blockquote figure form body".split()
)
_UNSEEN_TAGS = frozenset("script style noscript template head title".split())
_LINE_CHARS = (6, 200)
MAX_DATED_LINES = 120
"""Lines kept, in page order: enough for a byline under a long header, bounded for a page
that lists a thousand dated links."""


def _lines(tree: HtmlElement, holding: re.Pattern[str] | None = None) -> Iterator[str]:
    """The page's printed lines: the text of the largest elements with no block inside (a
    `<p>`, a `<span>` beside a `<div>`), in page order. No recursion, each element marked at
    most once, so a deeply nested page costs no more than a flat one. With `holding`, only
    the lines whose element's whole text (lxml's, in C) has a match of it are read: most
    lines of a page hold no year, and reading a line's visible text in Python costs far
    more. The elements holding a block and the hidden ones are found from the block and
    unseen elements themselves (lxml's `iter` by tag, in C), each ancestor or descendant
    marked once, not by asking every element for its children and parent: 1.6 -> 1.2 ms CPU
    a page, the same lines on all 1,393 pages of c1300 and the three HTML folders."""
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    holds_block: set[HtmlElement] = set()
    for element in tree.iter(*_BLOCK_TAGS):
        if element is not tree:
            _mark_ancestors(element, holds_block, tree)
    hidden: set[HtmlElement] = set()
    for element in tree.iter(*_UNSEEN_TAGS):
        if element not in hidden:
            hidden.update(e for e in element.iter() if isinstance(e.tag, str))
    for element in elements:
        if (
            element not in holds_block
            and element not in hidden
            and element.getparent() in holds_block
            and (holding is None or holding.search(element.text_content()))
        ):
            yield _visible_text(element, hidden)


def _mark_ancestors(element: HtmlElement, marked: set[HtmlElement], top: HtmlElement) -> None:
    """Add the element's ancestors up to `top` to `marked`, stopping at the first already
    there (whose own ancestors then are too)."""
    for above in element.iterancestors():
        if above in marked:
            return
        marked.add(above)
        if above is top:
            return


def _visible_text(line: HtmlElement, hidden: set[HtmlElement]) -> str:
    """The line's text, in order, less scripts, styles and comments inside it; pieces
    joined by a space ("<span>By X</span><span>Posted" reads "By X Posted")."""
    pieces: list[str] = []
    stack: list[tuple[HtmlElement, bool]] = [(line, False)]
    while stack:
        node, closed = stack.pop()
        if closed:
            if node is not line and node.tail:
                pieces.append(node.tail)
            continue
        stack.append((node, True))
        if node in hidden or not isinstance(node.tag, str):
            continue  # a script or a comment: its text is not printed, its tail is
        pieces.append(node.text or "")
        stack.extend((child, False) for child in reversed(node))
    return " ".join(" ".join(pieces).split())


def dated_lines(tree: HtmlElement) -> tuple[str, ...]:
    """The page's short printed lines that hold a year, in page order, once each: where a
    publication day is printed in words (`generator.metadata.published_text` reads them)."""
    lines: dict[str, None] = {}
    for text in _lines(tree, _YEAR_DIGITS_RE):
        if _LINE_CHARS[0] <= len(text) <= _LINE_CHARS[1] and _YEAR_RE.search(text):
            lines.setdefault(text, None)
            if len(lines) >= MAX_DATED_LINES:
                break
    return tuple(lines)

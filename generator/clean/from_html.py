"""HTML input: a saved web page → Cleaned, through trafilatura and the text path.

trafilatura finds the article in the page's DOM (better than any text-only evidence
can); its Markdown output then goes through the same repair and deduplication as
scraped text, with the body trusted as a whole. The page's own metadata (title,
authors, date, site name, canonical URL, description) travels in `Cleaned.html`.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace

from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.core import determine_returnstring
from trafilatura.metadata import Document
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

from ..models import Cleaned, HtmlMetadata, Link, Paragraph, RawArticle, Removal
from .from_text import clean_text
from .html_dates import (
    dated_lines,
    declared_stamp,
    library_page_date,
    page_locale,
    stamp_day,
    strict_page_date,
)
from .html_jsonld import jsonld_authors, jsonld_blocks
from .html_local_day import local_day
from .html_merge import merge_inner, without_inline_tags
from .html_parsers import use_c_lookup
from .html_references import page_document
from .html_sitename import choose_site_name, site_evidence
from .html_titles import title_candidates
from .html_trafdate import SKIP_DATE_SEARCH, trafilatura_date
from .inline import normalize_chars

use_c_lookup()  # every page's elements reach Python through a C lookup (html_parsers)

_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|,)\s*")


def extractor_options(
    with_metadata: bool,
    precision: bool = True,
    recall: bool = False,
    date_search: bool = True,
    fast: bool = False,
) -> Extractor:
    """trafilatura's settings for the body, as measured on the benchmark.

    `fast` (no readability/justext fallback) stays off for the precise run: 15 % faster,
    but F1 0.973 → 0.970; the balanced run, whose inner paragraphs only are used, takes it.
    Without `date_search` the metadata pass leaves the date to `html_trafdate`.
    """
    return Extractor(
        fast=fast,
        output_format="markdown",
        comments=False,
        tables=True,
        # with links on, trafilatura 2.x drops text next to some anchors (measured on
        # the benchmark: F1 0.965 → 0.956); links are put back from the DOM instead
        links=False,
        images=False,
        precision=precision,
        recall=recall,
        dedup=False,
        with_metadata=with_metadata,
        date_params=None if date_search else SKIP_DATE_SEARCH,
    )


# The body is extracted and written without trafilatura's YAML header (`_WRITE`); the
# page's metadata is read from the same tree with `_EXTRACT`'s settings, letter for letter
# (`html_references`). Its date search is run later, only if htmldate alone finds no day
# (`html_trafdate`).
_EXTRACT = extractor_options(with_metadata=True, date_search=False)
_WRITE = extractor_options(with_metadata=False)
_BALANCED = extractor_options(with_metadata=False, precision=False, fast=True)
"""The second run, whose inner paragraphs the precise one lacks are put back
(`clean.html_merge`). Without readability and jusText (`fast`) it costs a third less (14 ms
a page, not 21, on htmldate's pages) and the merged body is the same on 639 of the 643
pages of the three HTML folders: those fallbacks replace a whole body, whose inner
paragraphs are then rarely between two the precise run kept."""


def parse_page(html: str) -> HtmlElement | None:
    """The page's DOM, parsed once for everything the HTML path reads (None: not HTML)."""
    try:
        return load_html(html)
    except (TypeError, ValueError):
        return None


NOT_READ_BY_EXTRACTION = ("script", "style", "svg")
"""Elements whose text is no article and whose removal changes no extracted body or
metadata field (every cleaned page the same on the 310 read pages of the three HTML folders
and the 750 of c1300); JSON-LD scripts stay, read for the metadata. Inline SVG (icons: an
`<svg>` of `<path>`, `<use>`, `<g>` elements, about 30 of a c1300 page's 810 elements) is
walked by every XPath of both runs: without it trafilatura's runs take about 4 % less CPU,
and the extracted body and metadata are the same on all 1,393 pages of c1300 and the three
HTML folders (both parts); dropping `<noscript>` and `<template>` too would change three.
htmldate does read scripts (a date in a script variable), so the date readers get the
whole page."""


def article_tree(tree: HtmlElement) -> HtmlElement:
    """A copy of the page for trafilatura's runs, without `NOT_READ_BY_EXTRACTION`.

    Each run copies the tree it is given two or three times and walks it with long XPath
    expressions; the inline scripts and styles of a news page are much of its bytes. The
    cleaner took 49.9 -> 45.7 ms CPU a page on 120 c1300 pages (whole and stripped runs
    alternating which goes first)."""
    copied = deepcopy(tree)
    for element in list(copied.iter(*NOT_READ_BY_EXTRACTION)):
        if element.tag == "script" and _is_jsonld(element):
            continue
        element.drop_tree()  # its tail stays, joined to what comes before
    return copied


def _is_jsonld(script: HtmlElement) -> bool:
    return (script.get("type") or "").strip().lower() == "application/ld+json"


def _metadata_from(document: Document | None) -> HtmlMetadata:
    if document is None:
        return HtmlMetadata()
    authors = tuple(a for a in _AUTHOR_SPLIT_RE.split(document.author or "") if a)
    return HtmlMetadata(
        title=document.title or None,
        authors=authors,
        date=document.date or None,
        sitename=document.sitename or None,
        url=document.url or None,
        description=document.description or None,
    )


def page_metadata(html: str | HtmlElement) -> HtmlMetadata:
    """What the page says about itself (meta tags, JSON-LD, <title>), via trafilatura."""
    tree = parse_page(html) if isinstance(html, str) else html
    if tree is None:
        return HtmlMetadata()
    try:
        document = page_document(tree)
    except Exception:  # a malformed page must not sink the article  # noqa: BLE001
        document = None
    return _metadata_from(document)


def extract_page(tree: HtmlElement) -> tuple[str, HtmlMetadata]:
    """The article's text as Markdown-ish blocks and the page's metadata, in one pass.

    trafilatura's runs read a copy of the page without scripts and styles (`article_tree`),
    so `tree` stays whole for the links and the dates. A page whose body is too short for
    trafilatura still gets its metadata, from the whole page (its date search reads
    scripts). The date is left out (`html_trafdate.trafilatura_date` gives it, where it is
    read).
    """
    article = article_tree(tree)
    try:
        document = bare_extraction(article, options=_WRITE)
    except Exception:  # a malformed page must not sink the article  # noqa: BLE001
        document = None
    if not isinstance(document, Document):
        return "", page_metadata(tree)
    text = _written(document, _WRITE)
    text = merge_inner(text, _balanced_body(article)) if text else text
    return without_inline_tags(text), _metadata_from(_article_document(article))


def _article_document(article: HtmlElement) -> Document | None:
    """The page's metadata as `bare_extraction` reads it with `_EXTRACT` (its arguments)."""
    options = _EXTRACT
    try:
        return page_document(
            article, options.url, options.date_params, options.fast, options.author_blacklist
        )
    except Exception:  # a malformed page must not sink the article  # noqa: BLE001
        return None


def _balanced_body(tree: HtmlElement) -> str:
    """trafilatura's balanced (not precision) run on the same tree, as Markdown."""
    try:
        document = bare_extraction(tree, options=_BALANCED)
    except Exception:  # the precise run's text stands alone  # noqa: BLE001
        return ""
    return _written(document, _BALANCED) if isinstance(document, Document) else ""


def _written(document: Document, options: Extractor) -> str:
    """The body as Markdown, its text letter for letter.

    lxml has decoded the page's references once; trafilatura's text output decodes the
    result again (`html.unescape`) and reads the words `&nbsp;`, `&#10;`, `&#13;` as
    spaces and breaks, so a page showing `&lt;b&gt;` came out `<b>`. Every `&` of the body
    written `&amp;` first makes that second decoding give back the text as it was (each
    reference the decoding reads then starts at one of those `&amp;`)."""
    for element in document.body.iter():
        if element.text and "&" in element.text:
            element.text = element.text.replace("&", "&amp;")
        if element.tail and "&" in element.tail:
            element.tail = element.tail.replace("&", "&amp;")
    return determine_returnstring(document, options) or ""


def extract_body(html: str) -> str:
    """The article's text as Markdown-ish blocks (paragraphs separated by blank lines)."""
    tree = parse_page(html)
    return extract_page(tree)[0] if tree is not None else ""


def page_links(html: str | HtmlElement) -> dict[str, str]:
    """Anchor text → href for the page's real links (http, https, mailto), first wins."""
    tree = parse_page(html) if isinstance(html, str) else html
    if tree is None:
        return {}
    links: dict[str, str] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href.lower().startswith(("http://", "https://", "mailto:")):
            continue
        text = normalize_chars(" ".join(anchor.text_content().split()))
        if len(text) >= 8 and text not in links:
            links[text] = href
    return links


def _attach_links(paragraph: Paragraph, links: dict[str, str]) -> Paragraph:
    """Spans for anchor texts found in the paragraph (each text once, no overlaps)."""
    spans: list[Link] = []
    for text, href in links.items():
        start = paragraph.text.find(text)
        if start < 0:
            continue
        end = start + len(text)
        if any(start < k.end and k.start < end for k in spans):
            continue
        spans.append(Link(start, end, href))
    if not spans:
        return paragraph
    spans.sort(key=lambda k: (k.start, k.end))
    return Paragraph(paragraph.id, paragraph.text, paragraph.kind, paragraph.is_list, tuple(spans))


_BLOCK_TAGS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 td th dt dd blockquote figcaption caption pre div section "
    "article header footer nav aside form label button main address summary details "
    "table ul ol dl figure body".split()
)
_INVISIBLE_TAGS = frozenset("script style noscript template svg head title iframe object".split())
_SPACE_RE = re.compile(r"\s+")


def page_blocks(tree: HtmlElement) -> list[str]:
    """The page's visible text, one string per innermost block element, in page order.

    One walk over the tree: a stack of the open blocks takes each text and tail (a block's
    texts in the order of its first one).
    """
    body = tree.find("body")
    root = body if body is not None else tree
    parts: dict[HtmlElement, list[str]] = {}
    blocks: list[HtmlElement] = []  # the open block elements, innermost last (held, so
    # lxml keeps one proxy per element and they stay usable as keys)
    hidden = 0  # how many invisible elements are open
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            hidden += tag in _INVISIBLE_TAGS
            if tag in _BLOCK_TAGS or element is root:
                blocks.append(element)
            text = element.text
        else:
            hidden -= tag in _INVISIBLE_TAGS
            if (tag in _BLOCK_TAGS or element is root) and blocks:
                blocks.pop()
            if element is root or not blocks:
                continue
            text = element.tail
        if text and not hidden and text.strip():
            parts.setdefault(blocks[-1], []).append(text)
    return [_SPACE_RE.sub(" ", " ".join(texts)).strip() for texts in parts.values()]


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", normalize_chars(text).lower()))


PAGE_LEFTOVER = "outside the article (page furniture)"
"""`left_out`'s reason: the page's text beside the extracted article."""


def left_out(tree: HtmlElement, kept: str) -> tuple[Removal, ...]:
    """The page's text that the extraction did not keep: the HTML audit trail.

    A block counts as kept when its words appear, in order, in the kept text. Blocks left
    out one after another (a menu, a footer) make one entry, one block per line; a block
    repeated on the page (a menu in the header and the footer) is listed once.
    """
    kept_key = f" {_key(kept)} "
    removed: list[Removal] = []
    run: list[str] = []
    seen: set[str] = set()

    def close_run() -> None:
        if run:
            removed.append(Removal("\n".join(run), PAGE_LEFTOVER))
            run.clear()

    for text in page_blocks(tree):
        key = _key(text)
        if not key:
            continue
        if f" {key} " in kept_key:
            close_run()
            continue
        if key not in seen:
            seen.add(key)
            run.append(normalize_chars(text))
    close_run()
    return tuple(removed)


def clean_html(raw: RawArticle) -> Cleaned:
    """Extract, then repair and deduplicate like text; attach the page metadata.

    The page is parsed once: metadata, body and links all read the same tree.
    """
    tree = parse_page(raw.text)
    if tree is None:
        body, metadata = "", HtmlMetadata()
    else:
        body, metadata = extract_page(tree)
        library_date = library_page_date(tree, metadata.url)
        jsonld = jsonld_blocks(tree)  # parsed once, read by four readers
        stamp = declared_stamp(tree, jsonld)
        metadata = replace(
            metadata,
            date=metadata.date or (None if library_date else trafilatura_date(tree, metadata.url)),
            titles=title_candidates(tree, jsonld),
            declared_date=stamp_day(stamp),
            local_date=local_day(stamp, raw.text),
            strict_date=strict_page_date(tree),
            library_date=library_date,
            locale=page_locale(tree),
            dated_lines=dated_lines(tree),
            declared_authors=jsonld_authors(tree, jsonld),
            sitename=choose_site_name(site_evidence(tree, metadata.sitename, metadata.url, jsonld)),
        )
    warnings = list(raw.warnings)
    if not body.strip():
        warnings.append("no article text found in the page")
    cleaned = clean_text(raw, normalize_chars(body), warnings=warnings, trust_body=True)
    removed = cleaned.removed
    if not body.strip():
        removed = (*removed, Removal("(the whole page)", "no article text found"))
        if tree is not None:
            # the page's visible text, in the audit trail: what `kept_prose` may keep back
            removed = (*left_out(tree, metadata.title or ""), *removed)
    links = page_links(tree) if cleaned.blocks and tree is not None else {}
    body_text = "\n".join(block.text for block in cleaned.blocks)
    links = {text: href for text, href in links.items() if text in body_text}
    blocks = tuple(_attach_links(block, links) for block in cleaned.blocks) if links else ()
    if tree is not None and body.strip():
        kept = "\n".join([body_text, metadata.title or "", *(r.text for r in removed)])
        removed = (*left_out(tree, kept), *removed)
    return Cleaned(
        raw=raw,
        blocks=blocks or cleaned.blocks,
        removed=removed,
        warnings=cleaned.warnings,
        url=cleaned.url or metadata.url,
        html=metadata,
        language=cleaned.language,
    )

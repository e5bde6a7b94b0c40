"""HTML input: a saved web page → Cleaned, through trafilatura and the text path.

trafilatura finds the article in the page's DOM (better than any text-only evidence
can); its Markdown output then goes through the same repair and deduplication as
scraped text, with the body trusted as a whole. The page's own metadata (title,
authors, date, site name, canonical URL, description) travels in `Cleaned.html`.
"""

from __future__ import annotations

import re

import trafilatura
from trafilatura.metadata import extract_metadata as _page_metadata

from .clean import clean_text, normalize_chars
from .models import Cleaned, HtmlMetadata, RawArticle, Removal

_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|,)\s*")


def page_metadata(html: str) -> HtmlMetadata:
    """What the page says about itself (meta tags, JSON-LD, <title>), via trafilatura."""
    try:
        document = _page_metadata(html)
    except Exception:  # a malformed page must not sink the article  # noqa: BLE001
        document = None
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


def extract_body(html: str) -> str:
    """The article's text as Markdown-ish blocks (paragraphs separated by blank lines)."""
    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_links=True,
        include_images=False,
        favor_recall=True,
        deduplicate=False,
    )
    return text or ""


def clean_html(raw: RawArticle) -> Cleaned:
    """Extract, then repair and deduplicate like text; attach the page metadata."""
    metadata = page_metadata(raw.text)
    body = extract_body(raw.text)
    warnings = list(raw.warnings)
    if not body.strip():
        warnings.append("no article text found in the page")
    cleaned = clean_text(raw, normalize_chars(body), warnings=warnings, trust_body=True)
    removed = cleaned.removed
    if not body.strip():
        removed = (*removed, Removal("(the whole page)", "no article text found"))
    return Cleaned(
        raw=raw,
        blocks=cleaned.blocks,
        removed=removed,
        warnings=cleaned.warnings,
        url=cleaned.url or metadata.url,
        html=metadata,
    )

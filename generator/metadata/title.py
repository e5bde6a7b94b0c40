"""The title: the header's title line, else the page's <title>, else the first line.

Also takes a repeat of the title out of the body (a gallery or video repeats the headline
above the text) and cuts the site's name off a page's <title>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Cleaned, Paragraph, Removal
from .header import Header
from .header_lines import TERMINAL_END_RE, key

_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


@dataclass(frozen=True)
class TitleChoice:
    """The title, the body without the blocks that were the title, and why."""

    title: str
    body: tuple[Paragraph, ...]
    taken_at: int | None
    """A body block that was the title line after all (no header title was found)."""
    removed: tuple[tuple[int, Removal], ...]
    """A repeat of the title taken out of the body, with its block index."""
    warnings: tuple[str, ...]


def choose_title(cleaned: Cleaned, header: Header) -> TitleChoice:
    """The title by precedence; the body is what follows the header, less the title."""
    html = cleaned.html
    body = cleaned.blocks[header.consumed :]
    title = header.title or (html.title if html else None)
    taken_at, warnings = None, ()
    if title is None:
        raw_id = cleaned.raw.id
        first = next((b.text for b in cleaned.blocks if b.text.strip()), raw_id)
        title = next((line.strip() for line in first.split("\n") if line.strip()), raw_id)[:200]
        warnings = ("no clear title line; using the first line",)
        if body and body[0].text.strip() == title and not TERMINAL_END_RE.search(title):
            # a title-shaped line; a sentence stays a paragraph too (never lose the lede)
            taken_at = header.consumed
            body = body[1:]
    title_key = key(header.title) if header.title else ""
    removed: tuple[tuple[int, Removal], ...] = ()
    for k, block in enumerate(body[:6]):
        if title_key and key(block.text) == title_key:
            # a gallery or video repeats the headline above the text: the title says it
            removed = ((header.consumed + k, Removal(block.text, "duplicate of the title")),)
            body = body[:k] + body[k + 1 :]
            break
    if html is not None and not body:
        # a page whose only text is its headline: the body keeps it too (never empty)
        body = tuple(b for b in cleaned.blocks if key(b.text) == key(title))[-1:]
        removed = tuple(r for r in removed if body[:1] != (cleaned.blocks[r[0]],))
    return TitleChoice(title, body, taken_at, removed, warnings)


def without_site_name(title: str, publication: str | None) -> str:
    """A page title without the site's name stuck to it ("Best gadgets of 2019 | ZDNet",
    "ZDNet | Best gadgets …"): only when the stuck part is the publication itself (or the
    start of its name), so a title that merely contains a dash is left whole."""
    site = key(publication or "")
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not site or not separators:
        return title

    def is_site(part: str) -> bool:
        part_key = key(part)
        return part_key == site or len(part_key) >= 4 and site.startswith(part_key)

    last, first = separators[-1], separators[0]
    if is_site(title[last.end() :]) and title[: last.start()].strip():
        return title[: last.start()].strip()
    if is_site(title[: first.start()]) and title[first.end() :].strip():
        return title[first.end() :].strip()
    return title

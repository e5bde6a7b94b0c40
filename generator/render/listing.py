"""Lists that grow with the corpus, cut into pages a browser opens at once.

A reader's page must stay under about 500 kB and 5,000 DOM nodes whatever the corpus, so
every list that grows with it (events, actors, articles, an actor's mentions) is cut into
numbered pages of a fixed number of items once it passes a threshold. The cut depends
only on the items' sorted order, so the same briefing gives the same pages.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import TypeVar

from .common import front_matter
from .paths import relative

T = TypeVar("T")

ONE_PAGE = 300
"""Up to this many items, a list keeps its single page (the seeds' site stays as it was)."""

PER_PAGE = 200
"""Items on each page of a split list: about 15 DOM nodes each, well under 5,000 a page."""

SEARCH_FULL_TEXT_UP_TO = 200
"""Up to this many articles, article paragraphs are in the search index; above it only
titles, actors, aliases and events are, so the browser builds the index in well under a
second (the index is built on every page load)."""

TAG_PAGES_UP_TO = 200
"""Up to this many articles, article and actor pages carry tags; above it the tags page
would list thousands of pages, so only the list pages carry them."""


def chunks(items: Sequence[T], size: int = PER_PAGE) -> list[Sequence[T]]:
    """`items` in consecutive runs of at most `size` (one empty run for no items)."""
    if not items:
        return [items]
    return [items[start : start + size] for start in range(0, len(items), size)]


def stable_chunks(items: Sequence[str], mean: int = 100, most: int = 300) -> list[Sequence[str]]:
    """`items` in consecutive runs cut after each item whose digest picks it (one in
    `mean`), a run also cut at `most` items: the cuts follow the items themselves, not
    their positions, so an item added or removed changes its own run only (unless it is
    a cut, one in `mean`), where fixed-size runs shift every later one. Deterministic:
    a CRC-32 of each item's text, no salted hash."""
    runs: list[Sequence[str]] = []
    start = 0
    for index, item in enumerate(items):
        if zlib.crc32(item.encode("utf-8")) % mean == 0 or index + 1 - start == most:
            runs.append(items[start : index + 1])
            start = index + 1
    if start < len(items) or not runs:
        runs.append(items[start:])
    return runs


def numbered(base: str, number: int) -> str:
    """`x.md` for the first page of a list, `x-p2.md`, `x-p3.md`, … for the next."""
    return base if number == 1 else f"{base[:-3]}-p{number}.md"


def pager(page: str, pages: Sequence[str], label: str = "Page") -> str:
    """A line linking every page of a split list, the current one in bold; empty for one."""
    if len(pages) < 2:
        return ""
    links = [
        f"**{number}**" if path == page else f"[{number}]({relative(page, path)})"
        for number, path in enumerate(pages, start=1)
    ]
    return f"{label}: " + " · ".join(links) + "\n"


def unsearched_front_matter(title: str, tags: Sequence[str] = ()) -> str:
    """Front matter of a page kept out of the search index (list and continuation pages
    repeat what the pages they list already put in it)."""
    return front_matter(title=title, tags=tags)[: -len("---\n\n")] + (
        "search:\n  exclude: true\n---\n\n"
    )


def search_exclusion(briefing_articles: int) -> str:
    """The attribute list that keeps a heading's section out of the search index of a large
    briefing (Material's `data-search-exclude`); empty for a small one."""
    return " { data-search-exclude }" if briefing_articles > SEARCH_FULL_TEXT_UP_TO else ""

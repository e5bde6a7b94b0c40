"""Where each page lives, decided once for the whole briefing.

Page names are slugs (ASCII, lower case, `-`-separated), so they stay inside the output
folder whatever a file name or title contains, and they never collide: a clash gets
`-2`, `-3`, … in sorted id order, and names the site uses itself (`index`) or Windows
keeps for devices (`con`, `nul`) are never given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from slugify import slugify

from ..models import Actor, Article, Mention, Quote

WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)
"""Names Windows gives to devices: `con.md` or `nul.html` cannot be made there (the
extension does not help), so an article file `con.txt` or an actor NUL gets `con-2`."""
RESERVED = frozenset({"index", "tags", "search", "assets", "data"}) | WINDOWS_DEVICES


def safe_slug(text: str, fallback: str = "page") -> str:
    """A slug that is never empty and at most 80 characters long."""
    slug = slugify(text, max_length=80, word_boundary=True, save_order=True)
    return slug or fallback


def unique_slugs(ids: Iterable[str], fallback: str) -> dict[str, str]:
    """id → slug, unique among the given ids and never a reserved name."""
    taken: set[str] = set(RESERVED)
    result: dict[str, str] = {}
    for item in sorted(set(ids)):
        base = safe_slug(item, fallback)
        slug, number = base, 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        result[item] = slug
    return result


@dataclass(frozen=True)
class SitePaths:
    """Page paths relative to the docs folder, `/`-separated, and the lookups every page
    needs (built once per render: rebuilding them per page is quadratic)."""

    articles: dict[str, str]
    """article id → `articles/<slug>.md`"""
    actors: dict[str, str]
    """actor id → `actors/<slug>.md`"""
    actor_by_id: dict[str, Actor] = field(default_factory=dict)
    article_by_id: dict[str, Article] = field(default_factory=dict)
    mentions_by_article: dict[str, list[Mention]] = field(default_factory=dict)
    """article id → its mentions of every actor, in actor order."""
    quotes_by_speaker: dict[str, list[Quote]] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)
    """event id → the timeline page it is on (`timeline.md` or a month's page)."""
    parts_of: dict[str, list[str]] = field(default_factory=dict)
    """actor id → ids of the organs and delegations that are part of it, sorted."""


def relative(from_page: str, to_path: str) -> str:
    """The relative link from one docs-folder page to another path in the docs folder."""
    return _relative_from(from_page.rpartition("/")[0], to_path)


@lru_cache(maxsize=1 << 16)
def _relative_from(from_folder: str, to_path: str) -> str:
    """Cached per folder, not per page: the pages of one folder link to the same few
    thousand targets."""
    from_parts = from_folder.split("/") if from_folder else []
    to_parts = to_path.split("/")
    common = 0
    while (
        common < len(from_parts)
        and common < len(to_parts) - 1
        and from_parts[common] == to_parts[common]
    ):
        common += 1
    ups = [".."] * (len(from_parts) - common)
    return "/".join(ups + to_parts[common:])


def as_html(md_path: str) -> str:
    """The built page's file for a Markdown page (the site uses `use_directory_urls: false`)."""
    return md_path[:-3] + ".html" if md_path.endswith(".md") else md_path

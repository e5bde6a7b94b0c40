"""Material's page-independent partials rendered once per folder, not once per page.

Material renders its whole navigation (sidebar and tabs), the search box, the palette
switch and the logo into every page: about a third of a page's template time. For a
page outside the navigation (the articles, actors and timeline pages), none of the
navigation is active, so these partials' HTML depends on the page only through the
relative links the `url` filter makes, which depend only on the page's folder. So,
for such a page, each partial's HTML is rendered once per folder and kept for the rest
of the build; the pages in the navigation (a few, each with its own active entry) are
rendered as before. Only Material's own partials are cached: a theme override of one
(a `custom_dir`) may read anything of the page, and is rendered for every page. Same
bytes as rendering each page alone (tests/website/test_partial_cache.py).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

CACHED = (
    "partials/nav.html",
    "partials/tabs.html",
    "partials/search.html",
    "partials/palette.html",
    "partials/logo.html",
)
"""Partials whose HTML reads only the site's configuration, navigation and language, and
the page's folder (through `url`): none of them reads the page's own content or meta."""


def _material_templates() -> Path | None:
    try:
        import material
    except ImportError:  # pragma: no cover - the theme is a dependency
        return None
    return Path(material.__file__).resolve().parent / "templates"


def _nav_items(items) -> list[Any]:
    """Every section, page and link of the navigation, depth first."""
    found = []
    for item in items:
        found.append(item)
        found.extend(_nav_items(getattr(item, "children", None) or []))
    return found


def folder_of(url: str) -> str:
    """The folder MkDocs' `get_relative_url` makes a page's relative links from: the URL
    without its last part when that part has a dot (a file), else the URL itself."""
    head, tail = posixpath.split(url)
    return head if "." in tail else url


def page_key(context, nav_items: list[Any]) -> tuple[str, str] | None:
    """What a cached partial's HTML depends on for the page being rendered: its folder and
    base URL; None (render it) without a page, or for a page in the navigation or while
    any entry of the navigation is active."""
    page = context.get("page")
    url = getattr(page, "url", None)
    if page is None or not isinstance(url, str) or getattr(page, "parent", None) is not None:
        return None
    if any(item is page or getattr(item, "active", False) for item in nav_items):
        return None
    return folder_of(url), str(context.get("base_url"))


Render = Callable[[Any], Iterator[str]]


def cached(render: Render, nav_items: list[Any], kept: dict) -> Render:
    """`render` (a template's root render function) whose output is kept in `kept` by
    `page_key`, and given again for every page with the same key."""

    def render_kept(context) -> Iterator[str]:
        key = page_key(context, nav_items)
        if key is None:
            yield from render(context)
            return
        html = kept.get(key)
        if html is None:
            html = kept[key] = "".join(render(context))
        yield html

    render_kept.briefing_cached = True  # type: ignore[attr-defined]
    return render_kept


def install(env, nav, names: tuple[str, ...] = CACHED) -> list[str]:
    """Cache, in the Jinja environment `env` (one build's, with its navigation `nav`),
    each of `names` that is Material's own file; returns the names cached."""
    from jinja2 import TemplateNotFound

    own = _material_templates()
    items = _nav_items(nav.items)
    done = []
    for name in names:
        try:
            template = env.get_template(name)
        except TemplateNotFound:
            continue
        filename = Path(template.filename or "").resolve()
        if own is None or own not in filename.parents:
            continue
        if not getattr(template.root_render_func, "briefing_cached", False):
            template.root_render_func = cached(template.root_render_func, items, {})
        done.append(name)
    return done

"""Material's page-independent partials rendered once per folder, not once per page.

Material renders its whole navigation (sidebar and tabs), the search box, the palette
switch, the logo, its stylesheet and script links and its JSON configuration into every
page: about 40% of a page's template time. For a page outside the navigation (the
articles, actors and timeline pages), none of the navigation is active, so the HTML of
these partials and blocks depends on the page only through the relative links the `url`
filter makes, which depend only on the page's folder. So, for such a page, each one's
HTML is rendered once per folder and kept for the rest of the build; the pages in the
navigation (a few, each with its own active entry) are rendered as before. Only
Material's own files are cached: a theme override (a `custom_dir`) may read anything of
the page, and is rendered for every page. Same bytes as rendering each page alone
(tests/website/test_partial_cache.py).
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
CACHED_BLOCKS = {"base.html": ("styles", "libs", "config", "scripts")}
"""Blocks of Material's base template that read only the same (the stylesheets, the
polyfills, the JSON configuration and the scripts at the end of every page)."""


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


def _materials(env, name: str):
    """Template `name` of `env` when it is Material's own file (not an override), else None."""
    from jinja2 import TemplateNotFound

    own = _material_templates()
    try:
        template = env.get_template(name)
    except TemplateNotFound:
        return None
    filename = Path(template.filename or "").resolve()
    return template if own is not None and own in filename.parents else None


def install(
    env, nav, names: tuple[str, ...] = CACHED, blocks: dict[str, tuple[str, ...]] = CACHED_BLOCKS
) -> list[str]:
    """Cache, in the Jinja environment `env` (one build's, with its navigation `nav`),
    each of the partials `names` and of the templates' `blocks` that is Material's own;
    returns what was cached (a partial's name, or "template:block")."""
    items = _nav_items(nav.items)
    done = []
    for name in names:
        template = _materials(env, name)
        if template is None:
            continue
        if not getattr(template.root_render_func, "briefing_cached", False):
            template.root_render_func = cached(template.root_render_func, items, {})
        done.append(name)
    for name, block_names in blocks.items():
        template = _materials(env, name)
        for block in block_names if template is not None else ():
            render = template.blocks.get(block)
            if render is None:
                continue
            if not getattr(render, "briefing_cached", False):
                template.blocks[block] = cached(render, items, {})
            done.append(f"{name}:{block}")
    return done

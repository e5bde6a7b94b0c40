"""Markdown to HTML for MkDocs' pages with one converter per process, not one per page.

MkDocs' `Page.render` builds a new `markdown.Markdown` for every page: its extensions
loaded, their processors registered and compiled again, about a tenth of a page's
conversion on a large site. Python-Markdown's converter is made to be reused (`reset()`
clears the references, the HTML stash and every extension's state), so the same steps
run here on one converter kept for the build's configuration: reset, MkDocs' four
per-page processors registered afresh (a registered name replaces the last page's one,
in the same order as MkDocs registers them), then converted; its link patterns pair
brackets faster (fast_links.py). Same HTML, table of
contents, title, anchors and links as `Page.render` (tests/website/test_page_markdown.py).
A MkDocs without the private pieces this copies gets its own `Page.render`.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from . import fast_links

try:  # MkDocs' own per-page steps (private): without them, MkDocs renders each page
    from mkdocs.structure.pages import (
        _ExtractAnchorsTreeprocessor,
        _ExtractTitleTreeprocessor,
        _RawHTMLPreprocessor,
        _RelativePathTreeprocessor,
    )
    from mkdocs.structure.toc import get_toc
except ImportError:  # pragma: no cover - depends on the installed MkDocs
    get_toc = None

_kept: tuple[Any, Any] | None = None
"""(a weak reference to the configuration, its converter): one build's at a time."""


def converter(config) -> Any:
    """The Markdown converter for `config`'s extensions, made once per configuration (a
    later build in the same process, with another configuration, gets its own)."""
    global _kept
    if _kept is None or _kept[0]() is not config:
        import markdown

        made = markdown.Markdown(
            extensions=config["markdown_extensions"],
            extension_configs=config["mdx_configs"] or {},
        )
        fast_links.install(made)
        _kept = (weakref.ref(config), made)
    return _kept[1]


def render(page, config, files) -> None:
    """`page.render(config, files)`, on the kept converter."""
    if get_toc is None:
        page.render(config, files)
        return
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    md = converter(config).reset()
    raw_html = _RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = _ExtractAnchorsTreeprocessor(page.file, files, config)
    anchors._register(md)
    relative = _RelativePathTreeprocessor(page.file, files, config)
    relative._register(md)
    title = _ExtractTitleTreeprocessor()
    title._register(md)
    page.content = md.convert(page.markdown)
    page.toc = get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = title.title
    page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative.links_to_anchors

"""Reading a built site the way a browser would: internal links, anchors, outside requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class PageRefs:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)
    """(tag.attribute, url) for every reference in the page."""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs = PageRefs()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.refs.ids.add(values[key])
        for key in ("href", "src"):
            if values.get(key) is not None:
                self.refs.links.append((f"{tag}.{key}", values[key]))


def parse(path: Path) -> PageRefs:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.refs


def broken_links(site: Path) -> list[str]:
    """Every internal link or anchor that leads nowhere, as 'page: url (why)'.

    404.html is left out: Material writes it with root-absolute links, for a web server
    to return at any depth; it is never opened from the file system.
    """
    pages = {
        p: parse(p)
        for p in sorted(site.rglob("*.html"))
        if p.name != "404.html" or p.parent != site
    }
    problems = []
    for page, refs in pages.items():
        for _where, url in refs.links:
            parts = urlsplit(url)
            if parts.scheme or url.startswith("//"):
                continue
            target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
            if parts.path and not target.exists():
                problems.append(f"{page.relative_to(site)}: {url} (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{page.relative_to(site)}: {url} (no such anchor)")
    return problems


def outside_requests(site: Path) -> list[str]:
    """References that a browser would fetch from outside the site (scripts, styles, images…).

    Plain `<a href>` links to original articles are navigation, not requests, so they pass.
    """
    problems = []
    for page in sorted(site.rglob("*.html")):
        for where, url in parse(page).links:
            if where == "a.href":
                continue
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{page.relative_to(site)}: {where} {url}")
    for sheet in sorted(site.rglob("*.css")):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        if "@import url(http" in text or "url(https://" in text or "url(http://" in text:
            problems.append(f"{sheet.relative_to(site)}: loads from outside")
    return problems

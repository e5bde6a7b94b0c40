"""Reading built HTML for anything that came from input: tags, attributes, URL schemes.

`injections(html)` lists every place where a page runs or loads something the generator
did not write itself: an event-handler attribute, a `javascript:`/`data:`/`vbscript:`
target, the input marker in a tag or attribute name, in a dangerous element, or in an
attribute that is not plain text. `page_shape(html)` is the set of tags and attribute
names a page uses, to compare a hostile build with a benign one.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

MARKER = "PWNED"
TEXT_ATTRIBUTES = {"title", "alt", "aria-label", "content"}
"""Attributes a browser shows or reads as text only: the marker may appear in them."""
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
VOID = {"base", "embed", "link", "meta"}
_ID_RE = re.compile(r"[A-Za-z0-9._~%-]+")
RUNNING = {"script", "style", "iframe", "object", "embed", "form", "base", "meta", "link"}


class _Finder(HTMLParser):
    def __init__(self, outside_hosts: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.outside_hosts = outside_hosts
        self.problems: list[str] = []
        self.shape: set[str] = set()
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.shape.add(tag)
        if MARKER.lower() in tag.lower():
            self.problems.append(f"element from input: <{tag}>")
        if tag in RUNNING and MARKER in (self.get_starttag_text() or ""):
            self.problems.append(f"input inside <{tag}>")
        for name, value in attrs:
            self._attribute(tag, name, value or "")
        if tag in RUNNING and tag not in VOID:
            self.open.append(tag)

    def _attribute(self, tag: str, name: str, value: str) -> None:
        self.shape.add(f"{tag}.{name}")
        where = f"<{tag} {name}={value[:80]!r}>"
        if name.startswith("on") or MARKER.lower() in name.lower():
            self.problems.append(f"attribute from input: {where}")
        if name in URL_ATTRIBUTES:
            target = value.strip().lower()
            parts = urlsplit(value)
            if target.startswith(BAD_SCHEMES) or parts.scheme not in (
                "",
                "http",
                "https",
                "mailto",
            ):
                self.problems.append(f"script, data or unknown URL scheme: {where}")
            if parts.scheme in ("http", "https") and parts.hostname not in self.outside_hosts:
                self.problems.append(f"outside address not in the input's URLs: {where}")
            if "\\" in value:
                self.problems.append(f"backslash in a URL: {where}")
            if tag != "a" and parts.scheme:
                self.problems.append(f"loads from outside: {where}")
        elif name == "id" and _ID_RE.fullmatch(value):
            pass  # an anchor, percent-encoded: inert whatever it spells
        elif MARKER in value and name not in TEXT_ATTRIBUTES:
            self.problems.append(f"input in an attribute: {where}")

    def handle_endtag(self, tag):
        if tag in self.open:
            self.open.remove(tag)

    def handle_data(self, data):
        if MARKER in data and self.open:
            self.problems.append(f"input inside <{self.open[-1]}>: {data[:60]!r}")


def injections(html: str, outside_hosts: set[str]) -> list[str]:
    """Every place in the page where input became markup (empty when none did).

    `outside_hosts`: the hosts of the articles' own URLs, the only outside links allowed.
    """
    finder = _Finder(outside_hosts)
    finder.feed(html)
    finder.close()
    return finder.problems


def page_shape(html: str) -> set[str]:
    """Tags (`a`) and tag attributes (`a.href`) the page uses."""
    finder = _Finder(set())
    finder.feed(html)
    finder.close()
    return finder.shape

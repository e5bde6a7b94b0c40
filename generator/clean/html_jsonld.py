"""A saved page's JSON-LD blocks, read as browsers and search engines tolerate them.

Pages wrap the JSON in `<![CDATA[ … ]]>` or an HTML comment, or end it with a `;`: strict
parsing loses the headline, author and publication date those blocks declare. A block that
is still not JSON after that is skipped (the other sources then decide).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml.html import HtmlElement

_OPEN_RE = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)")
_CLOSE_RE = re.compile(r"(?:\]\]>|-->)\s*$")
_SEMICOLON_RE = re.compile(r";\s*$")


def _unwrapped(text: str) -> str:
    """The JSON inside a CDATA section or comment, less a closing `;`."""
    text = _CLOSE_RE.sub("", _OPEN_RE.sub("", text)).strip()
    return _SEMICOLON_RE.sub("", text)


def jsonld_blocks(tree: HtmlElement) -> list[object]:
    """Every parsable `application/ld+json` script's value, in document order."""
    found: list[object] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            found.append(json.loads(_unwrapped(script.text or "")))
        except ValueError:
            continue
    return found


_MAX_NAME = 80
"""Longer "names" are a sentence or a list pasted into the field."""


def _author_names(value: object) -> list[str]:
    """The names of an `author` value: a string, a Person or Organization, or a list."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and "://" not in name:
            names.append(" ".join(name.split()))
    return [n for n in names if len(n) <= _MAX_NAME]


def jsonld_values(value: object, keys: tuple[str, ...]) -> Iterator[object]:
    """Every value of the `keys` in a JSON-LD value, depth first in document order (at each
    object its own keys in `keys`' order, then what it holds): the article's, before a
    review's or a comment's further down."""
    if isinstance(value, dict):
        for key in keys:
            if key in value:
                yield value[key]
        for inner in value.values():
            yield from jsonld_values(inner, keys)
    elif isinstance(value, list):
        for inner in value:
            yield from jsonld_values(inner, keys)


def _first_names(value: object, key: str) -> list[str]:
    """The names of the first `key` (`author`, `publisher`) that has one, depth first."""
    for found in jsonld_values(value, (key,)):
        names = _author_names(found)
        if names:
            return names
    return []


def jsonld_authors(tree: HtmlElement) -> tuple[str, ...]:
    """The authors the page's JSON-LD declares, each once, in their order."""
    for data in jsonld_blocks(tree):
        names = _first_names(data, "author")
        if names:
            return tuple(dict.fromkeys(names))
    return ()


def jsonld_publisher(tree: HtmlElement) -> str | None:
    """The publisher the page's JSON-LD names (a site's name, not its address)."""
    for data in jsonld_blocks(tree):
        names = _first_names(data, "publisher")
        if names:
            return names[0]
    return None

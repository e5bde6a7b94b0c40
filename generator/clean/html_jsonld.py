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
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 pair, which JSON may escape (`\\ud800`) and json reads as it is:
no UTF-8 file can hold one, and one in a headline or author once stopped the build
when the page was written. (json joins a whole escaped pair into one character.)"""


def _unwrapped(text: str) -> str:
    """The JSON inside a CDATA section or comment, less a closing `;`."""
    text = _CLOSE_RE.sub("", _OPEN_RE.sub("", text)).strip()
    return _SEMICOLON_RE.sub("", text)


def _whole_characters(value: object) -> object:
    """`value` with every lone surrogate in its strings (keys too) replaced by U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE_RE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_whole_characters(item) for item in value]
    if isinstance(value, dict):
        return {_whole_characters(k): _whole_characters(v) for k, v in value.items()}
    return value


def jsonld_blocks(tree: HtmlElement) -> list[object]:
    """Every parsable `application/ld+json` script's value, in document order, its
    strings made of whole characters (`_LONE_SURROGATE_RE`). Four readers use them (the
    authors, the publisher, the headline, the declared time): the HTML cleaner reads them
    once a page and hands them to each (their `blocks` argument), which parsed them again."""
    found: list[object] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            value = json.loads(_unwrapped(script.text or ""))
        except ValueError:
            continue
        found.append(_whole_characters(value))
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


def jsonld_authors(tree: HtmlElement, blocks: list[object] | None = None) -> tuple[str, ...]:
    """The authors the page's JSON-LD declares, each once, in their order (`blocks`: the
    page's `jsonld_blocks`, when the caller has read them)."""
    for data in jsonld_blocks(tree) if blocks is None else blocks:
        names = _first_names(data, "author")
        if names:
            return tuple(dict.fromkeys(names))
    return ()


def jsonld_publisher(tree: HtmlElement, blocks: list[object] | None = None) -> str | None:
    """The publisher the page's JSON-LD names (a site's name, not its address)."""
    for data in jsonld_blocks(tree) if blocks is None else blocks:
        names = _first_names(data, "publisher")
        if names:
            return names[0]
    return None

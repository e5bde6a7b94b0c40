"""Untrusted strings (article text, URLs, file names, config values, ids) made inert.

One function per output context, and every untrusted string goes through the one for
where it lands:

* inline Markdown (headings, table cells, list items): `md()` turns every character that
  Python-Markdown or its extensions could read as syntax into a numeric character
  reference, so `[x](javascript:…)`, `<script>`, `{: onclick=…}`, `--8<--`, `:::`
  or `{{ jinja }}` read as the plain characters they are. File names go here too (never
  into a code span, which a backtick or a blank line would end);
* a link target, in Markdown or in an HTML attribute: `safe_href()` keeps only a valid
  http, https or mailto URL and percent-encodes every character that could end the
  target (`()<>[]{}\\`, quotes, spaces, controls); anything else is no link, only text;
* an anchor (`#id`) and an `id="…"` attribute: `fragment()`;
* HTML text and attribute values (article paragraphs, charts, front matter, the site
  name): `html_text()`; Markdown leaves raw HTML blocks alone, so nothing inside them is
  parsed again (`html_text` and `site_name`, that text marked safe for MkDocs'
  templates, are in text/html_text.py, for the site step to use without this package);
* TimelineJS, which renders its JSON strings as HTML: `timeline_text()`;
* a CSV cell, which a spreadsheet may run as a formula: `csv_cell()`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

from ..text.html_text import closed_bidi, html_text, one_line
from ..text.html_text import site_name as site_name  # one place for every output context

_INLINE_SPECIAL = set("\\`*_[]<>&{}~^=:|$!\"'")
"""Characters that start Markdown syntax anywhere in a line (emphasis, links, HTML,
entities, attribute lists, tilde/caret/mark, emoji and definition colons, tables)."""
_LINE_START_SPECIAL = set("#-+>.0123456789%/")
"""Characters that start block syntax at the beginning of a line (headings, lists,
quotes, numbered lists, `%` and `/` for some processors)."""
_SAFE_SCHEMES = {"http", "https", "mailto"}
_URL_SAFE = "-._~!$&*+,;=:@/?%"
"""Characters a link target keeps as they are (RFC 3986 unreserved and most reserved
ones); `()[]'` are reserved too but end or open Markdown syntax, so they are encoded."""
_STRAY_PERCENT_RE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ENTITY_AMP_RE = re.compile(r"&(?=#?\w+;)")
"""An `&` that starts a character reference, which Markdown would pass on to the browser."""
_HOST_LABEL_RE = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_INLINE_TABLE = {ord(c): f"&#{ord(c)};" for c in _INLINE_SPECIAL}


@lru_cache(maxsize=1 << 16)
def md(text: str | None) -> str:
    """Untrusted text → inline Markdown that renders as exactly that text.

    Cached, like `html_text`: a corpus's pages escape the same actor names and titles tens
    of thousands of times. An embedding or override left open is closed (`closed_bidi`).
    """
    if not text:
        return ""
    text = closed_bidi(one_line(text))
    if text and text[0] in _LINE_START_SPECIAL:
        text = f"&#{ord(text[0])};" + text[1:].translate(_INLINE_TABLE)
        return text
    return text.translate(_INLINE_TABLE)


_NOT_YAML_RE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters a YAML file may not hold (C0 and C1 controls, lone surrogates, U+FFFE/F)."""


def front_matter_text(text: str) -> str:
    """A page's title or description for its YAML front matter: one line, HTML-escaped
    (MkDocs' templates print `page.title` and `page.meta.*` unescaped), and without the
    characters YAML refuses; MkDocs would otherwise drop the front matter and show it as
    text under a rule."""
    return html_text(one_line(_NOT_YAML_RE.sub("\ufffd", text)))


def _host(netloc: str) -> str | None:
    """The host (and port) of an outside link, as ASCII, or None when it is not a plain
    host name: no user part, no IPv6 literal, no character a browser would reinterpret."""
    host, _, port = netloc.rpartition(":") if ":" in netloc else (netloc, "", "")
    if port and not port.isdigit():
        return None
    try:
        ascii_host = host.rstrip(".").encode("idna").decode("ascii").lower()
    except (UnicodeError, ValueError):
        return None
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or not all(_HOST_LABEL_RE.match(label) for label in labels):
        return None
    return ascii_host + (f":{port}" if port else "")


def _encode(part: str) -> str:
    """Percent-encode one URL part for a link target (a stray `%` too)."""
    part = _ENTITY_AMP_RE.sub("%26", _STRAY_PERCENT_RE.sub("%25", part))
    return quote(part, safe=_URL_SAFE)


@lru_cache(maxsize=1 << 14)
def safe_href(href: str | None) -> str | None:
    """An outside link's target, or None when it is no valid http(s) or mailto URL.

    The result is percent-encoded so that it cannot end a Markdown link target or an
    HTML attribute, nor be read as a relative link (a trailing backslash): only
    `A-Za-z0-9` and `-._~!$&*+,;=:@/?%#` remain as they are.
    """
    if not href:
        return None
    href = href.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in href):
        return None
    try:
        parts = urlsplit(href)
        scheme = parts.scheme.lower()
        if scheme not in _SAFE_SCHEMES:
            return None
        if scheme == "mailto":
            if parts.netloc or "@" not in parts.path:
                return None
            host = ""
        else:
            host = _host(parts.netloc) if parts.netloc else None
            if host is None:
                return None
        path = _encode(parts.path)
        query = f"?{_encode(parts.query)}" if parts.query else ""
        anchor = f"#{_encode(parts.fragment)}" if parts.fragment else ""
    except (ValueError, UnicodeError):
        return None
    authority = f"//{host}" if scheme != "mailto" else ""
    # parts are checked one by one; an `&` ending one part may start an entity with the
    # next (`/&` + `#106;`), so the whole target is checked once more
    return _ENTITY_AMP_RE.sub("%26", f"{scheme}:{authority}{path}{query}{anchor}")


def md_link(label: str, href: str | None) -> str:
    """A Markdown link to an outside address, or just the label when the address is unsafe."""
    target = safe_href(href)
    if target is None:
        return md(label)
    return f'[{md(label)}]({target}){{: rel="nofollow noopener" }}'


def fragment(identifier: str) -> str:
    """An id for `id="…"` and for the `#…` of a link to it: a slug stays as it is, any
    other character is percent-encoded (config ids are checked as slugs on load)."""
    return quote(identifier, safe="-._~")


def timeline_text(text: str | None) -> str:
    """Text for TimelineJS, which puts its headlines and texts into the page as HTML."""
    return html_text(one_line(text or ""))


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a string that starts like a formula
    (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading `'` (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def tag_name(text: str) -> str:
    """A tag for Material's tags plugin: letters, digits, spaces and simple punctuation only."""
    cleaned = re.sub(r"[^\w .,'&-]", "", one_line(text), flags=re.UNICODE)
    return cleaned.strip()[:60] or "untitled"

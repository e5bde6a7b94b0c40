"""Article text is untrusted: these functions make it inert in Markdown and HTML.

Two contexts exist in the generated pages:

* inline Markdown (headings, table cells, list items): `md()` turns every character that
  Python-Markdown or its extensions could read as syntax into a numeric character
  reference, so `[x](javascript:…)`, `<script>`, `{: onclick=…}`, `--8<--`, `:::`
  or `{{ jinja }}` read as the plain characters they are;
* raw HTML blocks (article paragraphs, charts): `html_text()` escapes as HTML; Markdown
  leaves raw HTML blocks alone, so nothing inside them is parsed again.

Links from articles keep only http, https and mailto targets (`safe_href`).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

_INLINE_SPECIAL = set("\\`*_[]<>&{}~^=:|$!\"'")
"""Characters that start Markdown syntax anywhere in a line (emphasis, links, HTML,
entities, attribute lists, tilde/caret/mark, emoji and definition colons, tables)."""
_LINE_START_SPECIAL = set("#-+>.0123456789%/")
"""Characters that start block syntax at the beginning of a line (headings, lists,
quotes, numbered lists, `%` and `/` for some processors)."""
_SPACE_RE = re.compile(r"\s+")
_SAFE_SCHEMES = {"http", "https", "mailto"}


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return _SPACE_RE.sub(" ", text).strip()


_INLINE_TABLE = {ord(c): f"&#{ord(c)};" for c in _INLINE_SPECIAL}


@lru_cache(maxsize=1 << 16)
def md(text: str | None) -> str:
    """Untrusted text → inline Markdown that renders as exactly that text.

    Cached, like `html_text`: a corpus's pages escape the same actor names and titles tens
    of thousands of times.
    """
    if not text:
        return ""
    text = one_line(text)
    if text and text[0] in _LINE_START_SPECIAL:
        text = f"&#{ord(text[0])};" + text[1:].translate(_INLINE_TABLE)
        return text
    return text.translate(_INLINE_TABLE)


@lru_cache(maxsize=1 << 16)
def html_text(text: str | None) -> str:
    """Untrusted text → HTML text (also safe inside attribute values).

    Braces become character references too, so a template engine that a user adds to
    MkDocs (mkdocs-macros, say) finds no `{{ … }}` or `{% … %}` in article text.
    """
    if not text:
        return ""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def safe_href(href: str | None) -> str | None:
    """The link target if it is http, https or mailto and well-formed, else None."""
    if not href:
        return None
    href = href.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in href):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES:
        return None
    if parts.scheme.lower() in {"http", "https"} and not parts.netloc:
        return None
    return href


def md_link(label: str, href: str | None) -> str:
    """A Markdown link to an outside address, or just the label when the address is unsafe."""
    target = safe_href(href)
    if target is None:
        return md(label)
    escaped = target.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f'[{md(label)}](<{escaped}>){{: rel="nofollow noopener" }}'


def tag_name(text: str) -> str:
    """A tag for Material's tags plugin: letters, digits, spaces and simple punctuation only."""
    cleaned = re.sub(r"[^\w .,'&-]", "", one_line(text), flags=re.UNICODE)
    return cleaned.strip()[:60] or "untitled"

"""HTML text made inert, apart from the renderer: `one_line`, `html_text` and the site
name MkDocs prints (`site_name`).

render/safe.py holds every output context and gives these three with the others; they
live here so that the site step, which runs MkDocs in a process of its own
(website/site_apart.py), can make the site name safe without importing render/, which
loads the whole pipeline (0.4 s in that process, for one escaped title).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from markupsafe import Markup

_SPACE_RE = re.compile(r"\s+")
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""The explicit bidi controls: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and
isolates (LRI, RLI, FSI, PDI)."""
_BIDI = tuple("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_PDF, _PDI = "\u202c", "\u2069"


def closed_bidi(text: str) -> str:
    """`text` with every embedding, override or isolate it leaves open closed at its end.

    Unicode's bidi algorithm carries an open override to the end of the paragraph: a
    title opening with U+202E (RLO) in a list line reversed the generator's own words
    after it (its date, "new sources: …"). Letters are kept; only the missing closers are
    added, as the algorithm pairs them (a PDI also closes the embeddings opened inside it)."""
    if text.isascii() or not any(char in text for char in _BIDI):
        return text  # far faster than the search below (which finds none in most texts)
    open_: list[str] = []
    for found in _BIDI_RE.finditer(text):
        char = found.group()
        if char == _PDF:
            if open_ and open_[-1] == _PDF:
                open_.pop()
        elif char == _PDI:
            if _PDI in open_:
                while open_.pop() != _PDI:
                    pass
        else:
            open_.append(_PDI if char >= "\u2066" else _PDF)
    return text + "".join(reversed(open_))


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)
def html_text(text: str | None) -> str:
    """Untrusted text → HTML text (also safe inside attribute values).

    Braces become character references too, so a template engine that a user adds to
    MkDocs (mkdocs-macros, say) finds no `{{ … }}` or `{% … %}` in article text.
    """
    if not text:
        return ""
    return html.escape(closed_bidi(text), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def site_name(title: str) -> Markup:
    """The briefing's title for MkDocs' `site_name`.

    Material prints `config.site_name` into `<title>` and the header without escaping it
    (MkDocs' templates do not autoescape), and through `| e` elsewhere: escaped once and
    marked safe, it reads right in both places.
    """
    return Markup(html_text(one_line(title)))

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
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def site_name(title: str) -> Markup:
    """The briefing's title for MkDocs' `site_name`.

    Material prints `config.site_name` into `<title>` and the header without escaping it
    (MkDocs' templates do not autoescape), and through `| e` elsewhere: escaped once and
    marked safe, it reads right in both places.
    """
    return Markup(html_text(one_line(title)))

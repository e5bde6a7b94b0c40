"""The cleaning stage's entry: a saved web page goes the HTML path, anything else the text
path. Kept apart from both paths so that neither imports the other back.

The HTML path (trafilatura, htmldate and dateparser behind them) is imported on the first
page, not with the package: a corpus of scraped text never loads it (about 0.1 CPU s of
every text build's start-up, on the one core that runs before the pool's workers fork).
"""

from __future__ import annotations

from ..models import Cleaned, RawArticle
from .from_text import clean_text
from .inline import normalize_chars


def clean(raw: RawArticle, repeated: frozenset[str] = frozenset()) -> Cleaned:
    """Remove page furniture from one article and repair its text (see the package doc)."""
    if raw.format == "html":
        from .from_html import clean_html  # noqa: PLC0415 - only pages need it (see above)

        return clean_html(raw)
    return clean_text(raw, normalize_chars(raw.text), repeated)

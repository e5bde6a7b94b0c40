"""The cleaning stage's entry: a saved web page goes the HTML path, anything else the text
path. Kept apart from both paths so that neither imports the other back."""

from __future__ import annotations

from ..models import Cleaned, RawArticle
from .from_html import clean_html
from .from_text import clean_text
from .inline import normalize_chars


def clean(raw: RawArticle, repeated: frozenset[str] = frozenset()) -> Cleaned:
    """Remove page furniture from one article and repair its text (see the package doc)."""
    if raw.format == "html":
        return clean_html(raw)
    return clean_text(raw, normalize_chars(raw.text), repeated)

"""trafilatura's own date search, run only when its answer is read.

trafilatura's metadata pass calls htmldate on a copy of the page (about 2 ms a page, a
deep copy of the tree included), but the publication-day vote reads that day only where
htmldate's own reading of the page (`html_dates.library_page_date`) found none. So the
metadata pass is told to skip it, through its own option: the `date_params` it hands to
htmldate name an output format with no date directive, for which htmldate returns None at
once. The day is then asked for here, with the parameters trafilatura would have used, on
the same untouched tree, only when it is needed (`trafilatura_date`).
"""

from __future__ import annotations

import logging
from typing import Any

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.settings import DEFAULT_CONFIG, set_date_params

NO_DATE_FORMAT = "no date: read later, only if needed"
"""An htmldate output format without a `%` directive: `find_date` returns None at once."""
SKIP_DATE_SEARCH: dict[str, Any] = {"outputformat": NO_DATE_FORMAT}
"""trafilatura's `date_params` that skip its date search."""
_DATE_PARAMS: dict[str, Any] = set_date_params(
    DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")
)
"""What trafilatura's `Extractor` hands htmldate by default (`original_date`,
`extensive_search`, `max_date` today): the same reading as its metadata pass."""


class _QuietSkip(logging.Filter):
    """htmldate logs an error for a format with no directive; for ours it is on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return NO_DATE_FORMAT not in (record.args or ())


logging.getLogger("htmldate.validators").addFilter(_QuietSkip())


def trafilatura_date(tree: HtmlElement, url: str | None) -> str | None:
    """The day trafilatura's metadata pass would have given (`Document.date`), from the
    page's tree as parsed (htmldate works on its own copy) and the address trafilatura
    found (`Document.url`), or None."""
    try:
        return find_date(tree, **_DATE_PARAMS, url=url) or None
    except Exception:  # a malformed page must not sink the article  # noqa: BLE001
        return None

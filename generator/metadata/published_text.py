"""A publication day the page prints in words beside a label: "Published: 7 April 2020",
"Veröffentlicht am 16.08.2019", "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet".

htmldate weighs such a line against every other date of the page, and a header clock, a
copyright year or a teaser can win. The page's own labelled statement is one more source
for the publication-day vote (`published_vote`, kind `text-labelled`), read from the short
printed lines the HTML stage kept (`generator.clean.html_dates.dated_lines`). A numeric
day/month order is settled by the page's evidence (`published_order.day_order`). A date
labelled as an update, or a label-less date, is not taken.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .published_order import day_order
from .words import alternation, merged

_AFTER = merged("dates", "published_labels_after")
_AFTER_RE = re.compile(rf"^[^.;|]{{0,40}}?\b(?:{alternation(_AFTER)})\b", re.I) if _AFTER else None
"""A participle after the date ("… 2010 um 23:03 Uhr gepostet"), in the same clause."""


def labelled_day(
    lines: tuple[str, ...], url: str | None, locale: str | None, language: str | None
) -> str | None:
    """The first day, in page order, that a line labels as the publication day, or None."""
    for line in lines:
        order = day_order(url, line, locale, language)
        for found in find_dates(line, order):
            if found.ambiguous:
                continue
            if found.label == "published" or (found.label is None and _after(line, found.start)):
                return found.value
    return None


def _after(line: str, start: int) -> bool:
    """Whether a publication participle follows the date at `start` in its clause."""
    if _AFTER_RE is None:
        return False
    rest = re.sub(r"^\S+(?:\s+\S+){0,2}?\s*\d{4}", "", line[start:], count=1)
    return bool(_AFTER_RE.match(rest))

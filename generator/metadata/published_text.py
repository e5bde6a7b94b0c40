"""A publication day the page prints in words beside a label: "Published: 7 April 2020",
"Veröffentlicht am 16.08.2019", "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet".

htmldate weighs such a line against every other date of the page, and a header clock, a
copyright year or a teaser can win. The page's own labelled statement is one more source
for the publication-day vote (`published_vote`, kind `text-labelled`), read from the short
printed lines the HTML stage kept (`generator.clean.html_dates.dated_lines`). A numeric
day/month order is settled by the page's evidence (`published_order.day_order`). A date
labelled as an update, or a label-less date, is not taken.

The labels are the dateline labels (`words.PUBLISHED_LABELS`) and, for these printed lines
only, other languages' (`printed_published_labels`): "veröffentlicht" in a body sentence
("Die Studie wurde am 3. Mai veröffentlicht") is an event, so the dateline reader, which
may take a line out of the body, does not know them.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .published_order import day_order
from .words import PUBLISHED_LABELS, UPDATED_LABELS, alternation, merged

_PUBLISHED = (*PUBLISHED_LABELS, *merged("dates", "printed_published_labels"))
_UPDATED = (*UPDATED_LABELS, *merged("dates", "printed_updated_labels"))
_AFTER = merged("dates", "printed_published_labels_after")


def _longest_first(words: tuple[str, ...]) -> str:
    return alternation(sorted(words, key=len, reverse=True))


_LABEL_RE = re.compile(rf"\b({_longest_first((*_PUBLISHED, *_UPDATED))})\b", re.I)
_AFTER_RE = (
    re.compile(rf"^[^.;|]{{0,40}}?\b(?:{_longest_first(_AFTER)})\b", re.I) if _AFTER else None
)
"""A participle after the date ("… 2010 um 23:03 Uhr gepostet"), in the same clause."""
_DATE_HEAD_RE = re.compile(r"^\S+(?:\s+\S+){0,2}?\s*\d{4}")
"""The date itself at the start of the rest of the line ("19. Mai 2010", "16.08.2019")."""
_PUBLISHED_WORDS = frozenset(word.lower() for word in _PUBLISHED)
_LABEL_REACH = 40
"""Characters before a date where its label may stand ("Issue Published: ")."""


def labelled_day(
    lines: tuple[str, ...], url: str | None, locale: str | None, language: str | None
) -> str | None:
    """The first day, in page order, that a line labels as the publication day, or None."""
    for line in lines:
        order = day_order(url, line, locale, language)
        for found in find_dates(line, order):
            if found.ambiguous:
                continue
            label = _label_before(line, found.start)
            if label == "published" or (label is None and _after(line, found.start)):
                return found.value
    return None


def _label_before(line: str, start: int) -> str | None:
    """`published` or `updated`: the nearest label in reach before the date, or None."""
    labels = list(_LABEL_RE.finditer(line[max(0, start - _LABEL_REACH) : start]))
    if not labels:
        return None
    return "published" if labels[-1].group(1).lower() in _PUBLISHED_WORDS else "updated"


def _after(line: str, start: int) -> bool:
    """Whether a publication participle follows the date at `start` in its clause."""
    if _AFTER_RE is None:
        return False
    return bool(_AFTER_RE.match(_DATE_HEAD_RE.sub("", line[start:], count=1)))

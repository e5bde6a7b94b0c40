"""Day/month order of a numeric date on a page ("03/04/2020": 3 April or 4 March?).

The evidence, strongest first: a numeric date in the same line whose day is over 12; a
weekday named beside the date that only one reading falls on; the page's declared locale
(`og:locale`, `<html lang>`: en-US reads month first, en-GB, de-AT or fr day first); the
article's own language (outside English, numeric dates put the day first, whatever the
domain); last, the site's country domain (.uk, .de ...) or a US-style one (.com, .org). A British outlet, a German
blog on a .com and an Austrian sports site are thus read day first.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import NUMERIC_RE, day_first
from .words import WEEKDAYS

_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "fm", "pw", "mh", "as", "gu", "vi", "pr"})
"""Regions whose numeric dates put the month first (the United States and its areas,
the Philippines, Micronesia, Palau, the Marshall Islands)."""
_LOCALE_RE = re.compile(r"\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.I)
_WEEKDAY_RE = re.compile(
    r"\b("
    + "|".join(sorted((re.escape(w) for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
    + "|"
    + "|".join(re.escape(w) for w in WEEKDAYS if len(w) == 3)
    + r"(?=[.,]))\b",
    re.I,
)
"""A weekday's name, or its three-letter abbreviation before a point or comma ("Sat," but
not "sat" or "The Sun")."""
_WEEKDAY_INDEX = {prefix: n for n, prefix in enumerate(dict.fromkeys(w[:3] for w in WEEKDAYS))}
"""Each weekday's first three letters to its number (Monday 0): the table lists them in
week order, Monday first."""


def locale_day_first(locale: str | None) -> bool | None:
    """Day first for a declared locale ("en_GB", "de-AT", "fr"), month first for en-US and
    the other month-first regions; None for bare English or no locale."""
    match = _LOCALE_RE.match(locale or "")
    if match is None:
        return None
    language, region = match.group(1).lower(), (match.group(2) or "").lower()
    if region:
        return region not in _MONTH_FIRST_REGIONS
    return None if language == "en" else True


def weekday_day_first(line: str) -> bool | None:
    """The order under which a weekday named in the line is the numeric date's weekday
    ("Friday, 03/04/2020" is 3 April: 4 March 2020 was a Wednesday), or None when no
    weekday, no numeric date, or both or neither readings fit."""
    names = {_WEEKDAY_INDEX[m.group(1).lower()[:3]] for m in _WEEKDAY_RE.finditer(line)}
    if len(names) != 1:
        return None
    (weekday,) = names
    fits = set()
    for match in NUMERIC_RE.finditer(line):
        a, _, b, year_text = match.groups()
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        for order, (day, month) in ((True, (int(a), int(b))), (False, (int(b), int(a)))):
            try:
                if dt.date(year, month, day).weekday() == weekday:
                    fits.add(order)
            except ValueError:
                continue
    return fits.pop() if len(fits) == 1 else None


def day_order(
    url: str | None, line: str | None, locale: str | None, language: str | None
) -> bool | None:
    """True for day first, False for month first, None when nothing tells."""
    text = line or ""
    stated = day_first(None, [text])  # a numeric date with a day over 12 in the line
    if stated is not None:
        return stated
    in_language = None if language in (None, "en") else True
    for decided in (weekday_day_first(text), locale_day_first(locale), in_language):
        if decided is not None:
            return decided
    return day_first(url, [])

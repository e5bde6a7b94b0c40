"""The local day of a page's declared publication time, in the zone the page itself uses.

Declared times are often written in UTC (`2020-05-02T02:54:29Z`) while the page's readers,
and the people who dated it, see the local day (1 May, 22:54 in New York). Which zone is
local is not guessed from the site's country (a US address says nothing of a German blog on
wordpress.com): the page says it, in the other timestamps it prints with an offset
(`"Fri, 01 May 2020 23:00:00 -0400"`, `2020-05-01T18:00:00-04:00`). The most common non-zero
offset among them is taken as the page's zone; without one, nothing is said.

A declared time at exactly midnight UTC is a day written as a time, not an instant: it is
never moved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

_STAMP_RE = re.compile(
    r"\s*((?:19|20)\d{2})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*(?:Z|[+-]00:?00)\s*$"
)
"""A declared time in UTC (`Z` or a zero offset), with its hour and minute."""
_OFFSET_RE = re.compile(r":\d\d(:\d\d)?(?:\.\d+)? ?(?:GMT|UTC)?([+-])(\d\d):?(\d\d)(?![\d:])")
"""A clock's minutes, its seconds if any, and a UTC offset: `:54:29-04:00`, `:00 -0400`.
It starts with a colon, so a long page is scanned quickly (a digit first cost 40 times more)."""
_HOUR_RE = re.compile(r"(?:\d{4}-\d\d-\d\d[T ])?\d\d$")
"""What must stand before the minutes: the hour, after an ISO date when there are no seconds
(a bare `10:00-12:00` is a range of hours, not a time and its offset)."""
_BEFORE = 13
_MAX_OFFSET = 14 * 60
"""Minutes: no zone is further from UTC."""


def page_offset(html: str) -> int | None:
    """The most common non-zero UTC offset, in minutes, among the page's timestamps (the
    first seen among equally common ones), or None."""
    counts: Counter[int] = Counter()
    for match in _OFFSET_RE.finditer(html):
        before = _HOUR_RE.search(html, max(0, match.start() - _BEFORE), match.start())
        if before is None or (match.group(1) is None and before.end() - before.start() < _BEFORE):
            continue
        sign = 1 if match.group(2) == "+" else -1
        minutes = sign * (int(match.group(3)) * 60 + int(match.group(4)))
        if minutes and abs(minutes) <= _MAX_OFFSET:
            counts[minutes] += 1
    return counts.most_common(1)[0][0] if counts else None


def local_day(stamp: str | None, html: str) -> str | None:
    """The day of a UTC `stamp` in the page's own zone (`page_offset`), or None when the
    stamp is not a UTC time, is midnight, or the page states no other zone."""
    match = _STAMP_RE.match(stamp or "")
    if match is None:
        return None
    year, month, day, hour, minute = (int(g) for g in match.groups()[:5])
    if hour == minute == int(match.group(6) or 0) == 0:
        return None
    offset = page_offset(html)
    if offset is None:
        return None
    try:
        moment = dt.datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    return (moment + dt.timedelta(minutes=offset)).date().isoformat()

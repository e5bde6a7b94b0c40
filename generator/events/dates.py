"""The calendar date an event can honestly be given, and how two such dates compare.

Precision is the expression's own: "in December" gives a month, never a day. A week or a
quarter counts only at the precision it surely has (the month it lies in, or its year).
"""

from __future__ import annotations

import datetime as dt
import re

_PLAIN_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER_OR_HALF = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA)$")
WEEK_PARTS = {"START": (1, 3), "END": (4, 7)}
"""ISO weekdays that "early this week" (Monday to Wednesday) and "later this week" (Thursday
to Sunday) may mean: a part of a week, never one day of it."""


def date_precision(value: str) -> str:
    """`2017-01-23` → day, `2017-01` → month, `2017` → year."""
    return {10: "day", 7: "month", 4: "year"}[len(value)]


def event_date(timex_value: str, mod: str | None = None) -> str | None:
    """The calendar date an event can honestly be given, or None.

    A plain date keeps its precision. A week (or weekend) becomes the month it lies in,
    or its year when it straddles two months; an expression that names its start or end
    ("early this week", "later this week": `mod` START or END) counts only the days that
    part of the week may mean (`WEEK_PARTS`), and a weekend's start or end its one day;
    a quarter, half or season within one year becomes the year. Winter (which spans two
    years), decades, durations and "now" give None.
    """
    if _PLAIN_DATE.match(timex_value):
        return timex_value
    week = _WEEK.match(timex_value)
    if week:
        year, number = int(week.group(1)), int(week.group(2))
        try:
            first = dt.date.fromisocalendar(year, number, 6 if week.group(3) else 1)
        except ValueError:
            return None
        last = dt.date.fromisocalendar(year, number, 7)
        if mod in WEEK_PARTS and week.group(3):
            first = last = first if mod == "START" else last
        elif mod in WEEK_PARTS:
            days = WEEK_PARTS[mod]
            first = dt.date.fromisocalendar(year, number, days[0])
            last = dt.date.fromisocalendar(year, number, days[1])
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    quarter = _QUARTER_OR_HALF.match(timex_value)
    if quarter:
        return quarter.group(1)
    return None


def dates_compatible(a: str, b: str) -> bool:
    """True when one date contains the other: `2017-01` and `2017-01-23` may be one event."""
    return a.startswith(b) or b.startswith(a)

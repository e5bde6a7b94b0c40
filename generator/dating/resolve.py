"""Relative dates read against an inferred window: only as precisely as the window allows.

An inferred publication date is a window of days, not a day. "On Monday" read against the
window's middle names one Monday, but any day of the window may be the true one, and each
gives its own Monday. So every expression is read against every day of the window the text's
own weekdays allow (`weekdays.voted_days`: a past Monday is written Monday to Thursday; the
window's other days are not read), and keeps what all the readings share: the same value;
else the month or the year all of them fall in ("on Monday" in a window inside November is
November); else nothing more than the text says without an anchor (the `XXXX` value), as for
an expression only some readings find. A date the text states in full reads the same against
every day and is kept as it is. When the corpus dating weighed the days
(`Article.published_days`, `likeliest`), the reading of the days holding a fitted share of
the likelihood is kept before any coarser one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from ..models import Article, Timex
from ..text.sentences import paragraph_number
from ..timex import article_timexes
from .evidence import article_texts
from .likeliest import allowed_days, settled_value
from .likelihood import fitted_likelihood
from .weekdays import mentions

MAX_WINDOW_DAYS = 92
"""Days read at most (the widest window `window` gives is far below this); a wider window
resolves nothing: the text is read without an anchor."""

_PLAIN = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")

Key = tuple[str, int, int, str]


def calendar_span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a plain date, month, year or ISO week value; None for others."""
    plain = _PLAIN.match(value)
    try:
        if plain:
            year, month, day = (int(g) if g else None for g in plain.groups())
            assert year is not None
            if day is not None and month is not None:
                first = dt.date(year, month, day)
                return first, first
            if month is not None:
                after = dt.date(year + month // 12, month % 12 + 1, 1)
                return dt.date(year, month, 1), after - dt.timedelta(days=1)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        week = _WEEK.match(value)
        if week:
            year, number = int(week.group(1)), int(week.group(2))
            first = dt.date.fromisocalendar(year, number, 6 if week.group(3) else 1)
            return first, dt.date.fromisocalendar(year, number, 7)
    except ValueError:
        return None
    return None


def shared_value(values: Sequence[str]) -> str | None:
    """What every reading agrees on: the value itself, else the month or the year that holds
    every reading's days; None when they agree on nothing calendar-like."""
    if len(set(values)) == 1:
        return values[0]
    spans = [calendar_span(v.split("T")[0]) for v in values]  # a time of day: its day
    if any(span is None for span in spans):
        return None
    first = min(span[0] for span in spans if span)
    last = max(span[1] for span in spans if span)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    if first.year == last.year:
        return f"{first.year:04d}"
    return None


def _key(timex: Timex) -> Key:
    return (timex.paragraph, timex.start, timex.end, timex.type)


def window_days(window: tuple[str, str]) -> list[str]:
    """Every day of the window; none when it is wider than `MAX_WINDOW_DAYS`."""
    lo, hi = (dt.date.fromisoformat(d) for d in window)
    count = (hi - lo).days + 1
    if count > MAX_WINDOW_DAYS:
        return []
    return [(lo + dt.timedelta(days=i)).isoformat() for i in range(count)]


def reading_days(article: Article, days: Sequence[str], unanchored: Iterable[Timex]) -> list[str]:
    """The window's days on a day of the week the text's weekdays allow; all of them when
    the weekdays tell nothing or allow none of them."""
    texts, _ = article_texts(article)
    named = mentions(list(unanchored), texts)
    kept = allowed_days(named, [dt.date.fromisoformat(d) for d in days])
    return [d.isoformat() for d in kept]


def window_timexes(
    article: Article, find: Callable[[Article], Sequence[Timex]] = article_timexes
) -> tuple[Timex, ...]:
    """The article's timexes read against every day of its inferred window, each keeping
    only what all readings share; an article without a window is read as it is."""
    if article.published_window is None:
        return tuple(find(article))
    unanchored = {_key(t): t for t in find(replace(article, published=None))}
    every = window_days(article.published_window)
    weights = dict(article.published_days)
    days = [d for d in every if d in weights] or reading_days(article, every, unanchored.values())
    if not days:
        return tuple(unanchored.values())
    readings: dict[Key, list[tuple[str, Timex]]] = {}
    for day in days:
        for timex in find(replace(article, published=day)):
            readings.setdefault(_key(timex), []).append((day, timex))
    share = fitted_likelihood().reading_share
    agreed, fallbacks = [], []
    for key in sorted(readings):
        found = readings[key]
        # an expression only some readings find: the window does not resolve it
        value = _agreed([(weights.get(d, 0.0), t.value) for d, t in found], len(days), share)
        if value is not None:
            mods = {t.mod for _, t in found if t.value == value} or {t.mod for _, t in found}
            agreed.append(
                replace(found[0][1], value=value, mod=mods.pop() if len(mods) == 1 else None)
            )
        elif key in unanchored:
            fallbacks.append(unanchored[key])
    result = list(agreed)
    for timex in fallbacks:  # never two expressions over one stretch of text
        if not any(_overlap(timex, kept) for kept in result):
            result.append(timex)
    return tuple(sorted(result, key=lambda t: (paragraph_number(t.paragraph), t.start, t.end)))


def _agreed(found: Sequence[tuple[float, str]], days: int, share: float) -> str | None:
    """The value the days holding `share` of the likelihood read (`settled_value`, when the
    days are weighed), else what every day's reading shares (`shared_value`); None for an
    expression not every day's reading finds."""
    if len(found) != days:
        return None
    settled = None
    if any(w for w, _ in found):
        settled = settled_value([(v, w) for w, v in found], share)
    return settled or shared_value([v for _, v in found])


def _overlap(a: Timex, b: Timex) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end

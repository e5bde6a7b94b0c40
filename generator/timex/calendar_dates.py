"""Explicit calendar dates in an article's own language, read with its words as data.

The rules of `timex_rules.ini` are English: in a German article they read "8. November
1923" as "November 1923" and miss "Dezember 2018", in a French one "le 12 mars 2020" as
"2020". A language with a `months.tsv` and a `calendar.json` under `generator/lang/<code>/`
gets these shapes, built from its words (none of them English-only):

- day, month and year: "8. November 1923", "12 mars 2020", "5 de mayo de 2021", with a
  weekday before ("Dienstag, 3. März") and a span's first day ("23. bis 25. Februar");
- day and month, the year read from the article's date as English yearless days are
  (`anchor.choose_year`, a weekday picking the year it fits);
- month and year ("Dezember 2018", "mayo de 2021");
- numeric dates day first ("12/03/2020", "12.03.2020"), the order of every language here;
- a month after one of the language's leads ("im Juni", "en junio"), and a weekday after
  one ("am Montag"), read as the last such day up to the article's date: a news report
  tells what happened, and these languages' tenses are not read;
- a word for a day relative to the article's date ("gestern", "ayer", "hier"), never one
  that also means something else ("morgen" is also "morning", "mañana" too), nor the
  article's own day ("heute", "hoy": as often "nowadays").

Their spans win over the English rules' where they overlap (`find.find_timexes`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..lang import alternation, load
from .anchor import choose_year
from .context import Ctx
from .values import NeedsAnchor, Value, fmt_day, fmt_month


@dataclass(frozen=True)
class Calendar:
    """One language's calendar words and the patterns built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: tuple[tuple[re.Pattern[str], int], ...]
    """A word for a day relative to the article's date, and its offset in days."""
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    """(rule name, pattern), longest shapes first."""


@dataclass(frozen=True)
class CalendarMatch:
    """A date found in the language's own words, before its value is read."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def _words(language: str, section: str) -> list[str]:
    """`metadata.json` dates list `section` of the language (ordinal suffixes, joiners)."""
    return list(load(language, "metadata.json").get("dates", {}).get(section, ()))


def _optional(words: list[str], pattern: str) -> str:
    """`pattern` wrapped around the alternation of `words`, or nothing when there are none."""
    return pattern.format(alternation(words)) if words else ""


@functools.cache
def calendar(language: str | None) -> Calendar | None:
    """The calendar of `language`, or None for English (its own rules) and any language
    without the two tables."""
    if language in (None, "en"):
        return None
    try:
        months = {row[0].casefold(): int(row[1]) for row in load(language, "months.tsv")}
        words = load(language, "calendar.json")
    except FileNotFoundError:
        return None
    weekdays = {name.casefold(): int(n) for name, n in words.get("weekdays", {}).items()}
    month = f"(?P<month>{alternation(sorted(months, key=len, reverse=True))})"
    weekday = f"(?P<wd>{alternation(sorted(weekdays, key=len, reverse=True))})"
    suffixes = _words(language, "ordinal_suffixes")
    joiner = _optional(_words(language, "month_joiners"), r"(?:{}\s+)?")
    ordinal = rf"(?:\.|{alternation(suffixes)})?" if suffixes else r"\.?"
    day = rf"(?P<day>3[01]|[12]\d|0?[1-9]){ordinal}"
    span = _optional(list(words.get("range_joiners", ())), r"(?:\s*(?:{})\s*\d{{1,2}}\.?)?")
    year = rf"(?:,?\s+{joiner}(?P<year>\d{{4}}))"
    before = rf"(?<![\w.,/-])(?:{weekday}\.?,?\s+)?"
    patterns = [
        ("date", re.compile(rf"{before}{day}{span}\s*{joiner}{month}{year}?(?!\w)", re.I)),
        ("month-year", re.compile(rf"(?<!\w){month}\s+{joiner}(?P<year>\d{{4}})(?!\w)", re.I)),
        (
            "numeric-date",
            re.compile(
                r"(?<![\w.,/-])(?P<day>3[01]|[12]\d|0?[1-9])([./])(?P<number>1[0-2]|0?[1-9])\2"
                r"(?P<year>\d{4})(?![\w/]|\.\d)"
            ),
        ),
    ]
    leads = list(words.get("month_leads", ()))
    if leads:
        patterns.append(
            ("month", re.compile(rf"(?<!\w)(?:{alternation(leads)})\s+{month}(?!\w)", re.I))
        )
    leads = list(words.get("weekday_leads", ()))
    if leads and weekdays:
        patterns.append(
            ("weekday", re.compile(rf"(?<!\w)(?:{alternation(leads)})\s+{weekday}", re.I))
        )
    day_words = dict(words.get("day_words", {}))
    if day_words:
        alternatives = "|".join(day_words)  # regular-expression alternatives ("gestrig\\w*")
        patterns.append(("day-word", re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)))
    offsets = tuple((re.compile(k, re.I), int(v)) for k, v in day_words.items())
    return Calendar(months, weekdays, offsets, tuple(patterns))


def calendar_matches(text: str, language: str | None) -> list[CalendarMatch]:
    """The language's dates in `text`, not overlapping, in reading order; longest first."""
    found = calendar(language)
    if found is None:
        return []
    every = []
    for rule, pattern in found.patterns:
        for match in pattern.finditer(text):
            start = match.start("month") if rule == "month" else match.start()
            start = match.start("wd") if rule == "weekday" else start
            every.append(CalendarMatch(start, match.end(), rule, match))
    every.sort(key=lambda m: (m.start - m.end, m.start))
    taken = bytearray(len(text))
    chosen = []
    for candidate in every:
        if taken.find(1, candidate.start, candidate.end) >= 0:
            continue
        taken[candidate.start : candidate.end] = b"\1" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return sorted(chosen, key=lambda m: m.start)


def calendar_value(found: CalendarMatch, language: str, ctx: Ctx) -> Value | None:
    """The TimeML value of a match (`ctx` placed on it); None when the calendar refuses it."""
    table = calendar(language)
    assert table is not None
    match = found.match
    groups = match.groupdict()
    try:
        if found.rule == "weekday":
            return _last_weekday(table.weekdays[groups["wd"].casefold()], ctx)
        if found.rule == "day-word":
            offset = next(n for word, n in table.day_words if word.fullmatch(match.group()))
            return Value(fmt_day(ctx.day() + dt.timedelta(days=offset)), inferred=True)
        month = (
            int(groups["number"])
            if groups.get("number")
            else table.months[groups["month"].casefold()]
        )
        if found.rule == "month":
            return Value(fmt_month(choose_year(month, None, ctx), month), inferred=True)
        if groups.get("day") is None:
            return Value(fmt_month(int(groups["year"]), month))
        day = int(groups["day"])
        if groups.get("year"):
            return Value(fmt_day(dt.date(int(groups["year"]), month, day)))
        weekday = table.weekdays[groups["wd"].casefold()] if groups.get("wd") else None
        return Value(
            fmt_day(dt.date(choose_year(month, day, ctx, weekday), month, day)), inferred=True
        )
    except NeedsAnchor as missing:
        return Value(missing.placeholder, "DATE", inferred=True)
    except (ValueError, KeyError, OverflowError):
        return None


def _last_weekday(weekday: int, ctx: Ctx) -> Value:
    """The last day of that weekday up to the article's date (that day itself included)."""
    anchor = ctx.anchor.date
    if anchor is None:
        raise NeedsAnchor("XXXX-XX-XX")
    back = (anchor.isoweekday() - weekday) % 7
    return Value(fmt_day(anchor - dt.timedelta(days=back)), inferred=True)

"""Calendar dates in a line of text: find them, order day and month, pick the published one.

Month names, ordinals and labels ("Last updated") come from the language tables
(`words.py`); the patterns are built from them here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import ParseResult, urlparse

from ..clean import looks_like_dateline
from .words import (
    BYLINE_LABELS,
    BYLINE_LABELS_TO_LINE_END,
    MONTH_JOINERS,
    MONTHS,
    ORDINAL_SUFFIXES,
    PUBLISHED_LABELS,
    READING_TIME_UNITS,
    READING_TIME_VERBS,
    UPDATED_LABELS,
    alternation,
)

MONTH_NAMES = "|".join(sorted((re.escape(m) for m in MONTHS), key=len)[::-1])
"""Every month name, longest first (a regular-expression alternation)."""
_YEAR = r"((?:19|20)\d{2})"
DAY = rf"(\d{{1,2}})(?:{alternation(ORDINAL_SUFFIXES)})?"
_JOINER = rf"(?:(?:{alternation(MONTH_JOINERS)})\s+)?"
# "2017-05-25", "2017-05-25T14:32:00Z"
ISO_RE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?")
# "May 25, 2017", "Nov. 19, 2019", "May 25 2017"; a time may be glued to the year by a
# scraper: "Nov 19 20197:05 AM"
MDY_RE = re.compile(rf"\b({MONTH_NAMES})\.?\s+{DAY},?\s+{_YEAR}(?:\b|(?=\d{{1,2}}:\d{{2}}))", re.I)
# "25 May 2017", "25th May, 2017", "22 de outubro de 2010", "30. März 2017"
DMY_RE = re.compile(rf"\b{DAY}\.?\s+{_JOINER}({MONTH_NAMES})\.?,?\s+{_JOINER}{_YEAR}\b", re.I)
# "25/05/2017", "05/25/2017", "25.05.2017", "11/19/19"
NUMERIC_RE = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b")
LABEL_RE = re.compile(rf"\b({alternation(PUBLISHED_LABELS + UPDATED_LABELS)})\b", re.I)
URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/"
)
TIME_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
    + "".join(rf"|\b{re.escape(label)}\b.*$" for label in BYLINE_LABELS_TO_LINE_END)
    + "".join(rf"|\b{re.escape(label)}\b" for label in BYLINE_LABELS)
    + rf"|\b\d+\s+(?:{alternation(READING_TIME_UNITS)})s?\s+"
    + rf"(?:{alternation(READING_TIME_VERBS)})\b.*$",
    re.I,
)
"""A time, a date label or a reading time in a byline or date line: cut before reading it."""
MONTH_DAY_RE = re.compile(rf"(?:[^\W\d_]+,?\s+)?({MONTH_NAMES})\.?\s+{DAY}", re.I)
_DMY_TLDS = (".uk", ".ie", ".au", ".nz", ".in", ".za", ".eu", ".de", ".fr", ".it", ".es",
             ".ru", ".br", ".pt", ".id", ".nl", ".pl", ".tr", ".kz", ".ua")  # fmt: skip
_MDY_TLDS = (".com", ".us", ".gov", ".org", ".net")


@dataclass(frozen=True)
class FoundDate:
    """A calendar date found in a text, with where it was and whether it was guessed."""

    value: str
    start: int
    label: str | None = None
    """`published`, `updated` or None: the nearest label before it."""
    ambiguous: bool = False
    """Numeric day/month order settled by a default rather than by evidence."""


def valid(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None for a day the calendar does not have."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, day_first: bool | None = None) -> list[FoundDate]:
    """Every full calendar date in `text`, in order of appearance.

    Numeric dates need the day/month order: a part over 12 decides; otherwise
    `day_first` (from evidence about the site) decides, and the date is flagged
    ambiguous when that was only a default.
    """
    found: dict[int, FoundDate] = {}
    for match in ISO_RE.finditer(text):
        value = valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if value:
            found[match.start()] = FoundDate(value, match.start())
    for match in MDY_RE.finditer(text):
        month = MONTHS[match.group(1).lower()]
        value = valid(int(match.group(3)), month, int(match.group(2)))
        if value and match.start() not in found:
            found[match.start()] = FoundDate(value, match.start())
    for match in DMY_RE.finditer(text):
        month = MONTHS[match.group(2).lower()]
        value = valid(int(match.group(3)), month, int(match.group(1)))
        if value and not any(abs(k - match.start()) < 12 for k in found):
            found[match.start()] = FoundDate(value, match.start())
    _find_numeric(text, day_first, found)
    dates = []
    for start in sorted(found):
        label = None
        for lab in LABEL_RE.finditer(text[max(0, start - 40) : start]):
            word = lab.group(1).lower()
            label = "published" if word in PUBLISHED_LABELS else "updated"
        date = found[start]
        dates.append(FoundDate(date.value, date.start, label, date.ambiguous))
    return dates


def _find_numeric(text: str, day_first: bool | None, found: dict[int, FoundDate]) -> None:
    """Add the numeric dates of `text` not next to a date already found."""
    for match in NUMERIC_RE.finditer(text):
        if any(abs(k - match.start()) < 12 for k in found):
            continue
        a, sep, b, year_text = match.groups()
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        first, second = int(a), int(b)
        ambiguous = False
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:
            ambiguous = day_first is None and first != second
            use_day_first = day_first if day_first is not None else sep == "."
            day, month = (first, second) if use_day_first else (second, first)
        value = valid(year, month, day)
        if value:
            found[match.start()] = FoundDate(value, match.start(), ambiguous=ambiguous)


def pick_published(dates: list[FoundDate]) -> FoundDate | None:
    """Of a published/updated pair, the published date; else the first date."""
    if not dates:
        return None
    for date in dates:
        if date.label == "published":
            return date
    for date in dates:
        if date.label != "updated":
            return date
    return min(dates, key=lambda d: d.value)


def parse_url(url: str) -> ParseResult | None:
    """`urlparse`, or None for a URL it refuses ("http://[" raises): URLs come from pages."""
    try:
        return urlparse(url)
    except ValueError:
        return None


def host(url: str) -> str:
    """The URL's host name, or "" when it has none or cannot be parsed."""
    parsed = parse_url(url)
    try:
        return (parsed.hostname or "") if parsed else ""
    except ValueError:
        return ""


def day_first(url: str | None, texts: Iterable[str]) -> bool | None:
    """Evidence for day/month order: an unambiguous numeric date nearby, or the site's TLD."""
    for text in texts:
        for match in NUMERIC_RE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    if url:
        name = host(url)
        if name.endswith(_DMY_TLDS):
            return True
        if name.endswith(_MDY_TLDS):
            return False
    return None


def plainly_dateline(text: str) -> bool:
    """A line that is a date and nothing more: labelled ("Last Updated : Nov 20, 2019 …
    | Source: X") or a date and a time with at most two other words."""
    if "\n" in text or len(text.split()) > 16:
        return False
    if MONTH_DAY_RE.fullmatch(text.strip()):
        return True  # "November 18": a date without its year, still no title
    if not find_dates(text):
        return False
    if LABEL_RE.search(text):
        return True
    rest = TIME_RE.sub(" ", text)
    for found in (ISO_RE, MDY_RE, DMY_RE, NUMERIC_RE):
        rest = found.sub(" ", rest)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 2


def dateline_block(text: str) -> bool:
    """A dateline, or a block of them ("18 Nov 2019, 19:09" / "Updated: 18 Nov 2019")."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    return bool(lines) and len(lines) <= 3 and all(looks_like_dateline(line) for line in lines)

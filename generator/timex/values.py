"""TimeML values: the span and anchor models, and the arithmetic that writes values.

Nothing here reads text around an expression: these are the shapes normalisers return
(`Value`, or `NeedsAnchor` when a part of the anchor is unknown) and the formatting helpers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import lexicon
from .regex import irregular_units


@dataclass(frozen=True)
class TimexSpan:
    """One temporal expression found in a text, with its TimeML normalisation."""

    start: int
    end: int
    text: str
    value: str
    type: str
    """`DATE`, `TIME`, `DURATION` or `SET`."""
    mod: str | None = None
    """TimeML mod: `START`, `END`, `MID`, `APPROX`, `LESS_THAN`, `MORE_THAN`, …"""
    rule: str = ""
    """Name of the rule that found it (for tests and debugging)."""
    inferred: bool = False
    """True when the year (or week) came from the anchor, not from the expression."""


@dataclass(frozen=True)
class Anchor:
    """The document date at whatever precision is known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


_ANCHOR_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_anchor(value: str | None) -> Anchor:
    """`YYYY-MM-DD`, `YYYY-MM`, `YYYY` (a longer ISO string is cut) or None → Anchor."""
    if not value:
        return Anchor()
    match = _ANCHOR_RE.match(value.strip())
    if not match:
        return Anchor()
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return Anchor(year=year)
    return Anchor(year, month, day if month else None)


class NeedsAnchor(Exception):
    """The expression depends on a part of the anchor we do not know."""

    def __init__(self, placeholder: str):
        super().__init__(placeholder)
        self.placeholder = placeholder


@dataclass(frozen=True)
class Value:
    """What a normaliser returns: the TimeML value, type and mod of one match."""

    value: str
    type: str = "DATE"
    mod: str | None = None
    inferred: bool = False


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def word_number(text: str) -> float | None:
    """'24' → 24, 'twenty-four' → 24, 'a' → 1, 'half a' → 0.5; vague words → None."""
    numbers = lexicon()["numbers"]
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in numbers:
        return numbers[t]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", "")) if "." in t else int(t.replace(",", ""))
    fraction = re.fullmatch(r"(\d+)\s+1/2", t)
    if fraction:
        return int(fraction.group(1)) + 0.5
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return numbers[parts[0]] + numbers[parts[1]]
    return None


def num_str(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_name(unit: str) -> str:
    """A unit as matched ('Years', 'centuries') → its name in `unit_codes` ('year')."""
    u = unit.lower()
    for singular, _, stem in irregular_units():
        if u.startswith(stem):
            return singular
    return u[:-1] if u.endswith("s") else u


def duration(n: float | None, unit: str) -> str:
    """TimeML duration for n units (None → X): (3, 'year') → P3Y, (None, 'week') → PXW."""
    prefix, code = lexicon()["unit_codes"][unit]
    if code.endswith("Y") and len(code) > 1:  # decade/century: count in years
        per = int(code[:-1])
        return "PXY" if n is None else f"P{num_str(n * per)}Y"
    if code == "2W":
        return "PXW" if n is None else f"P{num_str(n * 2)}W"
    if code == "WE":
        return "PXWE" if n is None else f"P{num_str(n * 2)}D"
    if n is not None and not float(n).is_integer():
        # Halves in the next smaller unit, as TimeML writes them: 2.5 years → P2Y6M.
        whole = int(n)
        half = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "M_T": "30S"}.get(
            code if prefix == "" else ("H" if code == "H" else "M_T")
        )
        if half and n - whole == 0.5:
            head = f"{whole}{code}" if whole else ""
            if prefix == "T" or half.startswith("T"):
                return f"PT{head}{half.lstrip('T')}" if prefix == "T" else f"P{head}{half}"
            return f"P{head}{half}"
    return f"P{prefix}{'X' if n is None else num_str(n)}{code}"


def group(m: re.Match[str], name: str) -> str | None:
    """Group `name` of `m`, or None when the rule's pattern has no such group."""
    try:
        return m.group(name)
    except IndexError:
        return None


def capitalised(word: str) -> bool:
    return word[:1].isupper()

"""Temporal expressions: find them in text and normalise them to TimeML values.

Rule-based, in the HeidelTime tradition: each rule is a regular expression (built from the
word tables in `data/timex_en.json`) plus a normalisation function that turns the match into
a TimeML value, type and mod. The anchor is the document's own date (`YYYY-MM-DD`, `YYYY-MM`,
`YYYY` or None). Anything that depends on a part of the anchor we do not know gets `X`
placeholders (`XXXX-02-08`, `XXXX-WXX`) instead of a guess.

Precision is honest: "in December" is `2016-12`, never a day; "two years ago" is a year.
Weekdays and bare months take their week/year from the tense of their clause: past → the most
recent one, future ("will", "is expected to", "scheduled") → the next one.

`find_timexes` works on plain text (the benchmark uses it); `article_timexes` runs it over
an article's title and paragraphs in one pass, so context in one paragraph ("this February
2016 ceasefire") can correct an earlier, underspecified mention ("last February").
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from .models import Article, Timex
from .text import sentence_at

_WEEKDAY_RD = (MO, TU, WE, TH, FR, SA, SU)
_SEASONS = ("SP", "SU", "FA", "WI")


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


# --------------------------------------------------------------------------- lexicon


@functools.cache
def lexicon() -> dict:
    """The English word tables (months, numbers, units, …), loaded once."""
    text = resources.files("generator").joinpath("data/timex_en.json").read_text("utf-8")
    return json.loads(text)


def _alternation(words) -> str:
    """A regex alternation of `words`, longest first so the longest one wins (grouped by
    first character: see `_by_first_character`)."""
    escaped = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=lambda w: -len(w))
    return _by_first_character(escaped, _any_case)


def _words(words: str) -> str:
    """Space-separated words as an alternation, in the order given (see `_by_first_character`)."""
    return _by_first_character(words.split(), _any_case)


def _by_first_character(alternatives: list[str], head: Callable[[str], str]) -> str:
    r"""`alternatives` (regexes) as one, grouped by first character, which `head` writes.

    `monday|tuesday|thursday` becomes `m(?:onday)|t(?:uesday|hursday)`: the engine rules a
    group out on one character instead of trying each word in turn, and trying words is
    most of what the rules do. It is the same regex: the words keep their order, and two
    words that start differently cannot both match at one place. Each alternative is a word
    that may hold a group or end in a suffix (`centur(?:y|ies)`, `jan\.?`), never a `|`
    outside parentheses; if one does not start with a letter or digit standing for itself,
    they are joined as they are.
    """
    if not all(a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{") for a in alternatives):
        return "(?:" + "|".join(alternatives) + ")"
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(head(c) + "(?:" + "|".join(g) + ")" for c, g in groups.items()) + ")"


_CASE_VARIANTS = {"i": "İı", "k": "\u212a", "s": "ſ"}
"""Characters other than its two ASCII cases that an IGNORECASE pattern reads as a letter."""


def _any_case(char: str) -> str:
    """`char` as a case-sensitive class of every character a case-insensitive pattern reads
    as it (`s` → `[sSſ]`). The engine skips an alternative that starts with such a class
    after one comparison; one that starts with a case-insensitive letter it must enter."""
    if not char.isalpha():
        return char
    return "(?-i:[" + char.lower() + char.upper() + _CASE_VARIANTS.get(char.lower(), "") + "])"


@functools.cache
def _fragments() -> dict[str, str]:
    lex = lexicon()
    full_months = [m for m in lex["months"] if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in lex["months"] if m not in full_months]
    month = (
        _by_first_character(
            sorted(full_months, key=len, reverse=True)
            + [m + r"\.?" for m in sorted(abbr_months, key=len, reverse=True)],
            _any_case,
        )
        + "(?![a-z])"
    )
    weekday = _words("monday tuesday wednesday thursday friday saturday sunday")
    small = [w for w, n in lex["numbers"].items() if isinstance(n, int) and n < 20]
    tens = _words("twenty thirty forty fifty sixty seventy eighty ninety")
    units_lt10 = _words("one two three four five six seven eight nine")
    number = (
        # \d{1,3}(?:,\d{3})+|\d+\s+1/2|\d+(?:\.\d+)?, the first digit taken out in front
        r"(?:\d(?:\d{0,2}(?:,\d{3})+|\d*\s+1/2|\d*(?:\.\d+)?)|"
        + tens
        + r"(?:[-\s]"
        + units_lt10
        + ")?|"
        + _alternation(small + ["hundred", "dozen", "half a", "a half"])
        + ")"
    )
    vague = _alternation(lex["vague_numbers"])
    ordinal = _alternation(lex["ordinals"])
    units = "second minute hour day night week fortnight month quarter year decade weekend"
    unit = _by_first_character(
        ["centur(?:y|ies)", "millenni(?:um|a)"] + [u + "s?" for u in units.split()], _any_case
    )
    season = _alternation(lex["seasons"])
    pod = _words("morning afternoon evening night")
    year = r"(?:1[0-9]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    mod = _alternation(
        [
            "early",
            "earlier",
            "late",
            "later",
            "mid",
            "the beginning of",
            "the start of",
            "the end of",
            "the close of",
            "the middle of",
            "the first half of",
            "the second half of",
            "the dawn of",
            "the mid",
        ]
    )
    approx = _alternation(
        [
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "nearly",
            "almost",
            "less than",
            "under",
            "more than",
            "over",
            "at least",
            "up to",
            "no more than",
            "just over",
            "just under",
            "barely",
            "only",
            "a mere",
            "fully",
        ]
    )
    return {
        "MONTH": month,
        "WD": weekday,
        "NUM": number,
        "VAGUE": vague,
        "ORD": ordinal,
        "UNIT": unit,
        "SEASON": season,
        "POD": pod,
        "YEAR": year,
        "DAY": day,
        "MOD": mod,
        "APPROX": approx,
    }


# --------------------------------------------------------------------------- values


class _NeedsAnchor(Exception):
    """The expression depends on a part of the anchor we do not know."""

    def __init__(self, placeholder: str):
        super().__init__(placeholder)
        self.placeholder = placeholder


@dataclass(frozen=True)
class _Value:
    value: str
    type: str = "DATE"
    mod: str | None = None
    inferred: bool = False


def _fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _fmt_week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _word_number(text: str) -> float | None:
    """'24' → 24, 'twenty-four' → 24, 'a' → 1, 'half a' → 0.5; vague words → None."""
    words = lexicon()["numbers"]
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in words:
        return words[t]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", "")) if "." in t else int(t.replace(",", ""))
    fraction = re.fullmatch(r"(\d+)\s+1/2", t)
    if fraction:
        return int(fraction.group(1)) + 0.5
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in words and parts[1] in words:
        return words[parts[0]] + words[parts[1]]
    return None


def _num_str(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


_UNIT_CODES = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "night": ("", "D"),
    "week": ("", "W"),
    "fortnight": ("", "2W"),
    "month": ("", "M"),
    "quarter": ("", "Q"),
    "year": ("", "Y"),
    "decade": ("", "10Y"),
    "century": ("", "100Y"),
    "millennium": ("", "1000Y"),
    "weekend": ("", "WE"),
}


def _unit_name(unit: str) -> str:
    u = unit.lower()
    if u.startswith("centur"):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    return u[:-1] if u.endswith("s") else u


def _duration(n: float | None, unit: str) -> str:
    """TimeML duration for n units (None → X): (3, 'year') → P3Y, (None, 'week') → PXW."""
    prefix, code = _UNIT_CODES[unit]
    if code.endswith("Y") and len(code) > 1:  # decade/century: count in years
        per = int(code[:-1])
        return "PXY" if n is None else f"P{_num_str(n * per)}Y"
    if code == "2W":
        return "PXW" if n is None else f"P{_num_str(n * 2)}W"
    if code == "WE":
        return "PXWE" if n is None else f"P{_num_str(n * 2)}D"
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
    return f"P{prefix}{'X' if n is None else _num_str(n)}{code}"


# --------------------------------------------------------------------------- context


_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|expected\s+to|expects?\s+to|scheduled"
    r"|due(?!\s+(?:process|diligence|care|course|respect)\b)"
    r"|plans?\s+to|plann(?:ed|ing)\s+to|set\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|would"
    r"|as\s+(?:soon|early)\s+as"
    r"|upcoming|forthcoming|next(?!\s+to\b)|is\s+to|are\s+to|to\s+be\s+held|likely\s+to"
    r"|(?<!ed\s)to\s+(?:meet|resume|begin|start|sign|hold|visit|open|attend|convene"
    r"|take\s+place)"
    r"|effective|takes?\s+effect|payable|starting|beginning|ahead\s+of"
    # a bare present that schedules: "they meet Monday", "the court rules Friday"
    r"|(?<!\bto\s)(?:meet|meets|resumes|convenes|reconvenes|opens|closes|begins|starts|ends"
    r"|travels|heads|leaves|arrives|returns|votes|rules|decides|testifies|visits)"
    r"(?=\s+(?:on\s+|next\s+|this\s+)?(?:separately\s+|again\s+)?(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)))\b"
    r"|'ll\b",
    re.IGNORECASE,
)
_QUOTE_CLOSE = re.compile(r"[\"”]|''")
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:been\s+|previously\s+)*$", re.IGNORECASE)
_PRESENT_RE = re.compile(r"\b(?:is|are|am|has|have|says|say)\b(?!\s+(?:to|been)\b)", re.I)
_TENSE_REACH = 80
"""Characters between a verb marker and the expression beyond which the marker is ignored."""
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|but|while|whereas|although|though)\b", re.I)
"""Between an expression and a later verb: that verb belongs to another clause."""
_PAST_RE = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|began|met|held|took|came"
    r"|went|made|gave|saw|fell|rose|won|lost|left|announced|became|brought|bought|built"
    r"|caught|chose|drove|fought|found|flew|fled|got|grew|heard|kept|knew|led|meant|paid"
    r"|ran|sent|sold|spoke|stood|struck|thought|threw|wrote|broke|shot|spent|stole|swore"
    r"|sank|sought|won|wore|woke|withdrew|underwent|overtook|forgot|forbade|saw"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?-i:(?![a-z]*(?:[^r]eed|hundred|sacred|naked"
    r"|wicked|kindred)\b)[a-z]{3,}ed))\b",
    re.IGNORECASE,
)


_MODAL_CHAIN = re.compile(
    r"\b(?:will|would|shall|should|must|can|could|may|might|to|'ll)\s+(?:not\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


class _Ctx:
    """What a normaliser may read: the text, the anchor, the clause's tense, earlier values."""

    def __init__(self, text: str, anchor: Anchor):
        self.text = text
        self.anchor = anchor
        self.previous: list[TimexSpan] = []
        self.start = 0
        self.end = 0
        self.choosing = False
        """True while spans are being chosen, before earlier values are known."""
        self._tenses: dict[tuple[int, int], str | None] = {}
        """`tense()` by span: a span is normalised twice, when chosen and when kept."""

    # -- anchor parts, raising _NeedsAnchor with the right placeholder
    def day(self, placeholder: str = "XXXX-XX-XX") -> dt.date:
        d = self.anchor.date
        if d is None:
            raise _NeedsAnchor(placeholder)
        return d

    def month(self, placeholder: str = "XXXX-XX") -> tuple[int, int]:
        if self.anchor.year is None or self.anchor.month is None:
            raise _NeedsAnchor(placeholder)
        return self.anchor.year, self.anchor.month

    def year(self, placeholder: str = "XXXX") -> int:
        if self.anchor.year is None:
            raise _NeedsAnchor(placeholder)
        return self.anchor.year

    def tense(self) -> str | None:
        """'future', 'past' or None (present or unknown): the nearest verb marker in the
        expression's sentence, within `_TENSE_REACH` characters."""
        span = (self.start, self.end)
        if span not in self._tenses:
            self._tenses[span] = self._nearest_tense()
        return self._tenses[span]

    def _nearest_tense(self) -> str | None:
        s, e = sentence_at(self.text, self.start)
        e = max(e, self.end)
        best: tuple[float, str | None] | None = None
        markers = ((_FUTURE_RE, "future"), (_PAST_RE, "past"), (_PRESENT_RE, None))
        s, e = max(s, self.start - _TENSE_REACH), min(e, self.end + _TENSE_REACH)
        for regex, label in markers:
            for match in regex.finditer(self.text, s, e):
                if self.start <= match.start() < self.end:
                    continue  # words inside the expression itself ("last", "next")
                if label == "past" and self._participle(match):
                    continue  # "will stay closed until Tuesday": not a past tense
                if match.start() < self.start:
                    distance = self.start - match.end()
                else:
                    if _QUOTE_CLOSE.search(self.text, self.end, match.start()):
                        continue  # '"… leave Thursday," he said': the quote has its own tense
                    distance = (match.start() - self.end) * 1.5
                    if _CLAUSE_BREAK.search(self.text, self.end, match.start()):
                        distance *= 4  # "was there Thursday and will go on Saturday"
                if best is None or distance < best[0]:
                    if label == "future" and _PLUPERFECT_RE.search(
                        self.text, max(0, match.start() - 20), match.start()
                    ):
                        label_here = "past"  # "had been due to expire Friday": it was
                    else:
                        label_here = label
                    best = (distance, label_here)
        return best[1] if best else None

    def _participle(self, match: re.Match[str]) -> bool:
        """An -ed word after a modal or "to" and at most two words ("will stay closed",
        "to get married", "must be approved") is a participle, not a past tense."""
        if not match.group().lower().endswith("ed"):
            return False
        before = self.text[max(0, match.start() - 40) : match.start()]
        return _MODAL_CHAIN.search(before) is not None

    def preceding_word(self) -> str:
        match = re.search(r"([A-Za-z']+)\W*$", self.text[max(0, self.start - 30) : self.start])
        return match.group(1).lower() if match else ""

    def last_value(
        self, pattern: re.Pattern[str], within: int = 100_000, rules: tuple[str, ...] = ()
    ) -> TimexSpan | None:
        """The nearest earlier value matching `pattern` (from one of `rules`, if given)."""
        for span in reversed(self.previous):
            if self.start - span.end > within:
                return None
            if pattern.match(span.value) and (not rules or span.rule in rules):
                return span
        return None


# --------------------------------------------------------------------------- resolution


def _choose_year(month: int, day: int | None, c: _Ctx, weekday: int | None = None) -> int:
    """Year of a month (and day) given without one: by tense, near dates win for days."""
    if day is not None and c.anchor.date is not None:
        anchor = c.anchor.date
        candidates = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidates.append(dt.date(y, month, day))
            except ValueError:
                continue
        if weekday is not None:
            fitting = [d for d in candidates if d.isoweekday() == weekday]
            if fitting:
                return min(fitting, key=lambda d: abs((d - anchor).days)).year
        if not candidates:
            raise _NeedsAnchor("XXXX")
        nearest = min(candidates, key=lambda d: abs((d - anchor).days))
        if c.preceding_word() == "last" and any(d < anchor for d in candidates):
            return max(d for d in candidates if d < anchor).year  # "last Oct. 23"
        # Within about two months the nearest reading wins whatever the tense: news about
        # "Dec. 7" written in late October means this December (TBAQ: 5 of 5 such cases).
        if abs((nearest - anchor).days) <= 75:
            return nearest.year
        tense = _forward_tense(c)
        if tense == "future":
            later = [d for d in candidates if d >= anchor]
            return min(later).year if later else nearest.year
        earlier = [d for d in candidates if d <= anchor]
        return max(earlier).year if earlier else nearest.year
    year, amonth = c.month("XXXX")
    if month == amonth:
        return year
    # One or two months ahead is read forward (TBAQ: 6 of 8), beyond that by tense.
    if (month - amonth) % 12 <= 2 or _forward_tense(c) == "future":
        return year if month > amonth else year + 1
    return year if month < amonth else year - 1


_DEADLINE_WORDS = frozenset(("by", "until", "till", "through", "before"))
_MODAL_IN_CLAUSE = re.compile(r"\b(?:could|might|may|should|can|would|will|must)\b(?!.*[.;])", re.I)
"""A modal verb earlier in the clause: with a deadline, the date lies ahead."""


def _forward_tense(c: _Ctx) -> str | None:
    """The clause's tense, with a deadline ("by February", "until June") read forward
    unless the clause is in the past; "last Oct. 23" is always the one gone."""
    word = c.preceding_word()
    if word == "last":
        return "past"
    tense = c.tense()
    if word in _DEADLINE_WORDS and (
        tense is None or _MODAL_IN_CLAUSE.search(c.text, max(0, c.start - 40), c.start)
    ):
        return "future"  # "a deal could be reached by Monday", said on a Friday
    return tense


def _resolve_weekday(weekday: int, rel: str | None, c: _Ctx) -> dt.date:
    """Date of a weekday: last → strictly before, next → strictly after, else by tense."""
    wd = _WEEKDAY_RD[weekday - 1]
    if rel and rel.split()[-1] in ("previous", "preceding", "following"):
        # "the previous Friday": the one before the date just given (else before today)
        prior = c.last_value(_DAY_VALUE, within=1500)
        base = dt.date.fromisoformat(prior.value[:10]) if prior else c.day(f"XXXX-WXX-{weekday}")
        if rel.endswith("following"):
            return base + relativedelta(days=+1, weekday=wd(+1))
        return base + relativedelta(days=-1, weekday=wd(-1))
    anchor = c.day(f"XXXX-WXX-{weekday}")
    if rel == "last":
        return anchor + relativedelta(days=-1, weekday=wd(-1))
    if rel in ("next", "coming"):
        return anchor + relativedelta(days=+1, weekday=wd(+1))
    if rel == "ahead" or (rel != "latest" and _forward_tense(c) == "future"):
        return anchor + relativedelta(weekday=wd(+1))
    return anchor + relativedelta(weekday=wd(-1))


def _season_of(month: int) -> str:
    return _SEASONS[((month - 3) % 12) // 3]


def _mod_code(text: str | None) -> str | None:
    if not text:
        return None
    key = re.sub(r"[\s-]+", " ", text.lower()).strip()
    return lexicon()["modifiers"].get(key)


def _month_number(word: str) -> int:
    return lexicon()["months"][word.lower().rstrip(".")]


# --------------------------------------------------------------------------- normalisers

Handler = Callable[[re.Match[str], _Ctx], "_Value | None"]


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _iso_date(m, c):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if _g(m, "H"):
        sec = f":{m['S']}" if m["S"] else ""
        return _Value(f"{_fmt_day(day)}T{m['H']}:{m['M']}{sec}", "TIME")
    return _Value(_fmt_day(day))


def _slash_date(m, c):
    mo, d, y = int(m["m"]), int(m["d"]), m["y"]
    year = int(y)
    if len(y) == 2:
        century = (c.anchor.year or 2000) // 100 * 100
        year = century + year
        if c.anchor.year and year > c.anchor.year + 10:
            year -= 100
    try:
        return _Value(_fmt_day(dt.date(year, mo, d)))
    except ValueError:
        return None


def _month_day(m, c):
    month_word = m["month"]
    if not _capitalised(month_word):
        return None
    month = _month_number(month_word)
    day = int(re.match(r"\d+", m["day"]).group())
    weekday = _weekday_number(m["wd"]) if _g(m, "wd") else None
    mod = _mod_code(_g(m, "mod"))
    if m["year"]:
        year = int(m["year"])
        inferred = False
    else:
        if c.anchor.year is None or c.anchor.month is None:
            if day > 31:
                return None
            return _Value(f"XXXX-{month:02d}-{day:02d}", mod=mod, inferred=True)
        year = _choose_year(month, day, c, weekday)
        inferred = True
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return _Value(_fmt_day(date), mod=mod, inferred=inferred)


def _weekday_number(word: str) -> int:
    return lexicon()["weekdays"][word.lower().rstrip(".")]


_MAY_CONTEXT = {
    "in",
    "of",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "this",
    "next",
    "before",
    "after",
    "to",
    "between",
    "and",
    "or",
    "on",
    "for",
    "that",
    "end",
    "beginning",
    "start",
    "middle",
    "each",
    "every",
    "past",
}


def _month_alone(m, c):
    word = m["month"]
    if not _capitalised(word):
        return None
    bare = word.lower().rstrip(".")
    rel = (_g(m, "rel") or "").lower()
    mod = _mod_code(_g(m, "mod"))
    if bare in ("may", "march") and not rel and not mod and c.preceding_word() not in _MAY_CONTEXT:
        return None
    abbreviated = len(bare) <= 4 and bare not in ("may", "june", "july")
    if (bare not in lexicon()["months"] or abbreviated) and not word.endswith("."):
        return None  # a bare "Jan" or "Dec" is more often a name than a month
    month = _month_number(word)
    suffix = (_g(m, "yrel") or "").lower()
    if suffix:
        year = c.year()
        year += {"last": -1, "this": 0, "next": 1}[suffix]
        return _Value(_fmt_month(year, month), mod=mod)
    if rel:
        year, amonth = c.month(f"XXXX-{month:02d}")
        if rel in ("last", "past", "previous"):
            year = year if month < amonth else year - 1
        elif rel in ("next", "coming"):
            year = year if month > amonth else year + 1
        return _Value(_fmt_month(year, month), mod=mod, inferred=True)
    if c.anchor.year is None or c.anchor.month is None:
        return _Value(f"XXXX-{month:02d}", mod=mod, inferred=True)
    return _Value(_fmt_month(_choose_year(month, None, c), month), mod=mod, inferred=True)


def _month_year(m, c):
    if not _capitalised(m["month"]):
        return None
    year = int(m["year"]) if m["year"] else _spelled_year_number(m["syear"])
    if year is None:
        return None
    return _Value(_fmt_month(year, _month_number(m["month"])), mod=_mod_code(m["mod"]))


_NOT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|men|women|children|units"
    r"|shares|tons|tonnes|miles|feet|foot|meters|metres|km|kilometers|kilometres|dollars"
    r"|yen|euros|pounds|points|votes|members|residents|refugees|civilians|employees|workers"
    r"|jobs|cars|vehicles|homes|houses|acres|calories|barrels|students|hours|minutes|times"
    r"|degrees|(?-i:[A-Z][a-z]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Drive)))\b",
    re.IGNORECASE,
)
_YEAR_CONTEXT = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "of",
    "before",
    "after",
    "year",
    "fiscal",
    "early",
    "late",
    "mid",
    "to",
    "and",
    "between",
    "for",
    "around",
}


_NOT_BEFORE_YEAR = frozenset(
    "room flight route highway resolution model number no article section rule bus line"
    " channel page gate suite apartment code item exit interstate platform track".split()
)
"""A number after these words is a label ("Room 2010", "Flight 1549"), not a year."""


def _year(m, c):
    year = int(m["year"])
    after = c.text[c.end : c.end + 30]
    if _NOT_AFTER_YEAR.match(after):
        return None
    if m.start() == m.start("year") and c.preceding_word() in _NOT_BEFORE_YEAR:
        return None
    before = c.text[max(0, c.start - 2) : c.start]
    if before.endswith(("$", "£", "€", "#", "No")) or re.search(r"[\d$£€]\s?$", before):
        return None
    if year < 1900 and c.preceding_word() not in _YEAR_CONTEXT:
        return None
    if year > (c.anchor.year or 2030) + 50:
        return None
    return _Value(str(year), mod=_mod_code(_g(m, "mod")))


def _two_digit_year(m, c):
    yy = int(m["yy"])
    century = (c.anchor.year or 2000) // 100 * 100
    year = century + yy
    if c.anchor.year and year > c.anchor.year + 10:
        year -= 100
    return _Value(str(year))


def _decade(m, c):
    mod = _mod_code(_g(m, "mod"))
    if _g(m, "dec"):
        digits = m["dec"]
        if len(digits) == 4:
            return _Value(digits[:3], mod=mod)
        century = (c.anchor.year or 2000) // 100
        decade = int(digits[0])
        if c.anchor.year and century * 100 + decade * 10 > c.anchor.year:
            century -= 1
        return _Value(f"{century:02d}{decade}", mod=mod)
    word = m["decword"].lower()
    decade = lexicon()["decade_words"][word]
    century = (c.anchor.year or 1999) // 100
    if c.anchor.year and century * 100 + decade * 10 > c.anchor.year:
        century -= 1
    return _Value(f"{century:02d}{decade}", mod=mod)


def _century(m, c):
    ordinal = lexicon()["ordinals"].get(re.sub(r"\s+", "-", m["ord"].lower()))
    if not ordinal or ordinal < 1:
        return None
    return _Value(f"{ordinal - 1:02d}", mod=_mod_code(_g(m, "mod")))


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _season(m, c):
    word = m["season"]
    season = lexicon()["seasons"][word.lower()]
    rel = (_g(m, "rel") or "").lower()
    if rel.startswith("this") and rel.endswith("past"):
        rel = "past"  # "this past summer"
    mod = _mod_code(_g(m, "mod"))
    if m["year"]:
        return _Value(f"{m['year']}-{season}", mod=mod)
    if _g(m, "syear"):
        year = _spelled_year_number(m["syear"])
        return None if year is None else _Value(f"{year}-{season}", mod=mod)
    if _capitalised(word) and not rel and not mod and _NAME_AFTER.match(c.text, c.end):
        return None  # "the Summer Olympics", "Spring Street": part of a name
    if not rel and not mod:
        if c.preceding_word() not in {
            "in",
            "this",
            "the",
            "during",
            "since",
            "until",
            "by",
            "last",
            "next",
            "of",
            "through",
            "over",
            "before",
            "after",
            "for",
        }:
            return None
        if word.lower() in ("fall", "spring") and c.preceding_word() not in {
            "in",
            "this",
            "last",
            "next",
        }:
            return None
    year, amonth = c.month(f"XXXX-{season}")
    current = _season_of(amonth)
    # Winter is labelled by the year in which it starts: Jan/Feb belong to last year's winter.
    current_year = year - 1 if amonth <= 2 else year
    order = _SEASONS.index
    if rel in ("last", "past", "previous"):
        # HeidelTime's reading: the most recent one strictly before the current season,
        # and "last winter" read in January or February is the winter just ending.
        value_year = current_year - 1 if order(season) >= order(current) else current_year
        if season == current == "WI" and amonth <= 2:
            value_year = current_year
    elif rel in ("next", "coming"):
        value_year = current_year + 1 if order(season) <= order(current) else current_year
    elif rel == "this" or not rel:
        tense = c.tense() if not rel else None
        if order(season) == order(current):
            value_year = current_year
        elif tense == "past" and order(season) > order(current):
            value_year = current_year - 1
        else:
            value_year = current_year
    else:
        value_year = current_year
    return _Value(f"{value_year}-{season}", mod=mod, inferred=True)


_QUARTER_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_QUARTER_VALUE = re.compile(r"^\d{4}-Q\d$")
_EXPLICIT_QUARTER = ("quarter",)
"""Only a named quarter ("the third quarter") sets the quarter later phrases refer to."""


def _previous_quarter(c: _Ctx) -> tuple[int, int]:
    year, month = c.month("XXXX-QX")
    q = (month - 1) // 3  # the quarter before the current one, 1-based
    return (year - 1, 4) if q == 0 else (year, q)


def _quarter(m, c):
    q = _QUARTER_WORDS[m["q"].lower()]
    if m["year"]:
        return _Value(f"{m['year']}-Q{q}")
    rel = (_g(m, "rel") or "").lower()
    if rel in ("year-ago", "year-earlier", "year earlier", "year ago"):
        year, _ = c.month(f"XXXX-Q{q}")
        return _Value(f"{year - 1}-Q{q}", inferred=True)
    if _g(m, "yrel"):
        year = c.year(f"XXXX-Q{q}") + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
        return _Value(f"{year}-Q{q}")
    year, month = c.month(f"XXXX-Q{q}")
    current = (month - 1) // 3 + 1
    if c.tense() == "future" and q >= current:
        return _Value(f"{year}-Q{q}", inferred=True)
    return _Value(f"{year if q <= current else year - 1}-Q{q}", inferred=True)


def _the_quarter(m, c):
    previous = c.last_value(_QUARTER_VALUE, within=2000, rules=_EXPLICIT_QUARTER)
    rel = (_g(m, "rel") or "").lower()
    if rel in ("year-ago", "year-earlier", "same"):
        if previous:
            y, q = previous.value.split("-Q")
            return _Value(f"{int(y) - 1}-Q{q}")
        y, q = _previous_quarter(c)
        return _Value(f"{y - 1}-Q{q}", inferred=True)
    if previous:
        return _Value(previous.value)
    y, q = _previous_quarter(c)
    return _Value(f"{y}-Q{q}", inferred=True)


def _half(m, c):
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        return _Value(f"{m['year']}-H{h}")
    year = c.year(f"XXXX-H{h}")
    if _g(m, "yrel"):
        year += {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
    return _Value(f"{year}-H{h}", inferred=True)


_REL_OFFSET = {
    "last": -1,
    "previous": -1,
    "preceding": -1,
    "past": -1,
    "this": 0,
    "current": 0,
    "the": 0,
    "same": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
}
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _relative_unit(m, c):
    rel = m["rel"].lower()
    unit = _unit_name(m["unit"])
    offset = _REL_OFFSET[rel]
    mod = _mod_code(_g(m, "mod"))
    if rel == "past" and unit not in ("week", "weekend", "month", "quarter", "year"):
        return None  # "the past decade" is a duration
    base: dt.date | None = None
    anaphoric = rel == "next" and unit == "day" and m.group(0).lower().startswith("the")
    if rel in ("following", "preceding", "previous", "same") or anaphoric:
        prior = c.last_value(_DAY_VALUE, within=1500)
        if prior is not None:
            base = dt.date.fromisoformat(prior.value[:10])
    if unit == "year":
        if rel == "the" and not mod:
            return _Value("P1Y", "DURATION")
        year = base.year if base else c.year()
        return _Value(str(year + offset), mod=mod)
    if unit in ("month", "quarter"):
        return _shift_month_or_quarter(c, base, unit, offset, mod)
    if unit == "decade":
        year = (base.year if base else c.year("XXX")) + 10 * offset
        return _Value(str(year)[:3], mod=mod)
    if unit == "century":
        year = (base.year if base else c.year("XX")) + 100 * offset
        return _Value(f"{year // 100:02d}", mod=mod)
    if unit in ("week", "weekend"):
        suffix = "-WE" if unit == "weekend" else ""
        if base is None:
            base = c.day("XXXX-WXX" + suffix)
        weekday_reading = unit == "weekend" and rel in ("this", "the") and base.isoweekday() < 5
        if weekday_reading and c.tense() == "past":
            offset = -1  # "this weekend" read on a weekday, in the past tense: the one just gone
        target = base + relativedelta(weeks=offset)
        return _Value(_fmt_week(target) + suffix, mod=mod)
    if unit == "day":
        if base is None:
            if rel in ("the", "this", "same"):
                return None
            base = c.day()
        return _Value(_fmt_day(base + relativedelta(days=offset)), mod=mod)
    return None


def _day_word(word: str, c: _Ctx) -> dt.date:
    w = re.sub(r"\s+", " ", word.lower())
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "this": 0,
    }
    return c.day() + dt.timedelta(days=offsets[w])


_POD = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "last night": "NI",
    "overnight": "NI",
}


def _relative_day(m, c):
    word = m["dw"].lower()
    pod = (_g(m, "pod") or "").lower()
    if word == "today" and c.text[c.end : c.end + 2] == "'s":
        return _Value("PRESENT_REF")
    day = _day_word(word, c)
    code = _POD.get(pod) or _POD.get(re.sub(r"\s+", " ", word))
    if code:
        return _Value(f"{_fmt_day(day)}T{code}", "TIME", mod=_mod_code(_g(m, "mod")))
    return _Value(_fmt_day(day))


def _part_of_day(m, c):
    code = _POD[m["pod"].lower()]
    return _Value(f"{_fmt_day(c.day())}T{code}", "TIME", mod=_mod_code(_g(m, "mod")))


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|upcoming|awaits?|awaiting)\s+$", re.I)


def _weekday(m, c):
    word = m["wd"]
    if not _capitalised(word):
        return None
    weekday = _weekday_number(word)
    rel = re.sub(r"\s+", " ", (_g(m, "rel") or "").lower()) or None
    pod = (_g(m, "pod") or "").lower()
    if rel is None and c.text[c.end : c.end + 2] in ("'s", "’s"):
        # "Wednesday's ruling" has happened; "ahead of Thursday's vote" has not
        rel = "ahead" if _AHEAD_OF.search(c.text, max(0, c.start - 20), c.start) else "latest"
    date = _resolve_weekday(weekday, rel, c)
    if pod:
        return _Value(f"{_fmt_day(date)}T{_POD[pod]}", "TIME", inferred=True)
    return _Value(_fmt_day(date), inferred=True)


def _clock(m, c) -> str | None:
    """'5 p.m.' → '17:00', 'noon' → '12:00'; None when not a valid time."""
    word = (_g(m, "cw") or "").lower()
    if word:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[word]
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (_g(m, "ap") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


def _clock_day_rel(c: _Ctx) -> str | None:
    """A clock time on a weekday with no tense around it is a schedule, read forward:
    "kick-off is at 15:00 GMT Saturday", "polls close at 8 p.m. Sunday"."""
    return "ahead" if c.tense() is None else None


def _time(m, c):
    clock = _clock(m, c)
    if clock is None:
        return None
    mod = _mod_code(_g(m, "mod"))
    if _g(m, "wd"):
        if not _capitalised(m["wd"]):
            return None
        weekday = _weekday_number(m["wd"])
        try:
            date = _resolve_weekday(weekday, _clock_day_rel(c), c)
        except _NeedsAnchor:
            return _Value(f"XXXX-WXX-{weekday}T{clock}", "TIME", mod)
    elif _g(m, "dw"):
        date = _day_word(m["dw"], c)
    elif _g(m, "month"):
        day = _month_day(m, c)  # "5 p.m. EST, Nov. 9"
        if day is None:
            return None
        return _Value(f"{day.value}T{clock}", "TIME", mod, day.inferred)
    else:
        if not (_g(m, "ap") or _g(m, "cw") or _g(m, "tz")):
            return None
        try:
            date = c.day()
        except _NeedsAnchor:
            return _Value(f"XXXX-XX-XXT{clock}", "TIME", mod)
    return _Value(f"{_fmt_day(date)}T{clock}", "TIME", mod)


_SMALLER_UNIT = {
    "century": ("year", 100),
    "decade": ("year", 10),
    "year": ("month", 12),
    "week": ("day", 7),
    "day": ("hour", 24),
}


def _ago(m, c):
    unit = _unit_name(m["unit"])
    num_text = _g(m, "num")
    n = _word_number(num_text) if num_text else None
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    mod = _mod_code(_g(m, "mod"))
    if direction in ("earlier", "later", "before") and unit in ("hour", "minute", "second"):
        return None  # "an hour later": a duration, left to the duration rule
    if direction == "before" and re.match(r"\s+[\w$]", c.text[c.end : c.end + 3]):
        return None  # "30 days before closing": a duration before an event, not a date
    if n is None:
        if direction != "ago":
            return None  # "weeks before": too vague to place; left to the duration rule
        return _Value("PAST_REF")
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    base: dt.date | None = None
    if unit == "year" and n == 1:
        # "third-quarter profit … a year ago/earlier": the same quarter a year before
        quarter = c.last_value(_QUARTER_VALUE, within=600, rules=_EXPLICIT_QUARTER)
        if quarter is not None:
            y, q = quarter.value.split("-Q")
            return _Value(f"{int(y) + sign}-Q{q}", mod=mod)
    if direction in ("earlier", "later", "before", "after"):
        prior = c.last_value(_DAY_VALUE, within=600)
        if prior is not None:
            base = dt.date.fromisoformat(prior.value[:10])
    if _g(m, "half"):
        n += 0.5  # "a year and a half ago"
    if not float(n).is_integer():
        # "half a century ago", "a year and a half ago": counted in the next smaller unit
        smaller, per = _SMALLER_UNIT.get(unit, (None, 0))
        if smaller is None or not float(n * per).is_integer():
            return None
        unit, n = smaller, n * per
    k = int(n) * sign
    if unit == "year":
        year = base.year if base else c.year()
        return _Value(str(year + k), mod=mod)
    if unit == "decade":
        year = base.year if base else c.year("XXX")
        return _Value(str(year + 10 * k)[:3], mod=mod)
    if unit == "century":
        year = base.year if base else c.year("XX")
        return _Value(f"{(year + 100 * k) // 100:02d}", mod=mod)
    if unit in ("month", "quarter"):
        return _shift_month_or_quarter(c, base, unit, k, mod)
    if unit in ("week", "fortnight", "weekend"):
        base = base or c.day("XXXX-WXX")
        return _Value(
            _fmt_week(base + relativedelta(weeks=k * (2 if unit == "fortnight" else 1))), mod=mod
        )
    if unit in ("day", "night"):
        base = base or c.day()
        return _Value(_fmt_day(base + relativedelta(days=k)), mod=mod)
    if unit in ("hour", "minute", "second"):
        return _Value(_fmt_day(base or c.day()), mod=mod)
    return None


def _year_ago_adjective(m, c):
    """'year-earlier', 'the year-ago period': last year's counterpart of what was just named."""
    previous = c.last_value(_QUARTER_VALUE, within=1000, rules=_EXPLICIT_QUARTER)
    if previous is not None:
        y, q = previous.value.split("-Q")
        return _Value(f"{int(y) - 1}-Q{q}")
    if (_g(m, "what") or "").lower() in ("quarter", "period"):
        y, q = _previous_quarter(c)
        return _Value(f"{y - 1}-Q{q}", inferred=True)
    return _Value(str(c.year() - 1))


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must)\s+$", re.I)
_SET_BEFORE = re.compile(
    r"(?:\b(?:once|twice|thrice|times|per)|[\d.]+\s*(?:million|billion|percent|%)?|\$[\d.,]+"
    r"(?:\s*(?:million|billion))?)\s*$",
    re.IGNORECASE,
)


_ORDINAL_SECOND = re.compile(
    r"[\s,]+(?!(?:later|earlier|ago|or|and|before|after|to|of|in|for|on|at|when|as|than)\b)"
    r"[a-z]"
)
"""What follows "second" when it counts, not times: a word that is not a function word."""


def _duration_value(m, c):
    unit_text = m["unit"]
    unit = _unit_name(unit_text)
    plural = unit_text.lower().endswith("s") and unit not in ("century", "millennium")
    plural = plural or unit_text.lower() in ("centuries", "millennia")
    num_text = _g(m, "num")
    rel = (_g(m, "rel") or "").lower()
    det = (_g(m, "det") or "").lower()
    mod = _mod_code(_g(m, "mod"))
    if m.group(0).lower().endswith("-old") or re.match(r"\s+old\b", c.text[c.end : c.end + 5]):
        return None  # an age ("a 6-year-old"), not a period of time
    n: float | None
    if det in ("a", "an") and rel in ("additional", "extra", "further") and not num_text:
        num_text, det, rel = det, "", ""  # "an additional year": one more
    if det in ("a", "an") and rel:
        return None  # "a last resort"
    if num_text and re.fullmatch(r"(?:19|20)\d\d", num_text):
        return None  # "the 1988 quarter" names a year, not a count
    if det in ("a", "an") and not num_text and not plural and not rel:
        num_text = det
        det = ""
    if unit_text.lower() == "second" and _ORDINAL_SECOND.match(c.text, c.end):
        return None  # "a second time", "a second blast": the ordinal
    if num_text:
        n = _word_number(num_text)
        if n is None and not plural:
            return None
    elif plural:
        n = None
    elif rel in (
        "past",
        "last",
        "next",
        "coming",
        "previous",
        "first",
        "latest",
        "entire",
        "whole",
        "full",
    ):
        n = 1
        if rel in ("last", "next", "coming", "previous") and not det:
            return None  # "last week" is a date, handled by the relative rule
    else:
        return None
    if unit == "weekend" and n is not None and not plural:
        return None
    if unit == "weekend" and plural and not num_text and c.preceding_word() in ("on", "at"):
        return _Value("XXXX-WXX-WE", "SET")  # "he works on weekends": every weekend
    if _g(m, "half") and n is not None:
        n += 0.5  # "a minute and a half"
    one_day = unit == "day" and (num_text or "").lower() in ("one", "some") and not plural
    if one_day and _MODAL_BEFORE.search(c.text, max(0, c.start - 12), c.start):
        return _Value("FUTURE_REF")  # "will one day be": some time to come
    single = num_text and num_text.lower() in ("a", "an") and not rel and not det
    if single and _SET_BEFORE.search(c.text[max(0, c.start - 25) : c.start]):
        return _Value(_duration(1, unit), "SET")  # "twice a week", "$5 a day"
    if n is None and rel in ("recent",) and unit == "year":
        return _Value("PAST_REF")
    if n is None and rel in ("coming", "next") and unit in ("month", "quarter"):
        return _Value("FUTURE_REF")
    return _Value(_duration(n, unit), "DURATION", mod)


_SPELLED_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_SPELLED_TENS |= {"seventy": 70, "eighty": 80, "ninety": 90}


_SPELLED_YEAR = (
    r"(?:(?P<century>nineteen|twenty)[\s-]+(?P<tail>(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest>(?:one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)))?)"
)
_SPELLED_YEAR_RE = re.compile(_SPELLED_YEAR, re.IGNORECASE)
_SPELLED_YEAR_PLAIN = re.sub(r"\?P<\w+>", "?:", _SPELLED_YEAR)
"""The same words without group names, to sit inside month and season patterns."""


def _spelled_year_number(text: str) -> int | None:
    """'nineteen ninety-six' → 1996, 'two thousand three' → 2003; None when not a year."""
    m = _SPELLED_YEAR_RE.fullmatch(text.strip())
    if m is None:
        return None
    words = lexicon()["numbers"]
    if m["thousand"]:
        rest = (m["rest"] or "").lower()
        n = _word_number(rest) if rest else 0
        return 2000 + int(n) if n is not None and n < 100 else None
    century = words[m["century"].lower()]
    tail = re.split(r"[\s-]+", m["tail"].lower())
    if tail[0] in _SPELLED_TENS:
        n = _SPELLED_TENS[tail[0]] + (words[tail[1]] if len(tail) > 1 else 0)
    else:
        n = words.get(tail[0], 100)
    return None if n >= 100 else century * 100 + n


def _spelled_year(m, c):
    """'nineteen ninety-six' → 1996, 'two thousand three' → 2003 (as read on the radio)."""
    year = _spelled_year_number(m.group(0).lower().removeprefix("the year").strip())
    return None if year is None else _Value(str(year))


_ANTECEDENT = {
    "day": re.compile(r"^\d{4}-\d\d-\d\d"),
    "week": re.compile(r"^\d{4}-\d\d-\d\d|^\d{4}-W\d\d"),
    "month": re.compile(r"^\d{4}-\d\d"),
    "quarter": re.compile(r"^\d{4}-(?:Q\d|\d\d)"),
    "year": re.compile(r"^\d{4}"),
}
_ANAPHORA_REACH = 1500
"""Characters back to the date that "that day" or "the next morning" refers to."""


def _that_unit(m, c):
    """'that day', 'later that year': the same day (year, …) as the last date the text gave.

    With no such date before it, it is not resolvable and not kept (the writer refers to
    something we cannot place).
    """
    unit = m["unit"].lower()
    prior = c.last_value(_ANTECEDENT[unit], within=_ANAPHORA_REACH)
    if prior is None:
        return _Value("XXXX") if c.choosing else None
    value = prior.value
    mod = _mod_code(_g(m, "mod"))
    if unit == "year":
        return _Value(value[:4], mod=mod)
    if unit == "month":
        return _Value(value[:7], mod=mod)
    if unit == "quarter":
        if "-Q" in value:
            return _Value(value[:7], mod=mod)
        return _Value(f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}", mod=mod)
    if unit == "week":
        if "-W" in value:
            return _Value(value[:8], mod=mod)
        return _Value(_fmt_week(dt.date.fromisoformat(value[:10])), mod=mod)
    return _Value(value[:10], mod=mod)


def _next_part_of_day(m, c):
    """'the next morning': the part of the day after the last date given (else the anchor)."""
    prior = c.last_value(_ANTECEDENT["day"], within=_ANAPHORA_REACH)
    base = dt.date.fromisoformat(prior.value[:10]) if prior else c.day()
    offset = -1 if m["rel"].lower() in ("previous", "preceding") else 1
    day = base + dt.timedelta(days=offset)
    return _Value(f"{_fmt_day(day)}T{_POD[m['pod'].lower()]}", "TIME")


def _year_end(m, c):
    """'by year-end' is this year's end; 'since year-end' the last one."""
    year = c.year()
    if c.preceding_word() == "since":
        year -= 1
    return _Value(str(year), mod="END")


def _duration_range(m, c):
    """'two' in 'two to three weeks': a range is two expressions, as TimeML marks
    "2009-2010"; the first borrows the unit of the second (the duration rule reads that)."""
    n = _word_number(m["num0"])
    if n is None or _word_number(m["num"]) is None:
        return None
    return _Value(_duration(n, _unit_name(m["unit"])), "DURATION", _mod_code(_g(m, "mod")))


def _ordinal_period(m, c):
    """'in its sixth year': how long something has lasted, as a duration."""
    n = lexicon()["ordinals"].get(m["ord"].lower())
    if not n or n < 1:
        return None
    return _Value(_duration(n, _unit_name(m["unit"])), "DURATION")


def _set(m, c):
    every = (_g(m, "every") or "").lower()
    if _g(m, "adv"):
        return _Value(lexicon()["set_adverbs"][m["adv"].lower()], "SET")
    if _g(m, "wds"):
        if not _capitalised(m["wds"]):
            return None
        return _Value(f"XXXX-WXX-{_weekday_number(m['wds'].rstrip('s'))}", "SET")
    if _g(m, "wd"):
        return _Value(f"XXXX-WXX-{_weekday_number(m['wd'])}", "SET")
    if _g(m, "month"):
        return _Value(f"XXXX-{_month_number(m['month']):02d}", "SET")
    if _g(m, "season"):
        return _Value(f"XXXX-{lexicon()['seasons'][m['season'].lower()]}", "SET")
    if _g(m, "pod"):
        return _Value(f"XXXX-XX-XXT{_POD[m['pod'].lower()]}", "SET")
    unit = _unit_name(m["unit"])
    n = _word_number(m["num"]) if _g(m, "num") else 1
    if n is None:
        return None
    if "other" in every:
        n *= 2
    return _Value(_duration(n, unit), "SET")


def _reference(m, c):
    word = re.sub(r"\s+", " ", m["ref"].lower())
    lex = lexicon()
    if word == "current":
        after = c.text[c.end : c.end + 12].lower()
        if re.match(r"\s*(?:account|affairs|events|sea|flow|of\b)", after):
            return None
    for key, value in (
        ("present_ref", "PRESENT_REF"),
        ("past_ref", "PAST_REF"),
        ("future_ref", "FUTURE_REF"),
    ):
        if word in lex[key]:
            return _Value(value)
    return None


def _holiday(m, c):
    name = re.sub(r"\s+", " ", m["hol"].lower().replace("’", "'"))
    if not _capitalised(m["hol"]):
        return None
    rule = lexicon()["holidays"].get(name)
    if rule is None:
        return None

    def on(year: int) -> dt.date:
        if rule.startswith("easter:"):
            return easter(year) + dt.timedelta(days=int(rule.split(":")[1]))
        if rule.startswith("weekday:"):
            _, month, weekday, nth = rule.split(":")
            wd = _WEEKDAY_RD[int(weekday) - 1]
            if int(nth) > 0:
                return dt.date(year, int(month), 1) + relativedelta(weekday=wd(int(nth)))
            return dt.date(year, int(month), 1) + relativedelta(day=31, weekday=wd(-1))
        month, day = (int(p) for p in rule.split("-"))
        return dt.date(year, month, day)

    if m["year"]:
        return _Value(_fmt_day(on(int(m["year"]))))
    rel = (_g(m, "rel") or "").lower()
    anchor = c.anchor.date
    if anchor is None:
        if c.anchor.year is not None and rel == "":
            raise _NeedsAnchor("XXXX-XX-XX")
        raise _NeedsAnchor("XXXX-XX-XX")
    candidates = [on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "last":
        return _Value(_fmt_day(max(d for d in candidates if d < anchor)), inferred=True)
    if rel == "next":
        return _Value(_fmt_day(min(d for d in candidates if d > anchor)), inferred=True)
    nearest = min(candidates, key=lambda d: abs((d - anchor).days))
    if abs((nearest - anchor).days) > 60:
        tense = c.tense()
        if tense == "future":
            nearest = min(d for d in candidates if d >= anchor)
        else:
            nearest = max(d for d in candidates if d <= anchor)
    return _Value(_fmt_day(nearest), inferred=True)


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """One pattern and the function that normalises what it matches."""

    name: str
    pattern: re.Pattern[str]
    normalise: Handler
    triggers: frozenset[str] = frozenset()
    """Word classes the rule needs nearby (`MONTH`, `UNIT`, `DIGIT`, …)."""
    key: re.Pattern[str] | None = None
    """What every match contains, searched for in the case-folded text (see `_RULE_KEYS`)."""


def _rule_table() -> list[tuple[str, str, Handler]]:
    f = _fragments()
    lex = lexicon()
    holidays = _alternation([h.replace("'", "['’]") for h in lex["holidays"]]).replace(
        r"\['’\]", "['’]"
    )
    refs = _alternation(lex["present_ref"] + lex["past_ref"] + lex["future_ref"])
    set_adverbs = _alternation(lex["set_adverbs"])
    yrel = r"(?:\s+(?P<yrel>last|this|next)\s+year)"
    this_next = _words("last this next")
    month_rel = _words("last this next past previous coming")
    weekday_rel = _words("last this next coming past")
    determiner = _words("the its their his her a an")
    period_adjective = _words(
        "past last next first latest previous coming following final recent initial"
        " remaining entire whole full additional extra further"
    )
    mod = rf"(?:(?P<mod>{f['MOD']})[\s-]+)"
    tz = (
        r"(?:\s*(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST"
        r"|(?-i:ET|PT|CT|MT|AEST|AEDT|JST|MSK|IST)|local\s+time)\b)"
    )
    clock = (
        r"(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*"
        r"(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b)|(?P<cw>noon|midnight|midday)"
        r"|(?P<h24>(?P<h_>[01]\d|2[0-3]))[:](?P<mi_>[0-5]\d)(?=\s*(?:GMT|UTC|(?-i:ET)|hours|local)))"
    )
    return [
        (
            "iso-date",
            r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?)?\b",
            _iso_date,
        ),
        (
            "slash-date",
            r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])",
            _slash_date,
        ),
        ("compact-date", r"\b(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\b", _iso_date),
        (
            "month-day",
            rf"(?:(?P<wd>{f['WD']}),?\s+)?{mod}?(?P<month>{f['MONTH']})\s+(?P<day>{f['DAY']})"
            rf"(?![\d:,]\d)(?:,?\s+(?P<year>{f['YEAR']})\b)?(?!\s*(?:%|percent))",
            _month_day,
        ),
        (
            "day-month",
            rf"(?:(?P<wd>{f['WD']}),?\s+)?(?:the\s+)?{mod}?(?P<day>{f['DAY']})(?:\s+of)?\s+"
            rf"(?P<month>{f['MONTH']})(?:,?\s+(?P<year>{f['YEAR']})\b)?",
            _month_day,
        ),
        (
            "month-year",
            rf"{mod}?(?P<month>{f['MONTH']})(?:\s+of)?,?\s+(?:(?P<year>{f['YEAR']})\b(?![-/]\d)"
            rf"|(?P<syear>{_SPELLED_YEAR_PLAIN})\b)",
            _month_year,
        ),
        (
            "month",
            rf"(?:(?P<rel>{month_rel})\s+)?{mod}?(?P<month>{f['MONTH']})"
            rf"(?:{yrel}|(?!\s+\d{{1,2}}(?!\d)))",
            _month_alone,
        ),
        (
            "half",
            rf"(?:the\s+)?(?P<h>first|second|last|1st|2nd)\s+half(?:\s+of\s+(?:(?P<year>{f['YEAR']})"
            rf"|(?P<yrel>last|this|next)\s+year))?\b",
            _half,
        ),
        (
            "year",
            rf"(?<![\d,.:/$£€])(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*|the\s+year\s+))?"
            rf"{mod}?(?<![\d,.:/$£€])(?P<year>{f['YEAR']})(?![\d,]\d|\d|%|\.\d|/\d|:\d)",
            _year,
        ),
        ("year-range-end", rf"(?<=\d\d\d\d[-–])(?P<year>{f['YEAR']})\b", _year),
        (
            "two-digit-year",
            r"(?<![\w'])(?:fiscal\s+)?['’](?P<yy>\d\d)\b(?!['’]?s)",
            _two_digit_year,
        ),
        (
            "decade",
            rf"(?:the\s+)?{mod}?(?:(?P<dec>1\d\d0|20\d0|['’]?\d0)['’]?s\b|(?P<decword>twenties"
            rf"|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)",
            _decade,
        ),
        ("century", rf"(?:the\s+)?{mod}?(?P<ord>{f['ORD']})[\s-]+century\b", _century),
        (
            "season",
            rf"(?:(?P<rel>last|this(?:\s+past)?|next|past|coming|previous)\s+)?{mod}?(?P<season>{f['SEASON']})"
            rf"(?:\s+(?:of\s+)?(?:(?P<year>{f['YEAR']})|(?P<syear>{_SPELLED_YEAR_PLAIN})))?\b",
            _season,
        ),
        (
            "quarter",
            rf"(?:the\s+)?(?:(?P<rel>latest|last|this|current|year[- ]ago|year[- ]earlier|same)\s+)?"
            rf"(?:(?P<yp>{f['YEAR']}(?:['’]s)?|(?:this|last|next)\s+year['’]s)\s+)?"
            rf"(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
            rf"quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{f['YEAR']})|\s+(?P<year2>{f['YEAR']})"
            rf"|{yrel})?\b",
            _quarter_dispatch,
        ),
        (
            "the-quarter",
            r"\bthe\s+(?:(?P<rel>latest|same|year[- ]ago|year[- ]earlier|recent)\s+)?"
            r"(?:fiscal\s+)?(?:quarter|period)\b(?!s)",
            _the_quarter_guarded,
        ),
        (
            "year-ago-adjective",
            r"(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?P<what>quarter|period))?\b",
            _year_ago_adjective,
        ),
        (
            "relative-unit",
            rf"(?:{mod})?(?:the\s+|this\s+(?=past\b))?(?P<rel>last|this|next|previous|coming"
            rf"|current|following|preceding|same|(?:(?<=\bthe\s)|(?<=\bthis\s))past)\s+(?P<unit>week|weekend|month|quarter|year|decade"
            rf"|century|day)\b",
            _relative_unit,
        ),
        (
            "the-unit",
            rf"(?:{mod}|(?P<mod2>earlier|later)\s+in\s+)?(?P<rel>the)\s+"
            rf"(?:(?P<kind>fiscal|full|calendar)\s+)?(?P<unit>weekend|week|year|month|day)\b(?!['’-])",
            _the_unit,
        ),
        (
            "relative-day",
            rf"(?:{mod})?(?P<dw>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday"
            rf"|today|tomorrow|tonight|last\s+night)(?:\s+(?P<pod>{f['POD']}))?\b",
            _relative_day,
        ),
        (
            "part-of-day",
            rf"(?:{mod})?(?:this)\s+(?P<pod>morning|afternoon|evening)\b",
            _part_of_day,
        ),
        ("overnight", r"\b(?P<pod>overnight)\b", _part_of_day),
        (
            "weekday",
            rf"(?:(?P<rel>{weekday_rel}|(?:the\s+)?(?:previous|preceding|following))\s+)?"
            rf"(?P<wd>{f['WD']})(?!s)"
            rf"(?:\s+(?P<pod>{f['POD']}))?\b",
            _weekday,
        ),
        ("time", rf"{mod}?(?:about\s+|around\s+|approximately\s+)?{clock}{tz}?", _time_simple),
        (
            "time-then-day",
            rf"(?:about\s+|around\s+)?{clock}{tz}?,?\s+(?:on\s+)?(?:(?P<wd>{f['WD']})"
            rf"|(?P<dw>today|yesterday|tomorrow)|(?P<month>{f['MONTH']})\s+(?P<day>{f['DAY']})"
            rf"(?![\d:,]\d)(?:,?\s+(?P<year>{f['YEAR']}))?)\b",
            _time_simple,
        ),
        (
            "part-of-day-then-day",
            rf"(?:{mod})?(?P<pod>{f['POD']})\s+(?P<dw>yesterday|today|tomorrow)\b",
            _relative_day,
        ),
        (
            "day-then-time",
            rf"(?:(?P<wd>{f['WD']})|(?P<dw>today|yesterday|tomorrow))(?:\s+{f['POD']})?,?\s+"
            rf"(?:at\s+)?(?:about\s+|around\s+)?{clock}{tz}?",
            _time_simple,
        ),
        (
            "ago",
            rf"(?:(?P<mod>{f['APPROX']})\s+)?(?:(?P<num>{f['NUM']}|{f['VAGUE']})[\s-]+)?"
            rf"(?P<unit>{f['UNIT']})(?P<half>\s+and\s+a\s+half)?"
            rf"\s+(?P<dir>ago|earlier|later|from\s+now|hence|before)\b",
            _ago,
        ),
        (
            "duration",
            rf"(?:(?P<mod>{f['APPROX']})\s+(?!the\b|its\b|their\b))?(?:(?P<det>{determiner})\s+)?"
            rf"(?:(?P<rel>{period_adjective})\s+)?"
            rf"(?:(?P<num>{f['NUM']}|{f['VAGUE']})\s+(?:(?P<more>more|additional|extra|further)\s+)?)?"
            rf"(?P<unit>{f['UNIT']})(?:-(?:long|old))?(?P<half>\s+and\s+a\s+half)?\b(?!-)",
            _duration_value,
        ),
        (
            "duration-adjective",
            rf"(?<![\w-])(?:(?P<mod>{f['APPROX']})\s+)?(?P<num>{f['NUM']}|{f['VAGUE']})-"
            rf"(?P<unit>{f['UNIT']})(?:-(?:long|old))?\b",
            _duration_value,
        ),
        (
            "spelled-year",
            rf"(?:the\s+year\s+)?{_SPELLED_YEAR}\b(?![\s-]+(?:hundred|thousand|million|billion"
            rf"|percent|people|dollars|{f['UNIT']})\b)",
            _spelled_year,
        ),
        (
            "that-unit",
            r"(?:(?P<mod>earlier|later)\s+(?:in\s+)?)?that\s+(?:same\s+)?"
            r"(?P<unit>day|week|month|quarter|year)\b(?!['’-])",
            _that_unit,
        ),
        (
            "next-part-of-day",
            r"the\s+(?P<rel>next|following|previous|preceding)\s+(?P<pod>morning|afternoon"
            r"|evening|night)\b",
            _next_part_of_day,
        ),
        ("year-end", r"year[-\s]end\b|year['’]s\s+end\b", _year_end),
        (
            "duration-range",
            rf"(?:(?P<mod>{f['APPROX']})\s+)?(?P<num0>{f['NUM']})(?=(?:\s+(?:to|or)\s+|\s*[-–]\s*)"
            rf"(?P<num>{f['NUM']})[\s-]+(?P<unit>{f['UNIT']})\b(?!-))",
            _duration_range,
        ),
        (
            "ordinal-period",
            rf"\b(?:its|their|his|her)\s+(?P<ord>{f['ORD']})\s+(?P<unit>year|month|week|day)\b",
            _ordinal_period,
        ),
        (
            "set-every",
            rf"(?P<every>every(?:\s+other)?|each(?:\s+other)?|per|a\s+year\s+for)\s+(?:(?P<num>"
            rf"{f['NUM']})\s+)?(?:(?P<wd>{f['WD']})|(?P<month>{f['MONTH']})|(?P<season>"
            rf"{f['SEASON']})|(?P<pod>{f['POD']})|(?P<unit>{f['UNIT']}))\b",
            _set,
        ),
        ("set-adverb", rf"\b(?P<adv>{set_adverbs})\b", _set),
        (
            "set-weekdays",
            r"\b(?P<wds>(?:monday|tuesday|wednesday|thursday|friday|saturday"
            r"|sunday)s)\b",
            _set,
        ),
        (
            "holiday",
            rf"(?:(?P<rel>{this_next})\s+)?(?P<hol>{holidays})(?:\s+(?P<year>{f['YEAR']}))?\b",
            _holiday,
        ),
        ("reference", rf"\b(?P<ref>{refs})\b", _reference),
    ]


def _quarter_dispatch(m, c):
    year = _g(m, "year") or _g(m, "year2")
    yp = (_g(m, "yp") or "").lower()
    q = _QUARTER_WORDS[m["q"].lower()]
    if year:
        return _Value(f"{year}-Q{q}")
    if yp:
        if yp[:1].isdigit():
            return _Value(f"{yp[:4]}-Q{q}")
        offset = {"last": -1, "this": 0, "next": 1}[yp.split()[0]]
        return _Value(f"{c.year(f'XXXX-Q{q}') + offset}-Q{q}")
    return _quarter(m, c)


def _the_quarter_guarded(m, c):
    rel = (_g(m, "rel") or "").lower()
    if m.group(0).lower().endswith("period") and not rel:
        return None  # "the period" alone is rarely a date
    if rel == "recent":
        return None
    return _the_quarter(m, c)


_YEAR_SPAN_AFTER = re.compile(r"\s+(?:ended|ending|to\s+date|through|before|after)\b", re.I)
_SPAN_TO = re.compile(r"\s+to\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]|\d)")
"""'the year to March', 'the week to Thursday': a period counted back from a date."""


def _the_unit(m, c):
    """'the year' is the year being reported on ("for the year", "earlier in the year"),
    unless it is a span of accounts ("the year ended Sept. 30": P1Y)."""
    unit = m["unit"].lower()
    mod = _mod_code(_g(m, "mod") or _g(m, "mod2"))
    kind = (_g(m, "kind") or "").lower()
    if kind and unit != "year":
        return None
    if unit in ("year", "month", "week") and _SPAN_TO.match(c.text, c.end):
        return None if mod else _Value(_duration(1, unit), "DURATION")
    if unit == "day":
        if not _g(m, "mod2"):
            return None  # "at the end of the day" is an idiom
        # "later in the day": the day the text is on (the last one named, else the anchor)
        prior = c.last_value(_ANTECEDENT["day"], within=_ANAPHORA_REACH)
        return _Value(prior.value[:10] if prior else _fmt_day(c.day()), mod=mod)
    if unit == "year":
        if _YEAR_SPAN_AFTER.match(c.text, c.end):
            return None if mod else _Value("P1Y", "DURATION")
        return _Value(str(c.year()), mod=mod)
    if unit == "month" and mod:
        year, month = c.month()
        return _Value(_fmt_month(year, month), mod=mod)
    if unit == "weekend" or unit == "week":
        return _relative_unit(m, c)
    return None


def _time_simple(m, c):
    if _g(m, "h24"):
        return _time_24(m, c)
    return _time(m, c)


def _time_24(m, c):
    clock = f"{m['h_']}:{m['mi_']}"
    if _g(m, "month"):
        day = _month_day(m, c)
        return None if day is None else _Value(f"{day.value}T{clock}", "TIME")
    if _g(m, "wd"):
        date = _resolve_weekday(_weekday_number(m["wd"]), _clock_day_rel(c), c)
    elif _g(m, "dw"):
        date = _day_word(m["dw"], c)
    else:
        date = c.day(f"XXXX-XX-XXT{clock}")
    return _Value(f"{_fmt_day(date)}T{clock}", "TIME")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled once; earlier rules win ties between equally long matches."""
    keys = _rule_keys()
    return tuple(
        Rule(
            name,
            re.compile(_word_start(pattern), re.IGNORECASE),
            handler,
            _RULE_TRIGGERS[name],
            re.compile(keys[name]) if name in keys else None,
        )
        for name, pattern, handler in _rule_table()
    )


def _word_start(pattern: str) -> str:
    """Every expression starts a word. Saying so up front lets the engine give up at once
    inside words instead of trying every alternative there (three times faster overall)."""
    if pattern.startswith("(?<="):
        return pattern
    return r"(?<![^\W_])(?:" + pattern + ")"


# Which word classes a rule needs: it is only tried near such a word (see `_trigger_words`).
_RULE_TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset(classes.split())
    for name, classes in {
        "iso-date": "DIGIT",
        "slash-date": "DIGIT",
        "compact-date": "DIGIT",
        "month-day": "MONTH",
        "day-month": "MONTH",
        "month-year": "MONTH",
        "month": "MONTH",
        "year": "DIGIT",
        "year-range-end": "DIGIT",
        "two-digit-year": "DIGIT",
        "decade": "DIGIT DECADE",
        "century": "DECADE",
        "season": "SEASON",
        "quarter": "QUARTER",
        "the-quarter": "QUARTER",
        "half": "QUARTER",
        "year-ago-adjective": "QUARTER",
        "relative-unit": "UNIT",
        "the-unit": "UNIT",
        "relative-day": "DAYWORD",
        "part-of-day": "DAYWORD",
        "overnight": "DAYWORD",
        "weekday": "WEEKDAY",
        "time": "DIGIT DAYWORD",
        "time-then-day": "DIGIT DAYWORD",
        "part-of-day-then-day": "DAYWORD",
        "day-then-time": "DIGIT DAYWORD",
        "ago": "UNIT",
        "duration": "UNIT",
        "duration-adjective": "UNIT",
        "ordinal-period": "UNIT",
        "set-every": "SET",
        "set-adverb": "SET",
        "set-weekdays": "WEEKDAY",
        "holiday": "HOLIDAY",
        "reference": "REF",
        "spelled-year": "SPELLED",
        "that-unit": "UNIT",
        "next-part-of-day": "DAYWORD",
        "year-end": "UNIT",
        "duration-range": "UNIT",
    }.items()
}
_CLOCK_KEY = r"[\dnm](?:\s*[ap]\.?m|:\d|oon|idnight|idday)"
"""'5 pm', '10:30', noon, midnight, midday (written to start with one class: see below)."""
_UNIT_STEMS = (
    "centur|millenni|second|minute|hour|day|night|week|fortnight|month|quarter|year|decade"
)
_RULE_KEYS: dict[str, str] = {
    "iso-date": r"-\d\d-",
    "slash-date": r"/\d",
    "compact-date": r"\d\d{7}",
    "year": r"1\d\d\d|20\d\d",
    "year-range-end": r"1\d\d\d|20\d\d",
    "two-digit-year": r"['’]\d\d",
    "decade": r"0['’]?s|ties",
    "century": "century",
    "half": "half",
    "quarter": "quarter",
    "the-quarter": "quarter|period",
    "year-ago-adjective": "year[- ](?:ago|earlier)",
    "relative-unit": "last|this|next|previous|coming|current|following|preceding|same|past",
    "the-unit": r"the\s+(?:(?:fiscal|full|calendar)\s+)?(?:week|year|month|day)",
    "relative-day": "yesterday|today|tomorrow|tonight|night",
    "part-of-day": r"this\s+(?:morning|afternoon|evening)",
    "overnight": "overnight",
    "time": _CLOCK_KEY,
    "time-then-day": _CLOCK_KEY,
    "day-then-time": _CLOCK_KEY,
    "part-of-day-then-day": "yesterday|today|tomorrow",
    "ago": r"\s(?:ago|earlier|later|from\s+now|hence|before)",
    "duration-adjective": f"-(?:{_UNIT_STEMS})",
    "that-unit": r"that\s+(?:same\s+)?(?:day|week|month|quarter|year)",
    "next-part-of-day": r"the\s+(?:next|following|previous|preceding)\s+(?:morning|afternoon"
    r"|evening|night)",
    "year-end": r"year[-\s]end|year['’]s\s+end",
    "duration-range": r"\s(?:to|or)\s|[-–]",
    "ordinal-period": r"(?:its|their|his|her)\s",
    "set-every": r"every|each|per|a\s+year\s+for",
    "set-weekdays": "days",
}
r"""For each rule, a plain regex (no flags, no lookaround) that every match contains, once
lower-cased (`_lowered`): a window without it cannot hold a match, and looking for a word
or a digit shape costs a fraction of trying the rule's every alternative at each word.
A key that starts with a word, a class or a choice of words lets the engine skip straight
to where it could match; one starting `\d{8}` or `\d…|noon` makes it try every position.
`test_timex.py` checks that the rules' matches hold their keys."""


@functools.cache
def _rule_keys() -> dict[str, str]:
    """`_RULE_KEYS` plus the holidays' key: their names, spelled as the holiday rule does."""
    names = [re.escape(h).replace(r"\ ", r"\s+") for h in lexicon()["holidays"]]
    return _RULE_KEYS | {"holiday": "|".join(n.replace("'", "['’]") for n in names)}


_WINDOW = 60


@functools.cache
def _trigger_words() -> dict[str, frozenset[str]]:
    """Lower-case word → the classes it triggers. A cheap word scan replaces running every
    rule's pattern over the whole text, which made matching five times slower."""
    lex = lexicon()
    classes: dict[str, set[str]] = {}

    def add(words, name):
        for phrase in words:
            for word in re.findall(r"[a-z]+", phrase.lower()):
                classes.setdefault(word, set()).add(name)

    add(lex["months"], "MONTH")
    add(lex["weekdays"], "WEEKDAY")
    add([w + "s" for w in lex["weekdays"]], "WEEKDAY")
    add(lex["seasons"], "SEASON")
    add(lex["decade_words"], "DECADE")
    add(["century", "centuries"] + list(lex["ordinals"]), "DECADE")
    add(["quarter", "quarters", "period", "half", "ago", "earlier"], "QUARTER")
    units = [
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "fortnight",
        "month",
        "quarter",
        "year",
        "decade",
        "weekend",
        "century",
        "centuries",
        "millennium",
        "millennia",
    ]
    add(units + [u + "s" for u in units], "UNIT")
    add(
        [
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "night",
            "morning",
            "afternoon",
            "evening",
            "overnight",
            "noon",
            "midnight",
            "midday",
        ],
        "DAYWORD",
    )
    add(["every", "each", "per"] + list(lex["set_adverbs"]), "SET")
    add(lex["holidays"], "HOLIDAY")
    add(["nineteen", "twenty", "thousand"], "SPELLED")
    add([p.split()[-1] for p in lex["present_ref"] + lex["past_ref"] + lex["future_ref"]], "REF")
    return {word: frozenset(names) for word, names in classes.items()}


@functools.cache
def _trigger_tokens() -> re.Pattern[str]:
    """A trigger word (a whole run of ASCII letters) or a run of digits, in lower-cased text:
    one scan finds what `_windows` needs without a Python step for every other word."""
    words = sorted(_trigger_words(), key=len, reverse=True)
    return re.compile(r"(?<![a-z])" + _by_first_character(words, str) + r"(?![a-z])|\d+")


def _windows(lowered: str) -> dict[str, list[tuple[int, int]]]:
    """For each word class, the merged stretches of text around its words."""
    triggers = _trigger_words()
    found: dict[str, list[tuple[int, int]]] = {}
    size = len(lowered)
    for match in _trigger_tokens().finditer(lowered):
        word = match.group()
        names = ("DIGIT",) if word[0].isdigit() else triggers[word]
        for name in names:
            start, end = max(0, match.start() - _WINDOW), min(size, match.end() + _WINDOW)
            spans = found.setdefault(name, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return found


_ODD_CASES = ("ſ", "ı", "İ", "\u212a")
"""The non-ASCII characters an IGNORECASE pattern reads as ASCII letters (`s`, `i`, `i`, `k`)."""
_ASCII_LOWER = {ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FOLD = _ASCII_LOWER | {ord(c): ord(f) for c, f in zip(_ODD_CASES, "siik", strict=True)}


def _lowered(text: str) -> tuple[str, str]:
    """`text` lower-cased two ways, offsets kept: ASCII letters only (the words `_windows`
    looks for), and every character an IGNORECASE pattern reads as an ASCII letter made that
    letter (where `_RULE_KEYS` are looked for). Without the four odd characters both are
    what the much faster `str.lower` gives."""
    if any(c in text for c in _ODD_CASES):
        return text.translate(_ASCII_LOWER), text.translate(_FOLD)
    lowered = text.lower()
    return lowered, lowered


# --------------------------------------------------------------------------- matching

_SPAN_TRIM = re.compile(r"[\s,]+$")


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    lowered, folded = _lowered(text)
    windows = _windows(lowered)
    stretches: dict[tuple[frozenset[str], re.Pattern[str] | None], list[tuple[int, int]]] = {}
    for index, rule in enumerate(rules()):
        where = (rule.triggers, rule.key)
        if where not in stretches:  # rules often share both
            stretches[where] = _stretches(windows, rule.triggers, rule.key, folded)
        seen: set[tuple[int, int]] = set()
        for window_start, window_end in stretches[where]:
            for match in rule.pattern.finditer(text, window_start, window_end):
                start, end = match.span()
                if (start, end) in seen:
                    continue
                seen.add((start, end))
                found.append(_trimmed(text, start, end, index, match))
    return [c for c in found if c is not None]


def _stretches(
    windows: dict[str, list[tuple[int, int]]],
    triggers: frozenset[str],
    key: re.Pattern[str] | None,
    folded: str,
) -> list[tuple[int, int]]:
    """The windows around any of `triggers` that hold `key`, in order: where a rule may match."""
    if len(triggers) == 1:
        spans = windows.get(next(iter(triggers)), [])  # already in order and apart
    else:
        spans = sorted({w for name in triggers for w in windows.get(name, ())})
    if key is None:
        return spans
    return [(start, end) for start, end in spans if key.search(folded, start, end)]


def _trimmed(text: str, start: int, end: int, index: int, match: re.Match[str]):
    """The candidate without trailing blanks/commas; None when it crosses a blank line."""
    trimmed = _SPAN_TRIM.search(text, start, end)
    if trimmed and trimmed.start() > start:
        end = trimmed.start()
    if end > start and "\n\n" not in text[start:end]:
        return (start, end, index, match)
    return None


def _normalise(rule: Rule, match: re.Match[str], ctx: _Ctx) -> _Value | None:
    try:
        return rule.normalise(match, ctx)
    except _NeedsAnchor as missing:
        return _Value(missing.placeholder, "DATE", inferred=True)
    except (ValueError, KeyError, OverflowError):
        return None


def _choose(text: str, ctx: _Ctx) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Longest match first, then rule order; a match its rule rejects frees its span."""
    all_rules = rules()
    ranked = sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken = bytearray(len(text))  # 1 for each character inside a chosen span
    chosen = []
    ctx.choosing = True
    for start, end, index, match in ranked:
        if taken.find(1, start, end) >= 0:
            continue
        ctx.start, ctx.end = start, end
        if _normalise(all_rules[index], match, ctx) is None:
            continue
        taken[start:end] = b"\1" * (end - start)
        chosen.append((start, end, all_rules[index], match))
    ctx.choosing = False
    chosen.sort(key=lambda c: c[0])
    return chosen


_YEAR_GUESSING_RULES = ("month", "month-day", "day-month")
"""Rules whose year is a guess a later explicit year may correct (a weekday's is not)."""


def _apply_later_context(spans: list[TimexSpan], text: str) -> list[TimexSpan]:
    """An inferred month/day takes its year from a later explicit mention of the same month.

    "talks last February … This February 2016 ceasefire": the writer names the year a few
    sentences on, and that beats our default reading.
    """
    result = list(spans)
    for i, span in enumerate(spans):
        if span.rule not in _YEAR_GUESSING_RULES or not span.inferred:
            continue
        if not re.match(r"^\d{4}-\d\d(?:-\d\d)?$", span.value):
            continue
        month = span.value[4:7]
        for later in spans[i + 1 :]:
            if later.start - span.end > 800:
                break
            if later.inferred or not re.match(r"^\d{4}-\d\d$", later.value):
                continue
            if later.value[4:7] == month and later.value[:4] != span.value[:4]:
                fixed = later.value[:4] + span.value[4:]
                result[i] = TimexSpan(
                    span.start, span.end, span.text, fixed, span.type, span.mod, span.rule, False
                )
                break
    return result


def find_timexes(text: str, anchor: str | None = None) -> list[TimexSpan]:
    """Every temporal expression in `text`, normalised against `anchor`, sorted by offset.

    Spans never overlap. `anchor` is the document date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`)
    or None: then only what does not depend on it is resolved; the rest keeps `X`s.
    """
    ctx = _Ctx(text, parse_anchor(anchor))
    spans: list[TimexSpan] = []
    for start, end, rule, match in _choose(text, ctx):
        ctx.start, ctx.end = start, end
        value = _normalise(rule, match, ctx)
        if value is None:
            continue
        span = TimexSpan(
            start,
            end,
            text[start:end],
            value.value,
            value.type,
            value.mod,
            rule.name,
            value.inferred,
        )
        spans.append(span)
        ctx.previous.append(span)
    return _apply_later_context(spans, text)


_SEPARATOR = "\n\n"


def article_timexes(article: Article) -> tuple[Timex, ...]:
    """Timexes of the title and every paragraph, anchored on the article's published date.

    The parts are read as one text so that context crosses paragraph breaks; no expression
    spans two parts. Offsets are into the title or the paragraph named.
    """
    parts = [("title", article.title or "")] + [(p.id, p.text) for p in article.paragraphs]
    starts = []
    pieces = []
    offset = 0
    for _, part in parts:
        starts.append(offset)
        pieces.append(part)
        offset += len(part) + len(_SEPARATOR)
    text = _SEPARATOR.join(pieces)
    result = []
    for span in find_timexes(text, article.published):
        i = bisect.bisect_right(starts, span.start) - 1
        base = starts[i]
        if span.end > base + len(pieces[i]):
            continue
        result.append(
            Timex(
                article=article.id,
                paragraph=parts[i][0],
                start=span.start - base,
                end=span.end - base,
                text=span.text,
                value=span.value,
                type=span.type,
                mod=span.mod,
            )
        )
    return tuple(result)


def _shift_month_or_quarter(
    c: _Ctx, base: dt.date | None, unit: str, steps: int, mod: str | None
) -> _Value:
    """The month or quarter `steps` away from `base` (or the anchor's month)."""
    if base is None:
        year, month = c.month() if unit == "month" else c.month("XXXX-QX")
        base = dt.date(year, month, 1)
    if unit == "month":
        target = base + relativedelta(months=steps)
        return _Value(_fmt_month(target.year, target.month), mod=mod)
    target = base + relativedelta(months=3 * steps)
    return _Value(f"{target.year}-Q{(target.month - 1) // 3 + 1}", mod=mod)

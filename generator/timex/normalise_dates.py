"""Normalisers of calendar dates: written dates, months, years, decades, seasons, holidays.

Each takes a rule's match and the context and returns a `Value` (None rejects the match).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .anchor import (
    SEASONS,
    WEEKDAY_RD,
    choose_year,
    mod_code,
    month_number,
    season_of,
    weekday_number,
    year_offset,
)
from .context import Ctx
from .lexicon import cue, full_months, lexicon, words
from .regex import fragments
from .values import NeedsAnchor, Value, capitalised, fmt_day, fmt_month, group, word_number


def iso_date(m, c):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    if group(m, "H"):
        sec = f":{m['S']}" if m["S"] else ""
        return Value(f"{fmt_day(day)}T{m['H']}:{m['M']}{sec}", "TIME")
    return Value(fmt_day(day))


def slash_date(m, c):
    mo, d, y = int(m["m"]), int(m["d"]), m["y"]
    year = int(y)
    if len(y) == 2:
        century = (c.anchor.year or 2000) // 100 * 100
        year = century + year
        if c.anchor.year and year > c.anchor.year + 10:
            year -= 100
    try:
        return Value(fmt_day(dt.date(year, mo, d)))
    except ValueError:
        return None


def month_day(m, c):
    month_word = m["month"]
    if not capitalised(month_word):
        return None
    month = month_number(month_word)
    day = int(re.match(r"\d+", m["day"]).group())
    weekday = weekday_number(m["wd"]) if group(m, "wd") else None
    mod = mod_code(group(m, "mod"))
    if m["year"]:
        year = int(m["year"])
        inferred = False
    else:
        if c.anchor.year is None or c.anchor.month is None:
            if day > 31:
                return None
            return Value(f"XXXX-{month:02d}-{day:02d}", mod=mod, inferred=True)
        year = choose_year(month, day, c, weekday)
        inferred = True
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return Value(fmt_day(date), mod=mod, inferred=inferred)


def month_alone(m, c):
    word = m["month"]
    if not capitalised(word):
        return None
    bare = word.lower().rstrip(".")
    rel = (group(m, "rel") or "").lower()
    mod = mod_code(group(m, "mod"))
    lex = lexicon()
    if (
        bare in lex["ambiguous_months"]
        and not rel
        and not mod
        and c.preceding_word() not in lex["month_context"]
    ):
        return None
    abbreviated = bare not in full_months()
    if (bare not in lex["months"] or abbreviated) and not word.endswith("."):
        return None  # a bare "Jan" or "Dec" is more often a name than a month
    month = month_number(word)
    suffix = (group(m, "yrel") or "").lower()
    if suffix:
        year = c.year()
        year += year_offset(suffix)
        return Value(fmt_month(year, month), mod=mod)
    if rel:
        year, amonth = c.month(f"XXXX-{month:02d}")
        if rel in words("backward_relations"):
            year = year if month < amonth else year - 1
        elif rel in words("forward_relations"):
            year = year if month > amonth else year + 1
        return Value(fmt_month(year, month), mod=mod, inferred=True)
    if c.anchor.year is None or c.anchor.month is None:
        return Value(f"XXXX-{month:02d}", mod=mod, inferred=True)
    return Value(fmt_month(choose_year(month, None, c), month), mod=mod, inferred=True)


def month_year(m, c):
    if not capitalised(m["month"]):
        return None
    year = int(m["year"]) if m["year"] else spelled_year_number(m["syear"])
    if year is None:
        return None
    return Value(fmt_month(year, month_number(m["month"])), mod=mod_code(m["mod"]))


def year(m, c):
    year = int(m["year"])
    after = c.text[c.end : c.end + 30]
    if cue("not_after_year").match(after):
        return None
    if m.start() == m.start("year") and c.preceding_word() in lexicon()["not_before_year"]:
        return None
    before = c.text[max(0, c.start - 2) : c.start]
    if before.endswith(("$", "£", "€", "#", "No")) or re.search(r"[\d$£€]\s?$", before):
        return None
    if year < 1900 and c.preceding_word() not in lexicon()["year_context"]:
        return None
    if year > (c.anchor.year or 2030) + 50:
        return None
    return Value(str(year), mod=mod_code(group(m, "mod")))


def two_digit_year(m, c):
    yy = int(m["yy"])
    century = (c.anchor.year or 2000) // 100 * 100
    year = century + yy
    if c.anchor.year and year > c.anchor.year + 10:
        year -= 100
    return Value(str(year))


def decade(m, c):
    mod = mod_code(group(m, "mod"))
    if group(m, "digits"):
        digits = m["digits"]
        if len(digits) == 4:
            return Value(digits[:3], mod=mod)
        century = (c.anchor.year or 2000) // 100
        decade = int(digits[0])
        if c.anchor.year and century * 100 + decade * 10 > c.anchor.year:
            century -= 1
        return Value(f"{century:02d}{decade}", mod=mod)
    word = m["decword"].lower()
    decade = lexicon()["decade_words"][word]
    century = (c.anchor.year or 1999) // 100
    if c.anchor.year and century * 100 + decade * 10 > c.anchor.year:
        century -= 1
    return Value(f"{century:02d}{decade}", mod=mod)


def century(m, c):
    ordinal = lexicon()["ordinals"].get(re.sub(r"\s+", "-", m["ord"].lower()))
    if not ordinal or ordinal < 1:
        return None
    return Value(f"{ordinal - 1:02d}", mod=mod_code(group(m, "mod")))


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def season(m, c):
    word = m["season"]
    season = lexicon()["seasons"][word.lower()]
    rel = (group(m, "rel") or "").lower()
    if rel.startswith("this") and rel.endswith("past"):
        rel = "past"  # "this past summer"
    mod = mod_code(group(m, "mod"))
    if m["year"]:
        return Value(f"{m['year']}-{season}", mod=mod)
    if group(m, "syear"):
        year = spelled_year_number(m["syear"])
        return None if year is None else Value(f"{year}-{season}", mod=mod)
    if capitalised(word) and not rel and not mod and _NAME_AFTER.match(c.text, c.end):
        return None  # "the Summer Olympics", "Spring Street": part of a name
    if not rel and not mod and not _season_context(word, c.preceding_word()):
        return None
    return Value(f"{_season_year(season, rel, c)}-{season}", mod=mod, inferred=True)


def _season_context(word: str, preceding: str) -> bool:
    """A bare season word is a date only after a word that introduces one ("in spring");
    "fall" and "spring" need one of fewer words, being verbs too."""
    lex = lexicon()
    if preceding not in lex["season_context"]:
        return False
    return word.lower() not in lex["ambiguous_seasons"] or preceding in lex["fall_spring_context"]


def _season_year(season: str, rel: str, c: Ctx) -> int:
    """The year of a season given without one, by its relation word or the tense."""
    year, amonth = c.month(f"XXXX-{season}")
    current = season_of(amonth)
    # Winter is labelled by the year in which it starts: Jan/Feb belong to last year's winter.
    current_year = year - 1 if amonth <= 2 else year
    order = SEASONS.index
    if rel in words("backward_relations"):
        # HeidelTime's reading: the most recent one strictly before the current season,
        # and "last winter" read in January or February is the winter just ending.
        if season == current == "WI" and amonth <= 2:
            return current_year
        return current_year - 1 if order(season) >= order(current) else current_year
    if rel in words("forward_relations"):
        return current_year + 1 if order(season) <= order(current) else current_year
    if rel == "this" or not rel:
        tense = c.tense() if not rel else None
        if order(season) != order(current) and tense == "past" and order(season) > order(current):
            return current_year - 1
    return current_year


@functools.cache
def _spelled_year_re() -> re.Pattern[str]:
    return re.compile(fragments()["SPELLED_YEAR"], re.IGNORECASE)


def spelled_year_number(text: str) -> int | None:
    """'nineteen ninety-six' → 1996, 'two thousand three' → 2003; None when not a year."""
    m = _spelled_year_re().fullmatch(text.strip())
    if m is None:
        return None
    numbers = lexicon()["numbers"]
    tens = lexicon()["number_groups"]["tens"]
    if m["thousand"]:
        rest = (m["rest"] or "").lower()
        n = word_number(rest) if rest else 0
        return 2000 + int(n) if n is not None and n < 100 else None
    century = numbers[m["century"].lower()]
    tail = re.split(r"[\s-]+", m["tail"].lower())
    if tail[0] in tens:
        n = tens[tail[0]] + (numbers[tail[1]] if len(tail) > 1 else 0)
    else:
        n = numbers.get(tail[0], 100)
    return None if n >= 100 else century * 100 + n


def spelled_year(m, c):
    """'nineteen ninety-six' → 1996, 'two thousand three' → 2003 (as read on the radio)."""
    year = spelled_year_number(m.group(0).lower().removeprefix("the year").strip())
    return None if year is None else Value(str(year))


def holiday(m, c):
    name = re.sub(r"\s+", " ", m["hol"].lower().replace("’", "'"))
    if not capitalised(m["hol"]):
        return None
    rule = lexicon()["holidays"].get(name)
    if rule is None:
        return None

    def on(year: int) -> dt.date:
        if rule.startswith("easter:"):
            return easter(year) + dt.timedelta(days=int(rule.split(":")[1]))
        if rule.startswith("weekday:"):
            _, month, weekday, nth = rule.split(":")
            wd = WEEKDAY_RD[int(weekday) - 1]
            if int(nth) > 0:
                return dt.date(year, int(month), 1) + relativedelta(weekday=wd(int(nth)))
            return dt.date(year, int(month), 1) + relativedelta(day=31, weekday=wd(-1))
        month, day = (int(p) for p in rule.split("-"))
        return dt.date(year, month, day)

    if m["year"]:
        return Value(fmt_day(on(int(m["year"]))))
    rel = (group(m, "rel") or "").lower()
    anchor = c.anchor.date
    if anchor is None:
        if c.anchor.year is not None and rel == "":
            raise NeedsAnchor("XXXX-XX-XX")
        raise NeedsAnchor("XXXX-XX-XX")
    candidates = [on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "last":
        return Value(fmt_day(max(d for d in candidates if d < anchor)), inferred=True)
    if rel == "next":
        return Value(fmt_day(min(d for d in candidates if d > anchor)), inferred=True)
    nearest = min(candidates, key=lambda d: abs((d - anchor).days))
    if abs((nearest - anchor).days) > 60:
        tense = c.tense()
        if tense == "future":
            nearest = min(d for d in candidates if d >= anchor)
        else:
            nearest = max(d for d in candidates if d <= anchor)
    return Value(fmt_day(nearest), inferred=True)

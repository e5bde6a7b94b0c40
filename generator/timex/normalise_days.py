"""Normalisers of days and clock times: "yesterday", "Friday evening", "5 p.m. Sunday"."""

from __future__ import annotations

import datetime as dt
import re

from .anchor import mod_code, pod_code, pod_codes, resolve_weekday, weekday_number
from .context import Ctx
from .lexicon import cue, lexicon, words
from .normalise_dates import month_day
from .values import NeedsAnchor, Value, capitalised, fmt_day, group


def day_word(word: str, c: Ctx) -> dt.date:
    w = re.sub(r"\s+", " ", word.lower())
    return c.day() + dt.timedelta(days=lexicon()["day_offsets"][w])


def relative_day(m, c):
    word = m["dw"].lower()
    pod = (group(m, "pod") or "").lower()
    if word in words("present_possessive_days") and c.text[c.end : c.end + 2] == "'s":
        return Value("PRESENT_REF")
    day = day_word(word, c)
    codes = pod_codes()
    code = codes.get(pod) or codes.get(re.sub(r"\s+", " ", word))
    if code:
        return Value(f"{fmt_day(day)}T{code}", "TIME", mod=mod_code(group(m, "mod")))
    return Value(fmt_day(day))


def part_of_day(m, c):
    code = pod_code(m["pod"])
    return Value(f"{fmt_day(c.day())}T{code}", "TIME", mod=mod_code(group(m, "mod")))


def weekday(m, c):
    word = m["wd"]
    if not capitalised(word):
        return None
    weekday = weekday_number(word)
    rel = re.sub(r"\s+", " ", (group(m, "rel") or "").lower()) or None
    pod = (group(m, "pod") or "").lower()
    if rel is None and c.text[c.end : c.end + 2] in ("'s", "’s"):
        # "Wednesday's ruling" has happened; "ahead of Thursday's vote" has not
        rel = "ahead" if cue("ahead_of").search(c.text, max(0, c.start - 20), c.start) else "latest"
    date = resolve_weekday(weekday, rel, c)
    if pod:
        return Value(f"{fmt_day(date)}T{pod_code(pod)}", "TIME", inferred=True)
    return Value(fmt_day(date), inferred=True)


def clock_value(m, c) -> str | None:
    """'5 p.m.' → '17:00', 'noon' → '12:00'; None when not a valid time."""
    word = (group(m, "cw") or "").lower()
    if word:
        return lexicon()["clock_words"][word]
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (group(m, "ap") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


def clock_day_rel(c: Ctx) -> str | None:
    """A clock time on a weekday with no tense around it is a schedule, read forward:
    "kick-off is at 15:00 GMT Saturday", "polls close at 8 p.m. Sunday"."""
    return "ahead" if c.tense() is None else None


def time_simple(m, c):
    if group(m, "h24"):
        return time_24(m, c)
    return clock_time(m, c)


def clock_time(m, c):
    clock = clock_value(m, c)
    if clock is None:
        return None
    mod = mod_code(group(m, "mod"))
    if group(m, "wd"):
        if not capitalised(m["wd"]):
            return None
        weekday = weekday_number(m["wd"])
        try:
            date = resolve_weekday(weekday, clock_day_rel(c), c)
        except NeedsAnchor:
            return Value(f"XXXX-WXX-{weekday}T{clock}", "TIME", mod)
    elif group(m, "dw"):
        date = day_word(m["dw"], c)
    elif group(m, "month"):
        day = month_day(m, c)  # "5 p.m. EST, Nov. 9"
        if day is None:
            return None
        return Value(f"{day.value}T{clock}", "TIME", mod, day.inferred)
    else:
        if not (group(m, "ap") or group(m, "cw") or group(m, "tz")):
            return None
        try:
            date = c.day()
        except NeedsAnchor:
            return Value(f"XXXX-XX-XXT{clock}", "TIME", mod)
    return Value(f"{fmt_day(date)}T{clock}", "TIME", mod)


def time_24(m, c):
    clock = f"{m['h_']}:{m['mi_']}"
    if group(m, "month"):
        day = month_day(m, c)
        return None if day is None else Value(f"{day.value}T{clock}", "TIME")
    if group(m, "wd"):
        date = resolve_weekday(weekday_number(m["wd"]), clock_day_rel(c), c)
    elif group(m, "dw"):
        date = day_word(m["dw"], c)
    else:
        date = c.day(f"XXXX-XX-XXT{clock}")
    return Value(f"{fmt_day(date)}T{clock}", "TIME")

"""Normalisers of expressions relative to the anchor or an earlier date: quarters, halves,
"last week", "the year", "that day", "the next morning", "year-end", "the year-ago period".
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .anchor import (
    DAY_VALUE,
    mod_code,
    pod_code,
    previous_quarter,
    reference_quarter,
    shift_month_or_quarter,
    year_offset,
)
from .context import Ctx
from .lexicon import cue, lexicon, words
from .values import Value, duration, fmt_day, fmt_month, fmt_week, group, unit_name


def quarter_dispatch(m, c):
    year = group(m, "year") or group(m, "year2")
    yp = (group(m, "yp") or "").lower()
    q = lexicon()["quarter_words"][m["q"].lower()]
    if year:
        return Value(f"{year}-Q{q}")
    if yp:
        if yp[:1].isdigit():
            return Value(f"{yp[:4]}-Q{q}")
        offset = year_offset(yp.split()[0])
        return Value(f"{c.year(f'XXXX-Q{q}') + offset}-Q{q}")
    return quarter(m, c)


def quarter(m, c):
    q = lexicon()["quarter_words"][m["q"].lower()]
    if m["year"]:
        return Value(f"{m['year']}-Q{q}")
    rel = (group(m, "rel") or "").lower()
    if rel in words("year_ago_relations"):
        year, _ = c.month(f"XXXX-Q{q}")
        return Value(f"{year - 1}-Q{q}", inferred=True)
    if group(m, "yrel"):
        year = c.year(f"XXXX-Q{q}") + year_offset(m["yrel"])
        return Value(f"{year}-Q{q}")
    year, month = c.month(f"XXXX-Q{q}")
    current = (month - 1) // 3 + 1
    if c.tense() == "future" and q >= current:
        return Value(f"{year}-Q{q}", inferred=True)
    return Value(f"{year if q <= current else year - 1}-Q{q}", inferred=True)


def the_quarter_guarded(m, c):
    rel = (group(m, "rel") or "").lower()
    if m.group(0).lower().endswith("period") and not rel:
        return None  # "the period" alone is rarely a date
    if rel == "recent":
        return None
    return the_quarter(m, c)


def the_quarter(m, c):
    previous = reference_quarter(c, within=2000)
    rel = (group(m, "rel") or "").lower()
    if rel in words("same_quarter_relations"):
        if previous:
            y, q = previous.value.split("-Q")
            return Value(f"{int(y) - 1}-Q{q}")
        y, q = previous_quarter(c)
        return Value(f"{y - 1}-Q{q}", inferred=True)
    if previous:
        return Value(previous.value)
    y, q = previous_quarter(c)
    return Value(f"{y}-Q{q}", inferred=True)


def half(m, c):
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["year"]:
        return Value(f"{m['year']}-H{h}")
    year = c.year(f"XXXX-H{h}")
    if group(m, "yrel"):
        year += year_offset(m["yrel"])
    return Value(f"{year}-H{h}", inferred=True)


def relative_unit(m, c):
    rel = m["rel"].lower()
    unit = unit_name(m["unit"])
    offset = lexicon()["relation_offsets"][rel]
    mod = mod_code(group(m, "mod"))
    if rel == "past" and unit not in words("past_units"):
        return None  # "the past decade" is a duration
    base: dt.date | None = None
    anaphoric = rel == "next" and unit == "day" and m.group(0).lower().startswith("the")
    if rel in words("base_relations") or anaphoric:
        base = _anaphora_base(c, unit)
    if unit == "year":
        if rel == "the" and not mod:
            return Value("P1Y", "DURATION")
        year = base.year if base else c.year()
        return Value(str(year + offset), mod=mod)
    if unit in ("month", "quarter"):
        return shift_month_or_quarter(c, base, unit, offset, mod)
    if unit == "decade":
        year = (base.year if base else c.year("XXX")) + 10 * offset
        return Value(str(year)[:3], mod=mod)
    if unit == "century":
        year = (base.year if base else c.year("XX")) + 100 * offset
        return Value(f"{year // 100:02d}", mod=mod)
    if unit in ("week", "weekend"):
        suffix = "-WE" if unit == "weekend" else ""
        if base is None:
            base = c.day("XXXX-WXX" + suffix)
        weekday_reading = unit == "weekend" and rel in ("this", "the") and base.isoweekday() < 5
        if weekday_reading and c.tense() == "past":
            offset = -1  # "this weekend" read on a weekday, in the past tense: the one just gone
        target = base + relativedelta(weeks=offset)
        return Value(fmt_week(target) + suffix, mod=mod)
    if unit == "day":
        if base is None:
            if rel in ("the", "this", "same"):
                return None
            base = c.day()
        return Value(fmt_day(base + relativedelta(days=offset)), mod=mod)
    return None


def _anaphora_base(c: Ctx, unit: str) -> dt.date | None:
    """The date "the following month" counts from: the last day the text gave, or for a
    month or quarter the last month it named ("In March … The following month": April)."""
    pattern = _ANTECEDENT["month"] if unit in ("month", "quarter") else DAY_VALUE
    prior = c.last_value(pattern, within=1500)
    if prior is None:
        return None
    return dt.date.fromisoformat(
        prior.value[:10] if DAY_VALUE.match(prior.value) else f"{prior.value[:7]}-01"
    )


def the_unit(m, c):
    """'the year' is the year being reported on ("for the year", "earlier in the year"),
    unless it is a span of accounts ("the year ended Sept. 30": P1Y)."""
    unit = m["unit"].lower()
    mod = mod_code(group(m, "mod") or group(m, "mod2"))
    kind = (group(m, "kind") or "").lower()
    if kind and unit != "year":
        return None
    if unit in ("year", "month", "week") and cue("span_to").match(c.text, c.end):
        return None if mod else Value(duration(1, unit), "DURATION")
    if unit == "day":
        if not group(m, "mod2"):
            return None  # "at the end of the day" is an idiom
        # "later in the day": the day the text is on (the last one named, else the anchor)
        prior = c.last_value(_ANTECEDENT["day"], within=_ANAPHORA_REACH)
        return Value(prior.value[:10] if prior else fmt_day(c.day()), mod=mod)
    if unit == "year":
        if cue("year_span_after").match(c.text, c.end):
            return None if mod else Value("P1Y", "DURATION")
        return Value(str(c.year()), mod=mod)
    if unit == "month" and mod:
        year, month = c.month()
        return Value(fmt_month(year, month), mod=mod)
    if unit == "weekend" or unit == "week":
        return relative_unit(m, c)
    return None


_ANTECEDENT = {
    "day": re.compile(r"^\d{4}-\d\d-\d\d"),
    "week": re.compile(r"^\d{4}-\d\d-\d\d|^\d{4}-W\d\d"),
    "month": re.compile(r"^\d{4}-\d\d"),
    "quarter": re.compile(r"^\d{4}-(?:Q\d|\d\d)"),
    "year": re.compile(r"^\d{4}"),
}


_ANAPHORA_REACH = 1500


def that_unit(m, c):
    """'that day', 'later that year': the same day (year, …) as the last date the text gave.

    With no such date before it, it is not resolvable and not kept (the writer refers to
    something we cannot place).
    """
    unit = m["unit"].lower()
    prior = c.last_value(_ANTECEDENT[unit], within=_ANAPHORA_REACH)
    if prior is None:
        return Value("XXXX") if c.choosing else None
    value = prior.value
    mod = mod_code(group(m, "mod"))
    if unit == "year":
        return Value(value[:4], mod=mod)
    if unit == "month":
        return Value(value[:7], mod=mod)
    if unit == "quarter":
        if "-Q" in value:
            return Value(value[:7], mod=mod)
        return Value(f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}", mod=mod)
    if unit == "week":
        if "-W" in value:
            return Value(value[:8], mod=mod)
        return Value(fmt_week(dt.date.fromisoformat(value[:10])), mod=mod)
    return Value(value[:10], mod=mod)


def next_part_of_day(m, c):
    """'the next morning': the part of the day after the last date given (else the anchor)."""
    prior = c.last_value(_ANTECEDENT["day"], within=_ANAPHORA_REACH)
    base = dt.date.fromisoformat(prior.value[:10]) if prior else c.day()
    offset = lexicon()["relation_offsets"][m["rel"].lower()]
    day = base + dt.timedelta(days=offset)
    return Value(f"{fmt_day(day)}T{pod_code(m['pod'])}", "TIME")


def year_end(m, c):
    """'by year-end' is this year's end; 'since year-end' the last one."""
    year = c.year()
    if c.preceding_word() == "since":
        year -= 1
    return Value(str(year), mod="END")


def year_ago_adjective(m, c):
    """'year-earlier', 'the year-ago period': last year's counterpart of what was just named."""
    previous = reference_quarter(c, within=1000)
    if previous is not None:
        y, q = previous.value.split("-Q")
        return Value(f"{int(y) - 1}-Q{q}")
    if (group(m, "what") or "").lower() in ("quarter", "period"):
        y, q = previous_quarter(c)
        return Value(f"{y - 1}-Q{q}", inferred=True)
    return Value(str(c.year() - 1))

"""Normalisers of periods: "two years ago", durations, ranges, sets ("every week"), and
references ("now", "recently").
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .anchor import (
    DAY_VALUE,
    mod_code,
    month_number,
    pod_code,
    reference_quarter,
    shift_month_or_quarter,
    weekday_number,
)
from .lexicon import cue, lexicon, words
from .values import (
    Value,
    capitalised,
    duration,
    fmt_day,
    fmt_week,
    group,
    unit_name,
    word_number,
)


def ago(m, c):
    unit = unit_name(m["unit"])
    num_text = group(m, "num")
    n = word_number(num_text) if num_text else None
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    mod = mod_code(group(m, "mod"))
    if direction in words("relative_directions") and unit in words("clock_units"):
        return None  # "an hour later": a duration, left to the duration rule
    if direction in words("event_directions") and re.match(r"\s+[\w$]", c.text[c.end : c.end + 3]):
        return None  # "30 days before closing": a duration before an event, not a date
    if n is None:
        if direction != "ago":
            return None  # "weeks before": too vague to place; left to the duration rule
        return Value("PAST_REF")
    sign = 1 if direction in words("forward_directions") else -1
    base: dt.date | None = None
    if unit == "year" and n == 1:
        # "third-quarter profit … a year ago/earlier": the same quarter a year before
        quarter = reference_quarter(c, within=600)
        if quarter is not None:
            y, q = quarter.value.split("-Q")
            return Value(f"{int(y) + sign}-Q{q}", mod=mod)
    if direction in words("anchored_directions"):
        prior = c.last_value(DAY_VALUE, within=600)
        if prior is not None:
            base = dt.date.fromisoformat(prior.value[:10])
    if group(m, "half"):
        n += 0.5  # "a year and a half ago"
    if not float(n).is_integer():
        # "half a century ago", "a year and a half ago": counted in the next smaller unit
        smaller, per = lexicon()["smaller_units"].get(unit, (None, 0))
        if smaller is None or not float(n * per).is_integer():
            return None
        unit, n = smaller, n * per
    k = int(n) * sign
    if unit == "year":
        year = base.year if base else c.year()
        return Value(str(year + k), mod=mod)
    if unit == "decade":
        year = base.year if base else c.year("XXX")
        return Value(str(year + 10 * k)[:3], mod=mod)
    if unit == "century":
        year = base.year if base else c.year("XX")
        return Value(f"{(year + 100 * k) // 100:02d}", mod=mod)
    if unit in ("month", "quarter"):
        return shift_month_or_quarter(c, base, unit, k, mod)
    if unit in ("week", "fortnight", "weekend"):
        base = base or c.day("XXXX-WXX")
        return Value(
            fmt_week(base + relativedelta(weeks=k * (2 if unit == "fortnight" else 1))), mod=mod
        )
    if unit in ("day", "night"):
        base = base or c.day()
        return Value(fmt_day(base + relativedelta(days=k)), mod=mod)
    if unit in words("clock_units"):
        return Value(fmt_day(base or c.day()), mod=mod)
    return None


def duration_value(m, c):
    unit_text = m["unit"]
    unit = unit_name(unit_text)
    plural = unit_text.lower().endswith("s") and unit not in ("century", "millennium")
    plural = plural or unit_text.lower() in ("centuries", "millennia")
    num_text = group(m, "num")
    rel = (group(m, "rel") or "").lower()
    det = (group(m, "det") or "").lower()
    mod = mod_code(group(m, "mod"))
    if m.group(0).lower().endswith("-old") or cue("age_after").match(c.text[c.end : c.end + 5]):
        return None  # an age ("a 6-year-old"), not a period of time
    n: float | None
    if det in ("a", "an") and rel in words("more_relations") and not num_text:
        num_text, det, rel = det, "", ""  # "an additional year": one more
    if det in ("a", "an") and rel:
        return None  # "a last resort"
    if num_text and re.fullmatch(r"(?:19|20)\d\d", num_text):
        return None  # "the 1988 quarter" names a year, not a count
    if det in ("a", "an") and not num_text and not plural and not rel:
        num_text = det
        det = ""
    if unit_text.lower() == "second" and cue("ordinal_second").match(c.text, c.end):
        return None  # "a second time", "a second blast": the ordinal
    if num_text:
        n = word_number(num_text)
        if n is None and not plural:
            return None
    elif plural:
        n = None
    elif rel in words("one_period_relations"):
        n = 1
        if rel in words("dated_period_relations") and not det:
            return None  # "last week" is a date, handled by the relative rule
    else:
        return None
    if unit == "weekend" and n is not None and not plural:
        return None
    if unit == "weekend" and plural and not num_text and c.preceding_word() in ("on", "at"):
        return Value("XXXX-WXX-WE", "SET")  # "he works on weekends": every weekend
    if group(m, "half") and n is not None:
        n += 0.5  # "a minute and a half"
    one_day = (
        unit == "day" and (num_text or "").lower() in words("indefinite_counts") and not plural
    )
    if one_day and cue("modal_before").search(c.text, max(0, c.start - 12), c.start):
        return Value("FUTURE_REF")  # "will one day be": some time to come
    single = num_text and num_text.lower() in ("a", "an") and not rel and not det
    if single and cue("set_before").search(c.text[max(0, c.start - 25) : c.start]):
        return Value(duration(1, unit), "SET")  # "twice a week", "$5 a day"
    if n is None and rel in ("recent",) and unit == "year":
        return Value("PAST_REF")
    if n is None and rel in ("coming", "next") and unit in ("month", "quarter"):
        return Value("FUTURE_REF")
    return Value(duration(n, unit), "DURATION", mod)


def duration_range(m, c):
    """'two' in 'two to three weeks': a range is two expressions, as TimeML marks
    "2009-2010"; the first borrows the unit of the second (the duration rule reads that)."""
    n = word_number(m["num0"])
    if n is None or word_number(m["num"]) is None:
        return None
    return Value(duration(n, unit_name(m["unit"])), "DURATION", mod_code(group(m, "mod")))


def ordinal_period(m, c):
    """'in its sixth year': how long something has lasted, as a duration."""
    n = lexicon()["ordinals"].get(m["ord"].lower())
    if not n or n < 1:
        return None
    return Value(duration(n, unit_name(m["unit"])), "DURATION")


def set_value(m, c):
    every = (group(m, "every") or "").lower()
    if group(m, "adv"):
        return Value(lexicon()["set_adverbs"][m["adv"].lower()], "SET")
    if group(m, "wds"):
        if not capitalised(m["wds"]):
            return None
        return Value(f"XXXX-WXX-{weekday_number(m['wds'].rstrip('s'))}", "SET")
    if group(m, "wd"):
        return Value(f"XXXX-WXX-{weekday_number(m['wd'])}", "SET")
    if group(m, "month"):
        return Value(f"XXXX-{month_number(m['month']):02d}", "SET")
    if group(m, "season"):
        return Value(f"XXXX-{lexicon()['seasons'][m['season'].lower()]}", "SET")
    if group(m, "pod"):
        return Value(f"XXXX-XX-XXT{pod_code(m['pod'])}", "SET")
    unit = unit_name(m["unit"])
    n = word_number(m["num"]) if group(m, "num") else 1
    if n is None:
        return None
    if "other" in every:
        n *= 2
    return Value(duration(n, unit), "SET")


def reference(m, c):
    word = re.sub(r"\s+", " ", m["ref"].lower())
    lex = lexicon()
    if word in words("adjective_references"):
        after = c.text[c.end : c.end + 12].lower()
        if cue("current_not_time").match(after):
            return None
    for key, value in (
        ("present_ref", "PRESENT_REF"),
        ("past_ref", "PAST_REF"),
        ("future_ref", "FUTURE_REF"),
    ):
        if word in lex[key]:
            return Value(value)
    return None

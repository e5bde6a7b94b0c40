"""Placing an underspecified expression against the anchor: which year, which week.

A month or day given without a year, or a weekday, takes the reading the clause's tense
and the nearness to the anchor suggest; the shared lookups of words to numbers are here too.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from ..text.sentences import sentence_at
from .context import Ctx
from .lexicon import cue, lexicon, words
from .values import NeedsAnchor, TimexSpan, Value, fmt_month

WEEKDAY_RD = (MO, TU, WE, TH, FR, SA, SU)
SEASONS = ("SP", "SU", "FA", "WI")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
QUARTER_VALUE = re.compile(r"^\d{4}-Q\d$")
EXPLICIT_QUARTER = ("quarter",)
"""Only a named quarter ("the third quarter") sets the quarter later phrases refer to."""


def choose_year(month: int, day: int | None, c: Ctx, weekday: int | None = None) -> int:
    """Year of a month (and day) given without one: by tense, near dates win for days;
    an untensed month named again keeps the year of its last mention; one coordinated
    with a dated month right after it shares that one's year (`_year_shared_after`)."""
    shared = _year_shared_after(month, c)
    if shared is not None:
        return shared
    if day is not None and c.anchor.date is not None:
        return _choose_year_of_day(month, day, c, weekday)
    year, amonth = c.month("XXXX")
    if month == amonth:
        return year
    tense = forward_tense(c)
    named = _same_month_named_before(month, c) if tense is None else None
    if named is not None:
        return named
    # One or two months ahead is read forward (TBAQ: 6 of 8), beyond that by tense.
    if (month - amonth) % 12 <= 2 or tense == "future":
        return year if month > amonth else year + 1
    return year if month < amonth else year - 1


def _year_shared_after(month: int, c: Ctx) -> int | None:
    """The year of a dated month right after a coordinator ("August and October of 2015",
    "from March to May 2012", "Feb. 8 and March 9, 2012"): the month before shares it, or
    takes the year before when it comes later in the calendar ("December to March 2013")."""
    match = cue("shared_year").match(c.text, c.end)
    if match is None:
        return None
    year = int(match.group("year"))
    return year - 1 if month > month_number(match.group("month")) else year


REPEAT_REACH = 500
"""Characters back within which an untensed month takes the year of the same month named
before: "expected to join in April … the summit in April" is one April."""


def _same_month_named_before(month: int, c: Ctx) -> int | None:
    """The year of the nearest earlier value in `month`, within `REPEAT_REACH`."""
    pattern = re.compile(rf"^\d{{4}}-{month:02d}")
    span = c.last_value(pattern, within=REPEAT_REACH)
    return int(span.value[:4]) if span else None


def _choose_year_of_day(month: int, day: int, c: Ctx, weekday: int | None) -> int:
    anchor = c.anchor.date
    assert anchor is not None
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
        raise NeedsAnchor("XXXX")
    if c.preceding_word() == "last" and any(d < anchor for d in candidates):
        return max(d for d in candidates if d < anchor).year  # "last Oct. 23"
    tense = forward_tense(c)
    named = _year_named_before(c) if tense is None else None
    if named is not None and any(d.year == named for d in candidates):
        return named  # "Tour 2020 dates: June 9 -- West Palm Beach"
    slack = PAST_PLAN_SLACK_DAYS if tense == "future" and _future_in_past(c) else PLAN_SLACK_DAYS
    return occurrence_by_tense(candidates, anchor, tense, slack).year


def _future_in_past(c: Ctx) -> bool:
    """The clause's only plan word before the expression is a future seen from the past
    ("his vow that Britain would leave the EU on Oct. 31"): it tells a plan, not that its
    day is still to come."""
    before = c.text[max(c.clause_start(), c.start - FUTURE_REACH) : c.start]
    if cue("future_in_past").search(before) is None:
        return False
    return cue("future").search(cue("future_in_past").sub(" ", before)) is None


FUTURE_REACH = 80
"""Characters before a yearless day read for the plan word that governs it."""
NEAR_DAYS = 75
"""Within this many days of the anchor the nearest reading wins whatever a past or no tense
says: "extended to Nov. 20" (said on Nov. 2) is this Nov. 20, the past tense being the
extending's (TBAQ: every such case)."""
PLAN_SLACK_DAYS = 14
"""A plan's date lies at most this far before the anchor (a deadline reported the day after,
"by Jan. 14" on Jan. 15); a future clause whose nearest reading is further back means the
next one ("will play Sept. 12", said on Nov. 19)."""
PAST_PLAN_SLACK_DAYS = 31
"""As `PLAN_SLACK_DAYS` for a plan seen from the past ("would"): a day of the month before
the anchor is the one just gone ("his vow that Britain would leave the EU on Oct. 31", said
on Nov. 20, is a deadline missed); further back, the next one."""


def occurrence_by_tense(
    candidates: list[dt.date], anchor: dt.date, tense: str | None, slack: int = PLAN_SLACK_DAYS
) -> dt.date:
    """Of a yearless day's readings, the one the tense points at: a plan on or after the
    anchor (but for `slack` days: `PLAN_SLACK_DAYS`, or `PAST_PLAN_SLACK_DAYS` for a plan
    seen from the past), else the nearest within `NEAR_DAYS`, else the nearest on the side the tense
    gives (past or no tense: on or before; news reports what happened, "since the Oct. 23
    slaying" written in May is last October)."""

    def gap(d: dt.date) -> int:
        return abs((d - anchor).days)

    nearest = min(candidates, key=gap)
    ahead = [d for d in candidates if d >= anchor]
    behind = [d for d in candidates if d <= anchor]
    if tense == "future" and ahead and (anchor - nearest).days > slack:
        return min(ahead, key=gap)
    if gap(nearest) <= NEAR_DAYS:
        return nearest
    side = ahead if tense == "future" else behind
    return min(side, key=gap) if side else nearest


_YEAR_VALUE = re.compile(r"^\d{4}$")


def _year_named_before(c: Ctx) -> int | None:
    """A bare year written earlier in the expression's sentence ("Tour 2020 dates: June 9,
    June 10"): an untensed list of days under it lies in that year."""
    start, _ = sentence_at(c.text, c.start)
    span = c.last_value(_YEAR_VALUE, within=c.start - start)
    return int(span.value) if span and span.start >= start else None


def forward_tense(c: Ctx) -> str | None:
    """The clause's tense, with a deadline ("by February", "until June") read forward
    unless the clause is in the past; "last Oct. 23" is always the one gone."""
    word = c.preceding_word()
    if word == "last":
        return "past"
    tense = c.tense()
    if word in lexicon()["deadline_words"] and (
        tense is None
        or cue("modal_in_clause").search(c.text, max(0, c.start - 40), c.start)
        or _deferred(c)
    ):
        return "future"  # "a deal could be reached by Monday", said on a Friday
    return tense


DEFERRAL_REACH = 80
"""Characters before a deadline word within which a verb of deferring governs it."""


def _deferred(c: Ctx) -> bool:
    """A deadline pushed forward ("postponed until Tuesday morning", "has extended loans
    through January") lies ahead of the deferring, which is at most the anchor: its day is
    still to come although the verb is past."""
    start = max(c.clause_start(), c.start - DEFERRAL_REACH)
    return cue("deferral").search(c.text, start, c.start) is not None


def resolve_weekday(weekday: int, rel: str | None, c: Ctx) -> dt.date:
    """Date of a weekday: last → strictly before, next → strictly after, else by tense."""
    wd = WEEKDAY_RD[weekday - 1]
    if rel and rel.split()[-1] in words("anaphoric_relations"):
        # "the previous Friday": the one before the date just given (else before today)
        prior = c.last_value(DAY_VALUE, within=1500)
        base = dt.date.fromisoformat(prior.value[:10]) if prior else c.day(f"XXXX-WXX-{weekday}")
        if rel.endswith("following"):
            return base + relativedelta(days=+1, weekday=wd(+1))
        return base + relativedelta(days=-1, weekday=wd(-1))
    anchor = c.day(f"XXXX-WXX-{weekday}")
    if rel == "last":
        return anchor + relativedelta(days=-1, weekday=wd(-1))
    if rel in words("forward_relations"):
        return anchor + relativedelta(days=+1, weekday=wd(+1))
    if rel == "ahead" or (rel != "latest" and forward_tense(c) == "future"):
        return anchor + relativedelta(weekday=wd(+1))
    return anchor + relativedelta(weekday=wd(-1))


def season_of(month: int) -> str:
    return SEASONS[((month - 3) % 12) // 3]


def mod_code(text: str | None) -> str | None:
    """A modifier as matched ('the end of', 'mid-') → its TimeML mod, or None."""
    if not text:
        return None
    key = re.sub(r"[\s-]+", " ", text.lower()).strip()
    return lexicon()["modifiers"].get(key)


def month_number(word: str) -> int:
    return lexicon()["months"][word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return lexicon()["weekdays"][word.lower().rstrip(".")]


def year_offset(word: str) -> int:
    """'last' → -1, 'this' → 0, 'next' → 1 (of "last year", "next year's")."""
    return lexicon()["year_offsets"][word.lower()]


def reference_quarter(c: Ctx, within: int) -> TimexSpan | None:
    """The nearest earlier named quarter that a comparison can point back to.

    Results are compared for periods that are over: in "the quake will result in a
    fourth-quarter charge … earnings fell in the latest quarter, from $6 million a year
    ago" neither phrase refers to the forecast quarter. A quarter not ended by the
    anchor's day and named in a future clause is passed over; a fiscal "fourth quarter"
    already reported ("reported a decline in fourth-quarter earnings") is not."""
    day = c.anchor.date

    def comparable(span: TimexSpan) -> bool:
        return day is None or quarter_end(span.value) < day or c.tense_of(span) != "future"

    return c.last_value(QUARTER_VALUE, within=within, rules=EXPLICIT_QUARTER, keep=comparable)


def quarter_end(value: str) -> dt.date:
    """The last day of a quarter value such as '1989-Q3'."""
    year, q = value.split("-Q")
    return dt.date(int(year), 3 * int(q), 1) + relativedelta(day=31)


def previous_quarter(c: Ctx) -> tuple[int, int]:
    year, month = c.month("XXXX-QX")
    q = (month - 1) // 3  # the quarter before the current one, 1-based
    return (year - 1, 4) if q == 0 else (year, q)


def shift_month_or_quarter(
    c: Ctx, base: dt.date | None, unit: str, steps: int, mod: str | None
) -> Value:
    """The month or quarter `steps` away from `base` (or the anchor's month)."""
    if base is None:
        year, month = c.month() if unit == "month" else c.month("XXXX-QX")
        base = dt.date(year, month, 1)
    if unit == "month":
        target = base + relativedelta(months=steps)
        return Value(fmt_month(target.year, target.month), mod=mod)
    target = base + relativedelta(months=3 * steps)
    return Value(f"{target.year}-Q{(target.month - 1) // 3 + 1}", mod=mod)


def pod_codes() -> dict[str, str]:
    """Part-of-day words ('morning', 'last night') → TimeML codes ('MO', 'NI')."""
    lex = lexicon()
    return lex["part_of_day_codes"] | lex["night_word_codes"]


def pod_code(word: str) -> str:
    return pod_codes()[word.lower()]

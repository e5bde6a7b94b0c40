"""The likeliest days of an inferred window: its point estimate, and readings it settles.

Every day of a corpus window is allowed, but not all alike: a dated neighbour makes the days
near its date likelier, a weekday called past the days just after it
(`likelihood.day_likelihood`), and only the days of the week the text's weekdays allow
(`weekdays.voted_days`) can be the day at all. The likeliest such day is the estimate (the
best step score's first day is often a day of the week the text rules out). The days and
their likelihoods also let a relative date keep one reading when the readings against the
days disagree but one holds a fitted share of the likelihood (`settled_value`), as long as
the corpus shows that its neighbours date it (the law's `share` below 1, `adapted`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..models import WeighedDays
from .likelihood import Cue, Likelihood, day_likelihood
from .weekdays import Mention, fitted_reach, voted_days

DIGITS = 6
"""Likelihoods are rounded: the same input gives the same bytes, and kept results match."""


def allowed_days(named: Sequence[Mention], days: Sequence[dt.date]) -> list[dt.date]:
    """The days on a day of the week the text's weekdays (`named`) allow; all of them when
    the weekdays tell nothing or allow none of them."""
    allowed = voted_days(named, fitted_reach())
    kept = [d for d in days if allowed is None or d.isoweekday() in allowed]
    return kept or list(days)


def days_between(lo: dt.date, hi: dt.date) -> list[dt.date]:
    """Every day from `lo` to `hi`, both included."""
    return [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]


def weighed_days(
    named: Sequence[Mention],
    window: tuple[dt.date, dt.date],
    neighbours: Sequence[tuple[dt.date, float]],
    likelihood: Likelihood,
) -> WeighedDays:
    """The window's candidate days (`allowed_days`) with their likelihood: the neighbours'
    law (date, similarity) times each weekday's gap probability; `named`: the text's
    weekdays (`weekdays.mentions`)."""
    days = allowed_days(named, days_between(*window))
    cues = [Cue(m.weekday, m.key) for m in named]
    p = day_likelihood(days, neighbours, cues, likelihood)
    return tuple((d.isoformat(), round(float(w), DIGITS)) for d, w in zip(days, p, strict=True))


def likeliest(weighed: WeighedDays) -> str:
    """The likeliest day (the earliest of equals)."""
    best = max(w for _, w in weighed)
    return next(day for day, w in weighed if w == best)


def settled_value(readings: Sequence[tuple[str, float]], share: float) -> str | None:
    """The value that readings (value, likelihood of the day read against) holding at least
    `share` of the likelihood give; None when none does (or the readings weigh nothing)."""
    total = sum(w for _, w in readings)
    if total <= 0:
        return None
    summed: dict[str, float] = {}
    for value, w in readings:
        summed[value] = summed.get(value, 0.0) + w
    value, held = min(summed.items(), key=lambda item: (-item[1], item[0]))
    return value if held / total >= share - 1e-9 else None

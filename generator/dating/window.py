"""Clues → the days that agree with most of them → a window and a point estimate.

Each candidate day scores the summed weight of the clues it satisfies; the window is the
run of best-scoring days, cut to `MAX_DAYS` from the side its evidence bounds (a text is
written soon after what it reports) when the evidence leaves the other side open. Two best
readings far apart (the same month in two years) are a tie the text cannot break: no date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .evidence import Clue

MAX_DAYS = 28
"""Widest window given: evidence that allows more says only "soon after" (or "before")."""
AMBIGUOUS_DAYS = 62
"""Best readings spread wider than this, with a gap between them, are a tie: no date."""
OPEN_DAYS = 92
"""One best reading wider than this (three months) says too little to date the text."""
RIVAL_DAYS = 183
"""Days beyond the window where a best score counts as a rival reading (another year)."""
LATEST_YEAR = 2100
EARLIEST_YEAR = 1800


@dataclass(frozen=True)
class Window:
    lo: dt.date
    hi: dt.date
    estimate: dt.date
    score: float
    rival: float = 0.0
    """Best score of a day more than `RIVAL_DAYS` from the window: another reading."""


def _index(day: dt.date, first: dt.date, size: int) -> int:
    return min(max((day - first).days, 0), size)


def score_days(clues: Sequence[Clue], first: dt.date, last: dt.date) -> np.ndarray:
    """Summed weight of the clues each day from `first` to `last` satisfies."""
    size = (last - first).days + 1
    total = np.zeros(size + 1)
    for clue in clues:
        covered = np.zeros(size + 1, dtype=bool)
        for lo, hi in clue.spans:
            a, b = _index(lo, first, size), _index(hi, first, size - 1) + 1
            if hi >= first and lo <= last:
                covered[a:b] = True
        total += covered * clue.weight
    return total[:size]


def choose_window(clues: Sequence[Clue], years: Sequence[int]) -> Window | None:
    """The window the clues point to, over the years they name (±1); None without years."""
    if not years:
        return None
    first = dt.date(max(min(years) - 1, EARLIEST_YEAR), 1, 1)
    last = dt.date(min(max(years) + 1, LATEST_YEAR), 12, 31)
    scores = score_days(clues, first, last)
    best = scores.max()
    if best <= 0:
        return None
    good = np.flatnonzero(scores >= best - 1e-9)
    if good[-1] - good[0] + 1 > AMBIGUOUS_DAYS and np.any(np.diff(good) > 1):
        return None  # equally good readings far apart (another year): nothing to choose by
    start, end = int(good[0]), int(good[-1])
    if end - start + 1 > OPEN_DAYS:
        return None  # the evidence allows over a year: it does not date the text
    lo = first + dt.timedelta(days=start)
    hi = first + dt.timedelta(days=end)
    estimate = lo + dt.timedelta(days=(hi - lo).days // 2)
    if (hi - lo).days + 1 > MAX_DAYS:
        # open on one side: the window is the days nearest the side the evidence bounds,
        # and the estimate a quarter into it (what a text reports is mostly recent)
        if start == 0:
            lo = hi - dt.timedelta(days=MAX_DAYS - 1)
            estimate = hi - dt.timedelta(days=(MAX_DAYS - 1) // 4)
        else:
            hi = lo + dt.timedelta(days=MAX_DAYS - 1)
            estimate = lo + dt.timedelta(days=(MAX_DAYS - 1) // 4)
    far = np.ones(len(scores), dtype=bool)
    far[max(start - RIVAL_DAYS, 0) : end + RIVAL_DAYS + 1] = False
    rival = float(scores[far].max()) if far.any() else 0.0
    return Window(lo, hi, estimate, float(best), rival)

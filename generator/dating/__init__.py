"""Dating an undated article from its own text: an estimate, a window and the evidence.

Every clue the text gives (dates it calls past or scheduled, weekdays that agree with a
date, titles with names of known terms) allows some days, with a weight; the days that
satisfy the most weight make the window (`window`). The caller gets the estimate, the
window and the trail of clues, each saying whether the estimate agrees with it, so that a
person can confirm or correct the date (`articles.<id>.published` in briefing.yml).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Article, DateEvidence, Timex, WeighedDays
from .evidence import Clue, article_texts, plausible_year, timex_clues, title_clues
from .resolve import window_timexes
from .weights import Weights, fitted
from .window import Window, choose_window

DAY_PRECISION_DAYS = 21
"""A window at most this wide gives a day estimate (the anchor for weekdays); wider: month."""
_OPEN_TERM_YEARS = 10
"""An office still held counts this many years into the domain of candidate years."""


@dataclass(frozen=True)
class DateInference:
    """An inferred publication date, the days it may be, and why."""

    published: str
    """`YYYY-MM-DD` or `YYYY-MM`."""
    window: tuple[str, str]
    evidence: tuple[DateEvidence, ...]
    days: WeighedDays = ()
    """The window's candidate days and their likelihood (`likeliest.weighed_days`), when
    the corpus shows its neighbours date it: what relative dates are read against."""


def _explicit_years(timexes: Sequence[Timex]) -> set[int]:
    years = set()
    for t in timexes:
        head = t.value[:4]
        if t.type in ("DATE", "TIME") and head.isdigit() and plausible_year(int(head)):
            years.add(int(head))
    return years


def _clue_years(clues: Sequence[Clue]) -> set[int]:
    years = set()
    for clue in clues:
        for lo, hi in clue.spans:
            years.add(lo.year)
            years.add(min(hi.year, lo.year + _OPEN_TERM_YEARS))
    return years


def _nearest(clue: Clue, day: dt.date) -> tuple[dt.date, dt.date]:
    def distance(span: tuple[dt.date, dt.date]) -> int:
        lo, hi = span
        return 0 if lo <= day <= hi else min(abs((lo - day).days), abs((hi - day).days))

    return min(clue.spans, key=distance)


def _bound(day: dt.date) -> str | None:
    return None if day in (dt.date.min, dt.date.max) else day.isoformat()


def trail(clues: Sequence[Clue], estimate: dt.date) -> tuple[DateEvidence, ...]:
    """Each clue as a person reads it, with the span nearest the estimate."""
    result = []
    for clue in clues:
        lo, hi = _nearest(clue, estimate)
        result.append(
            DateEvidence(
                clue.paragraph,
                clue.text,
                clue.reading,
                _bound(lo),
                _bound(hi),
                clue.weight,
                lo <= estimate <= hi,
            )
        )
    return tuple(result)


def gather_clues(article: Article, timexes: Sequence[Timex]) -> tuple[list[Clue], list[int]] | None:
    """Every clue the text gives, and the years they name (None: no year named)."""
    texts, caption_timexes = article_texts(article)
    all_timexes = [*caption_timexes, *timexes]
    titles = title_clues(texts)
    years = _explicit_years(all_timexes) | _clue_years(titles)
    if not years:
        return None
    every_year = range(min(years) - 1, max(years) + 2)
    return [*timex_clues(all_timexes, texts, every_year), *titles], sorted(years)


def infer_published(
    article: Article, timexes: Sequence[Timex], weights: Weights | None = None
) -> DateInference | None:
    """The publication date the text points to, from timexes found without an anchor.

    None when the text names no year and no dated title (nothing fixes the year), when no
    recency clue agrees with the window (past dates only bound the date from below: the
    article may be years later), or when a reading far from it scores nearly as well.
    """
    gathered = gather_clues(article, timexes)
    if gathered is None:
        return None
    weights = weights or fitted()
    clues = weights.apply(gathered[0])
    window = choose_window(clues, gathered[1])
    if window is None or not pinned(window, clues, weights):
        return None
    return DateInference(
        published=_published(window),
        window=(window.lo.isoformat(), window.hi.isoformat()),
        evidence=trail(clues, window.estimate),
    )


def pinned(window: Window, clues: Sequence[Clue], weights: Weights) -> bool:
    """A recency clue agrees with the window, and no far reading comes within the margin."""
    if window.score - window.rival < weights.margin:
        return False
    return any(
        clue.kind in weights.recent
        and any(lo <= window.hi and window.lo <= hi for lo, hi in clue.spans)
        for clue in clues
    )


def _published(window: Window) -> str:
    if (window.hi - window.lo).days + 1 <= DAY_PRECISION_DAYS:
        return window.estimate.isoformat()
    return window.estimate.isoformat()[:7]


__all__ = [
    "DateInference",
    "Weights",
    "gather_clues",
    "infer_published",
    "pinned",
    "trail",
    "window_timexes",
]

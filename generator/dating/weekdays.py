"""Weekdays a text names, with their tense: on which days of the week it was written.

"On Monday" read without a date names no week, but a text calls a weekday past only soon
after it: in TempEval's news (TBAQ, read part), 95 % of past weekday mentions lie 0 to 3
days before publication. So each mention allows some days of the week for the publication
day (a past Monday: Monday to Thursday); the mentions vote, and the days of the week most of
them allow are the text's weekday evidence. It names no week, so alone it dates nothing: it
narrows a window other evidence gives (the corpus's neighbours, dates the text names) to the
one run of allowed days that evidence prefers, which is what lets "on Monday" resolve to one
day. The reaches per tense and the margin are data (`lang/en/weekday_dating.tsv`), fitted by
`bench/fit_weekday_dating.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..lang import load
from ..models import Timex
from .evidence import Clue, tense_at

WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7]|WE)(?:T.*)?$")
"""A weekday or weekend found without an anchor ("Monday", "Monday night", "this weekend")."""
SATURDAY = 6
"""A weekend is counted from its Saturday."""
NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KIND = "weekday-mentions"
MARGIN_ROW = "block-margin"


@dataclass(frozen=True)
class Reach:
    """How many days after a past weekday (before a coming one) a text is written: `first`
    to `last`, by tense (`weekend-<tense>`: from a weekend's Saturday); a tense missing from
    the table tells nothing (the whole week)."""

    by_tense: tuple[tuple[str, int, int], ...] = (("past", 0, 3),)
    margin: float = 0.75
    """How much better the preferred run of allowed days must score than any other."""

    def gaps(self, key: str) -> tuple[int, int] | None:
        for name, first, last in self.by_tense:
            if name == key and last - first < 6:
                return first, last
        return None


@cache
def fitted_reach() -> Reach:
    """The reaches and margin in the language folder."""
    rows, margin = [], Reach().margin
    for row in load("en", "weekday_dating.tsv"):
        if row[0] == MARGIN_ROW:
            margin = float(row[1])
        else:
            rows.append((row[0], int(row[1]), int(row[2])))
    return Reach(tuple(rows), margin)


@dataclass(frozen=True)
class Mention:
    paragraph: str
    text: str
    weekday: int
    """ISO weekday named (1 Monday … 7 Sunday; a weekend: its Saturday)."""
    tense: str
    """`past`, `future` or `untensed`."""
    weekend: bool = False

    @property
    def key(self) -> str:
        """Its row in the reach table: the tense, `weekend-<tense>` for a weekend."""
        return f"weekend-{self.tense}" if self.weekend else self.tense

    @property
    def name(self) -> str:
        return "weekend" if self.weekend else NAMES[self.weekday - 1]


def mentions(timexes: Sequence[Timex], texts: dict[str, str]) -> list[Mention]:
    """The weekdays among timexes found without an anchor, each with its clause's tense."""
    found = []
    for t in timexes:
        match = WEEKDAY_VALUE.match(t.value)
        text = texts.get(t.paragraph)
        if match and text is not None:
            tense = tense_at(text, t.start, t.end) or "untensed"
            weekend = match.group(1) == "WE"
            day = SATURDAY if weekend else int(match.group(1))
            found.append(Mention(t.paragraph, t.text, day, tense, weekend))
    return found


def mention_days(mention: Mention, reach: Reach) -> frozenset[int] | None:
    """The days of the week the publication day may be on, by this mention (None: any)."""
    gaps = reach.gaps(mention.key)
    if gaps is None:
        return None
    sign = 1 if mention.tense == "past" else -1
    return frozenset((mention.weekday - 1 + sign * g) % 7 + 1 for g in range(gaps[0], gaps[1] + 1))


PAIR_MAX_GAP = 5
"""A past weekday and one to come at most this many days after it bound the publication day
between them; further apart (or the same weekday) they say no more than each alone."""


def pair_days(past: Mention, coming: Mention) -> frozenset[int] | None:
    """The days from a weekday called past to the next one called to come, both included:
    "talks opened on Monday … a statement is expected on Tuesday" is written on the Monday or
    the Tuesday. On the read parts (TBAQ, htmldate-pages, CoNLL-2003 datelines), 26 of 27 such
    pairs hold the true day of the week; None for weekends and pairs too far apart."""
    if past.weekend or coming.weekend or past.tense != "past" or coming.tense != "future":
        return None
    gap = (coming.weekday - past.weekday) % 7
    if not 1 <= gap <= PAIR_MAX_GAP:
        return None
    return frozenset((past.weekday - 1 + g) % 7 + 1 for g in range(gap + 1))


def voted_days(found: Sequence[Mention], reach: Reach) -> frozenset[int] | None:
    """The days of the week allowed by the most votes (each telling mention, and each pair
    of a past and a coming weekday, `pair_days`); None when no mention says anything."""
    votes: Counter[int] = Counter()
    telling = 0
    ballots = [mention_days(m, reach) for m in found]
    ballots += [pair_days(a, b) for a in found for b in found]
    for days in ballots:
        if days is not None:
            telling += 1
            votes.update(days)
    if not telling:
        return None
    top = max(votes.values())
    return frozenset(d for d, n in votes.items() if n == top)


def describe(found: Sequence[Mention], days: frozenset[int]) -> str:
    """The reading a person checks: what was named, and the days of the week it allows."""
    named = sorted({(m.weekend, m.weekday, m.name, m.tense) for m in found})
    said = ", ".join(f"{n} ({'to come' if t == 'future' else t})" for _, _, n, t in named)
    allowed = ", ".join(NAMES[d - 1] for d in sorted(days))
    return f"weekdays named: {said}; published on a {allowed}"


def allowed_mask(days: frozenset[int], first: dt.date, size: int) -> np.ndarray:
    """For each of `size` days from `first`: is its day of the week among `days`."""
    weekday = first.isoweekday()
    return np.array([(weekday - 1 + i) % 7 + 1 in days for i in range(size)], dtype=bool)


def weekday_clue(
    found: Sequence[Mention], days: frozenset[int], first: dt.date, mask: np.ndarray
) -> Clue:
    """The evidence as a clue: one span per run of allowed days (`mask`, from `first`)."""
    spans = tuple(
        (first + dt.timedelta(days=a), first + dt.timedelta(days=b))
        for a, b in blocks_of(0, len(mask) - 1, mask)
    )
    head = found[0]
    return Clue(head.paragraph, head.text, describe(found, days), spans, 0.0, KIND)


def blocks_of(start: int, end: int, allowed: np.ndarray) -> list[tuple[int, int]]:
    """The runs of allowed days within `start`…`end`."""
    blocks: list[tuple[int, int]] = []
    i = start
    while i <= end:
        if allowed[i]:
            j = i
            while j + 1 <= end and allowed[j + 1]:
                j += 1
            blocks.append((i, j))
            i = j
        i += 1
    return blocks


def narrow(
    scores: np.ndarray,
    run: tuple[int, int],
    allowed: np.ndarray,
    margin: float,
) -> tuple[int, int]:
    """Within the run, the one run of allowed days whose best score beats every other run's
    by `margin`; the run itself when no run of allowed days stands out."""
    start, end = run
    blocks = blocks_of(start, end, allowed)
    if not blocks:
        return start, end
    ranked = sorted(blocks, key=lambda b: -float(scores[b[0] : b[1] + 1].max()))
    best = float(scores[ranked[0][0] : ranked[0][1] + 1].max())
    if len(ranked) > 1 and float(scores[ranked[1][0] : ranked[1][1] + 1].max()) > best - margin:
        return start, end
    return ranked[0]

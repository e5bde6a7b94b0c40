"""Narrowing a corpus window by likelihood: each cue a fitted distribution of days.

The corpus method's window (`corpus.infer_near`) is the run of days the step scores allow;
inside it every day is equally good, so "on Monday" in a 16-day window names two Mondays.
Each cue says more than a step can: a dated neighbour makes days near its date likelier
(how much, by the days from it: fitted), a weekday called past makes the days just after
it likelier, one to come the days just before it (by the gap: fitted). Over the window's
days these multiply (the neighbours as one mixture, weighted by similarity); the window
given is the span of the fewest likeliest days that hold `share` of the likelihood. A
weekday then reads to one day when the narrowed window holds one such weekday. Every
distribution and the share are data (`lang/en/window_likelihood.tsv`), fitted on the read
parts by `bench/fit_window_likelihood.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from ..lang import load

WEEK = 7
TENSES = ("past", "future", "untensed")


@dataclass(frozen=True)
class Likelihood:
    """Fitted probabilities: days from a neighbour's date (index 0 is `-reach` days), gaps
    from a weekday by tense (0 to 6 days), and the share of likelihood the window holds."""

    reach: int = 0
    neighbour: tuple[float, ...] = (1.0,)
    gaps: tuple[tuple[str, tuple[float, ...]], ...] = ()
    share: float = 1.0
    min_within: float = 0.5
    """Share of a corpus's neighbour offsets that must lie within the reach (`adapted`)."""
    strength: float = 0.0
    """How many dated articles' worth the fitted neighbour law counts against the corpus's
    own (`adapted`); 0: the corpus's own alone."""
    temperature: float = 0.0
    """How much a point of the step score (`window.score_days`) multiplies a day's
    likelihood (`exp(temperature * (score - best))`); 0: only the run's days count."""
    reading_share: float = 1.0
    """Share of the likelihood whose days must read a relative date alike for that reading
    to be kept (`likeliest.settled_value`); 1: only a reading every day gives."""

    def gap(self, tense: str) -> tuple[float, ...] | None:
        for name, probabilities in self.gaps:
            if name == tense:
                return probabilities
        return None

    def offset(self, days: int) -> float:
        """Probability that publication is `days` after a neighbour's date (0 outside)."""
        index = days + self.reach
        return self.neighbour[index] if 0 <= index < len(self.neighbour) else 0.0


@cache
def fitted_likelihood() -> Likelihood:
    """The distributions in the language folder (rows: `neighbour <offset> <p>`,
    `<tense> <gap> <p>`, `share <value>`, `temperature <value>`, `reading-share <value>`)."""
    neighbour: dict[int, float] = {}
    gaps: dict[str, dict[int, float]] = {}
    share, temperature, strength, min_within, reading = 1.0, 0.0, 0.0, 0.5, 1.0
    for row in load("en", "window_likelihood.tsv"):
        if row[0] == "share":
            share = float(row[1])
        elif row[0] == "reading-share":
            reading = float(row[1])
        elif row[0] == "temperature":
            temperature = float(row[1])
        elif row[0] == "strength":
            strength = float(row[1])
        elif row[0] == "min-within":
            min_within = float(row[1])
        elif row[0] == "neighbour":
            neighbour[int(row[1])] = float(row[2])
        else:
            gaps.setdefault(row[0], {})[int(row[1])] = float(row[2])
    reach = max((abs(k) for k in neighbour), default=0)
    table = tuple(neighbour.get(k, 0.0) for k in range(-reach, reach + 1))
    by_tense = tuple(
        (tense, tuple(found.get(g, 0.0) for g in range(WEEK)))
        for tense, found in sorted(gaps.items())
    )
    return Likelihood(reach, table, by_tense, share, min_within, strength, temperature, reading)


def two_sided(counts: Mapping[int, float], reach: int) -> tuple[float, ...]:
    """Probabilities of -reach … reach days: a geometric law on each side of day 0 (day 0
    on the side after), each side's share and mean distance those of `counts` (maximum
    likelihood); smooth where the counts are few and noisy."""
    total = sum(n for k, n in counts.items() if abs(k) <= reach) or 1.0
    raw: dict[int, float] = {}
    for after in (True, False):
        side = {k: n for k, n in counts.items() if (k >= 0) == after and abs(k) <= reach}
        first = 0 if after else 1
        mass = sum(side.values())
        mean = sum((abs(k) - first) * n for k, n in side.items()) / mass if mass else 1.0
        # rounded: a corpus that changes a little keeps the same law (and kept results)
        rate, share = round(1.0 / (1.0 + max(mean, 0.1)), 2), round(mass / total, 2)
        for k in range(-reach, reach + 1):
            if (k >= 0) == after:
                raw[k] = share * rate * (1.0 - rate) ** (abs(k) - first)
    norm = sum(raw.values()) or 1.0
    return tuple(raw[k] / norm for k in range(-reach, reach + 1))


def adapted(fitted: Likelihood, offsets: Mapping[int, float], strength: float) -> Likelihood:
    """The neighbour law refitted on this corpus: `offsets` (days from each dated article's
    neighbours to its own date, weighted) added to `strength` articles' worth of the
    fitted law. A corpus of one story spread over weeks and a wire of same-day reports
    differ; the dated articles show which this one is. When they do not show that their
    neighbours date them (less than `min_within` of the offsets within the reach, or none:
    a mixed folder), nothing is narrowed (share 1)."""
    total = sum(offsets.values())
    within = sum(n for k, n in offsets.items() if abs(k) <= fitted.reach)
    if not fitted.reach or not total or within < fitted.min_within * total:
        return replace(fitted, share=1.0)
    ks = range(-fitted.reach, fitted.reach + 1)
    counts = {k: strength * p for k, p in zip(ks, fitted.neighbour, strict=True)}
    for k, n in offsets.items():
        if abs(k) <= fitted.reach:
            counts[k] = counts.get(k, 0.0) + n
    return replace(fitted, neighbour=two_sided(counts, fitted.reach))


@dataclass(frozen=True)
class Cue:
    """A weekday named: its ISO day (a weekend: Saturday) and its clause's tense."""

    weekday: int
    tense: str


def day_likelihood(
    days: Sequence[dt.date],
    neighbours: Sequence[tuple[dt.date, float]],
    cues: Sequence[Cue],
    fitted: Likelihood,
    scores: np.ndarray | None = None,
) -> np.ndarray:
    """Each day's likelihood, normalised over `days`: the neighbours' mixture (date,
    weight) times each distinct weekday cue's gap probability, times the step `scores`'
    factor when given; uniform when all are 0."""
    values = np.ones(len(days))
    if scores is not None:
        values = np.exp(fitted.temperature * (scores - float(np.max(scores))))
    if neighbours and fitted.reach:
        total = sum(w for _, w in neighbours) or 1.0
        values = values * np.array(
            [sum(w / total * fitted.offset((d - n).days) for n, w in neighbours) for d in days]
        )
    for cue in sorted(set(cues), key=lambda c: (c.weekday, c.tense)):
        table = fitted.gap(cue.tense)
        if table is None:
            continue
        values = values * np.array([table[_gap(d.isoweekday(), cue)] for d in days])
    mass = float(values.sum())
    if mass <= 0:
        return np.full(len(days), 1.0 / len(days))
    return values / mass


def _gap(day: int, cue: Cue) -> int:
    """Days from the weekday to the day (past, untensed), or from the day to it (to come)."""
    coming = cue.tense.endswith("future")
    return (cue.weekday - day) % WEEK if coming else (day - cue.weekday) % WEEK


def likeliest_span(probabilities: np.ndarray, share: float) -> tuple[int, int]:
    """First and last index of the fewest likeliest days holding `share` of the total
    (ties: the earlier day first, so the same input gives the same span)."""
    order = sorted(range(len(probabilities)), key=lambda i: (-float(probabilities[i]), i))
    held, chosen = 0.0, []
    for i in order:
        chosen.append(i)
        held += float(probabilities[i])
        if held >= share - 1e-9:
            break
    return min(chosen), max(chosen)

"""The publication day as a vote among independent sources.

htmldate's answer (run as the library alone runs, `generator.clean.html_dates`; else
trafilatura's call of it) is the library's word; the day the page's structured metadata
declares, our text dateline, the URL's date and the page's last date line are evidence
beside it.
Sources within a day of each other support each other (a machine timestamp in UTC often
falls a day off the day the page prints in its own zone); the best-supported day wins, and
among equally supported days a plain printed dateline (the day in the page's own zone) wins
over a timestamp. The weights are data (`generator/data/
published_weights.json`), fitted on the read part of the suite by `bench/fit_published.py`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "published_weights.json"

KINDS = (
    "page", "page-year", "declared", "page-strict", "text", "text-labelled", "text-ambiguous",
    "text-sentence", "url", "tail",
)  # fmt: skip
"""Every source kind: the page's metadata date (htmldate); the same when it is 1 January
(htmldate's reading of a bare year, often a copyright line); the day its structured metadata
declares; htmldate's day from the page's markup alone (no free-text search); a plain text
dateline; a printed line labelled as the publication ("Published: 7 April 2020"); a dateline
whose day/month order was guessed; a date inside a sentence; the URL's date; a date line
after the article."""

LOCAL_DAY_ORDER = (
    "text", "text-labelled", "page", "page-year", "declared", "page-strict", "text-ambiguous",
    "text-sentence", "url", "tail",
)  # fmt: skip
"""Which source's day to keep among equally supported ones: a plain printed dateline, or a
printed line labelled as the publication, states the local day (a timestamp may be in UTC), a date in a sentence may be an event; without
the page's date, the old precedence (dateline, URL, trailing line)."""


@dataclass(frozen=True)
class Candidate:
    """One source's reading of the publication day."""

    value: str
    """`YYYY-MM-DD`."""
    kind: str
    """One of `KINDS`."""


@cache
def load_weights(path: Path = _WEIGHTS) -> dict[str, float]:
    """Each kind's weight (a kind the file lacks counts 0: it never wins alone)."""
    data = json.loads(path.read_text("utf-8"))
    return {kind: float(data.get(kind, 0.0)) for kind in KINDS}


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def _support(candidate: Candidate, others: tuple[Candidate, ...], weights: dict[str, float]):
    """The weight of every source within a day of this one (itself included)."""
    day = _day(candidate.value)
    return sum(weights[o.kind] for o in others if abs((_day(o.value) - day).days) <= 1)


def vote(candidates: tuple[Candidate, ...], weights: dict[str, float]) -> Candidate | None:
    """The best-supported candidate; ties go to the source that states the local day,
    then to the earlier day (publication before modification)."""
    usable = tuple(c for c in candidates if weights.get(c.kind, 0.0) > 0)
    if not usable:
        return None

    def rank(c: Candidate) -> tuple[float, int, str]:
        support = round(_support(c, usable, weights), 6)
        return (-support, LOCAL_DAY_ORDER.index(c.kind), c.value)

    return min(usable, key=rank)

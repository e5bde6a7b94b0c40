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
    "page", "declared", "page-strict", "text", "text-labelled", "text-ambiguous",
    "text-sentence", "url", "tail", "declared-local",
)  # fmt: skip
"""Every source kind: the page's metadata date (htmldate); the day its structured metadata
declares; htmldate's day from the page's markup alone (no free-text search); a plain text
dateline; a printed line labelled as the publication ("Published: 7 April 2020"); a dateline
whose day/month order was guessed; a date inside a sentence; the URL's date; a date line
after the article; the declared UTC time's day in the page's own zone, where it differs.
(htmldate's 1 January as a kind of its own, and a date printed in a byline line, were kinds
once: cross-validated on the read part, neither gained a day, `bench/published_cv.py`.)"""

PRECEDENCE = (
    "text", "page", "declared", "page-strict", "text-labelled", "text-ambiguous",
    "text-sentence", "url", "tail", "declared-local",
)  # fmt: skip
"""Which source's day to keep among equally supported days far apart: a plain printed
dateline, then the library and structured metadata before a labelled line or a guess;
without the page's date, the old precedence (dateline, URL, trailing line)."""
LOCAL_DAY_ORDER = (
    "declared-local", "text", "text-labelled", "page", "declared", "page-strict",
    "text-ambiguous", "text-sentence", "url", "tail",
)  # fmt: skip
"""Which day to keep among tied days a day apart: the declared time moved into the zone the
page itself states, or a printed line, a plain dateline or one labelled as the publication,
states the page's local day (a timestamp may be in UTC); a date in a sentence may be an
event."""


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


def _rank(order: tuple[str, ...], kind: str) -> int:
    """A kind's place in a tie order; a kind the order does not name (one on trial in
    `bench/published_trial.py`) comes after every named one."""
    return order.index(kind) if kind in order else len(order)


def vote(candidates: tuple[Candidate, ...], weights: dict[str, float]) -> Candidate | None:
    """The best-supported candidate; among tied ones, by `PRECEDENCE`, then the earlier day
    (publication before modification); among those tied with it a day apart, the one that
    states the local day (`LOCAL_DAY_ORDER`)."""
    usable = tuple(c for c in candidates if weights.get(c.kind, 0.0) > 0)
    if not usable:
        return None
    support = {c: round(_support(c, usable, weights), 6) for c in usable}
    best = min(usable, key=lambda c: (-support[c], _rank(PRECEDENCE, c.kind), c.value))
    near = (
        c
        for c in usable
        if support[c] == support[best] and abs((_day(c.value) - _day(best.value)).days) <= 1
    )
    return min(near, key=lambda c: (_rank(LOCAL_DAY_ORDER, c.kind), c.value))

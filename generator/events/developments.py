"""Which events the site puts forward: the most important first, the latest developments,
the main events. Pure functions over the scores of `importance.event_importance`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ..dating.resolve import calendar_span
from ..models import Event
from .importance import MAIN

LATEST = 6
"""Events under "Latest developments"."""
RECENT_DAYS = 28
"""The last weeks of a corpus: past events starting this close to its newest past event."""


def ranked(events: Iterable[Event], scores: Mapping[str, float]) -> list[Event]:
    """Most important first; ties newest first, then by id."""
    by_date = sorted(events, key=lambda e: (e.date, e.id), reverse=True)
    return sorted(by_date, key=lambda e: -scores.get(e.id, 0.0))


def _first_day(date: str) -> dt.date | None:
    span = calendar_span(date)
    return span[0] if span else None


def latest_developments(
    events: Iterable[Event],
    scores: Mapping[str, float],
    limit: int = LATEST,
    threshold: float = MAIN,
) -> list[Event]:
    """What "Latest developments" shows, newest first: the most important past events of
    the corpus's last weeks (starting at most `RECENT_DAYS` before the newest past event
    starts: "2017" is not recent in May 2017), then, while there is room, the older main
    events newest first, then the other recent events, then the other older ones."""
    past = [e for e in events if e.kind == "past"]
    days = {e.id: _first_day(e.date) for e in past}
    known = [d for d in days.values() if d is not None]
    if not known:
        return []
    since = max(known) - dt.timedelta(days=RECENT_DAYS)
    recent = {e.id for e in past if (days[e.id] or dt.date.min) >= since}
    newest = sorted(past, key=lambda e: (e.date, e.id), reverse=True)
    by_score = ranked(past, scores)
    main = {e.id for e in past if scores.get(e.id, 0.0) >= threshold}
    tiers = (
        [e for e in by_score if e.id in recent and e.id in main],
        [e for e in newest if e.id not in recent and e.id in main],
        [e for e in by_score if e.id in recent and e.id not in main],
        [e for e in newest if e.id not in recent and e.id not in main],
    )
    chosen = [e for tier in tiers for e in tier][:limit]
    return sorted(chosen, key=lambda e: (e.date, e.id), reverse=True)


def main_events(scores: Mapping[str, float], threshold: float = MAIN) -> frozenset[str]:
    """The ids of the events important enough to be marked as main events."""
    return frozenset(event_id for event_id, score in scores.items() if score >= threshold)

"""The curation of `briefing.yml` `events:`: drop, correct or add events by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import Event
from ..settings.config import EventCuration
from .dates import date_precision


def _added(curation: EventCuration, date: str, summary: str) -> Event:
    """A new event from a curation that gives both `date` and `summary`."""
    return Event(
        id=curation.id,
        date=date,
        precision=date_precision(date),
        kind=curation.kind or "past",
        summary=summary,
        actors=tuple(sorted(curation.actors or ())),
        sources=(),
        place=curation.place,
    )


def _corrected(event: Event, curation: EventCuration) -> Event:
    """The event with the fields the curation sets."""
    changes: dict[str, object] = {}
    if curation.date:
        changes["date"] = curation.date
        changes["precision"] = date_precision(curation.date)
    if curation.summary:
        changes["summary"] = curation.summary
    if curation.kind:
        changes["kind"] = curation.kind
    if curation.actors is not None:
        changes["actors"] = tuple(sorted(curation.actors))
    if curation.place:
        changes["place"] = curation.place
    return replace(event, **changes)


def apply_curations(
    events: list[Event], curations: Sequence[EventCuration]
) -> tuple[list[Event], list[str]]:
    """The events after the curations, in id order of the curations applied, and the
    problems (a drop or correction of an id no event has)."""
    by_id = {event.id: event for event in events}
    problems = []
    for curation in sorted(curations, key=lambda c: c.id):
        event = by_id.get(curation.id)
        if event is None:
            if curation.drop:
                problems.append(f"events.{curation.id}: no event with this id to drop")
                continue
            if not (curation.date and curation.summary):
                problems.append(
                    f"events.{curation.id}: no extracted event with this id "
                    "(to add one, give both date and summary)"
                )
                continue
            by_id[curation.id] = _added(curation, curation.date, curation.summary)
            continue
        if curation.drop:
            del by_id[curation.id]
            continue
        by_id[curation.id] = _corrected(event, curation)
    return list(by_id.values()), problems

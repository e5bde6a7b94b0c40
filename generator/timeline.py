"""The events stage under its old name: `pipeline`, `link` and `render` import it from here.

Everything lives in the `generator.events` package; this module only re-exports its public
names, so that modules written against `generator.timeline` need no change.
"""

from __future__ import annotations

from .events import (
    MARKER_REACH,
    MAX_SUMMARY_WORDS,
    MERGE_THRESHOLD,
    SENTENCE_REACH,
    DatedClause,
    date_precision,
    dated_clauses,
    dates_compatible,
    event_date,
    event_kind,
    extract_events,
    independent_sources,
    merge_events,
    same_day_same_thing,
    similarity,
    with_actors,
)

__all__ = [
    "MARKER_REACH",
    "MAX_SUMMARY_WORDS",
    "MERGE_THRESHOLD",
    "SENTENCE_REACH",
    "DatedClause",
    "date_precision",
    "dated_clauses",
    "dates_compatible",
    "event_date",
    "event_kind",
    "extract_events",
    "independent_sources",
    "merge_events",
    "same_day_same_thing",
    "similarity",
    "with_actors",
]

"""Events: statements that something happened, is scheduled or is projected at a known time.

The stage in modules: `dates` (the date an event can be given), `clauses` (the clause of a
sentence a date belongs to), `summary` (its words and id), `kind` (past, scheduled or
projected), `eventness` (whether the clause tells an event at all: not a date qualifying
a noun, a statistic, a citation, an aside), `places`, `extract` (one article's dated
clauses, then their actors), `compare`, `pairs` and `merge` (one timeline from all
articles), `curate` (the `briefing.yml` `events:` corrections). Its words are `words`, read from `generator/lang/en/`.
"""

from __future__ import annotations

from .clauses import MAX_SUMMARY_WORDS, SENTENCE_REACH
from .dates import date_precision, dates_compatible, event_date
from .extract import DatedClause, dated_clauses, extract_events, with_actors
from .kind import MARKER_REACH, event_kind
from .merge import MERGE_THRESHOLD, independent_sources, merge_events

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
    "with_actors",
]

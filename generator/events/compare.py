"""What two reported events are compared by: key terms, names, actors, event nouns, place.

What is read of each event is worked out once per event (`Features`), not once per pair:
merging compares 20,000 candidate pairs on 660 articles. How much evidence two reports
of different articles give is `evidence`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from ..models import Event
from .dates import dates_compatible
from .words import EVENT_NOUNS, STOPWORDS, WORD


@functools.lru_cache(maxsize=65536)
def _summary_terms(summary: str) -> frozenset[str]:
    """Content words of a summary; cached, since `similarity` asks again for every pair."""
    words = (w.lower().strip("'’-") for w in WORD.findall(summary))
    return frozenset(
        w[:-1] if w.endswith("s") and len(w) > 4 else w
        for w in words
        if w not in STOPWORDS and len(w) > 2 and not w.isdigit()
    )


_POSSESSIVE = re.compile(r"['’]s?$")
_CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")


@functools.lru_cache(maxsize=65536)
def _summary_names(summary: str) -> frozenset[str]:
    """The names a summary holds ("New York Stock Exchange", "BellSouth"), each one key,
    case-folded; capitalised stopwords, months and weekdays ("In", "Friday") left out. A
    sentence's first word may be none ("Peace talks"): `evidence` lets the other report's
    words meet it."""
    names = set()
    for match in _CAPITALISED.finditer(summary):
        words = [w for w in match.group().split() if w.lower().strip(".'’") not in STOPWORDS]
        if words:
            names.add(_POSSESSIVE.sub("", " ".join(words).casefold().rstrip(".")))
    return frozenset(names)


@functools.lru_cache(maxsize=65536)
def with_parts(terms: frozenset[str]) -> frozenset[str]:
    """Terms and the parts of hyphened ones: "Geneva-based" says "Geneva"."""
    return terms | frozenset(p for t in terms for p in t.split("-") if len(p) > 2)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared items over the smaller set's size; 0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@functools.lru_cache(maxsize=65536)
def _summary_event_nouns(summary: str) -> frozenset[str]:
    words = (w.lower().strip("'’") for w in WORD.findall(summary))
    return frozenset(EVENT_NOUNS[w] for w in words if w in EVENT_NOUNS)


def _place_key(event: Event) -> str | None:
    return event.place.split(",")[0].strip().casefold() if event.place else None


class Features(NamedTuple):
    """What `similarity` reads of one event."""

    date: str
    day: bool
    """Day precision."""
    place: str | None
    """The place's first name, case-folded."""
    nouns: frozenset[str]
    actors: frozenset[str]
    terms: frozenset[str]
    names: frozenset[str] = frozenset()
    """The names the summary holds: who or what it is about."""


SummaryParts = tuple[frozenset[str], frozenset[str], frozenset[str]]
"""What a summary alone gives: its event nouns, its key terms, its names."""


def summary_parts(summary: str) -> SummaryParts:
    """A summary's event nouns, key terms and names (what merging reads of its words)."""
    return _summary_event_nouns(summary), _summary_terms(summary), _summary_names(summary)


def features(event: Event, parts: Callable[[str], SummaryParts] = summary_parts) -> Features:
    """The features of one event, worked out once; `parts`: its summary's (kept or not)."""
    nouns, terms, names = parts(event.summary)
    return Features(
        event.date,
        event.precision == "day",
        _place_key(event),
        nouns,
        frozenset(event.actors),
        terms,
        names,
    )


def same_article_similarity(a: Features, b: Features) -> float:
    """Two dated clauses of one article: one event only when they use the same key terms.
    Shared actors, places and event nouns are no evidence here: one article names the same
    actors and the same kind of thing for every event of its day ("strikes on Yemen on
    Thursday" and "a day earlier, the Security Council demanded an end to the attacks")."""
    if not dates_compatible(a.date, b.date):
        return 0.0
    return overlap(a.terms, b.terms)


def shared_keys(event: Features) -> list[tuple[str, str]]:
    """What two events must have in common to score above zero: a term (or a hyphened
    term's part) or an actor (what `evidence` weighs), or, for a day, an event noun or a
    place."""
    keys = [("term", t) for t in with_parts(event.terms)] + [("actor", a) for a in event.actors]
    if event.day:
        keys += [("noun", n) for n in event.nouns]
        if event.place:
            keys.append(("place", event.place))
    return keys

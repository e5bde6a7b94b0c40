"""What changed since the previous build: a small summary of each build's briefing, kept
beside the article cache, and the differences between two summaries.

The file holds the summary of the latest build (`current`) and the one it is compared with
(`previous`). A rebuild of the same articles (a new generator, a touched docs folder) keeps
comparing with the same previous build, so its "what changed" page does not empty itself;
a build with other articles makes the latest build the previous one. Reading and writing
are the only I/O here; the rest are pure functions of summaries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cache import write_whole
from ..models import Briefing

HISTORY_FILE = "history.json"
FORMAT = 1
PROMINENT = 10
"""An actor among this many most salient is prominent."""


@dataclass(frozen=True)
class EventChange:
    """An event both builds have, whose date or sources moved."""

    event: str
    old_date: str
    new_date: str
    added_sources: tuple[str, ...]
    """Article ids that report it now and did not before."""
    removed_sources: tuple[str, ...]


@dataclass(frozen=True)
class Changes:
    """The differences between the previous build's briefing and this one."""

    first_build: bool
    """True when there is no previous build to compare with."""
    new_articles: tuple[str, ...] = ()
    removed_articles: tuple[str, ...] = ()
    """Titles of the articles gone (they have no page any more)."""
    corrected_articles: tuple[str, ...] = ()
    new_actors: tuple[str, ...] = ()
    newly_prominent: tuple[str, ...] = ()
    new_events: tuple[str, ...] = ()
    changed_events: tuple[EventChange, ...] = ()


NO_PREVIOUS = Changes(first_build=True)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def summarise(briefing: Briefing) -> dict[str, Any]:
    """The little a later build needs to say what changed: articles with a digest of their
    text and metadata, actors with their rank by salience, events with their sources."""
    ranked = sorted(briefing.actors, key=lambda a: (-a.salience, a.name, a.id))
    return {
        "format": FORMAT,
        "articles": {
            a.id: {
                "title": a.title,
                "digest": _digest(a.title, a.published or "", *(p.text for p in a.paragraphs)),
            }
            for a in briefing.articles
        },
        "actors": {a.id: {"name": a.name, "rank": i + 1} for i, a in enumerate(ranked)},
        "events": {
            e.id: {
                "date": e.date,
                "reports": sorted({_digest(s.article, s.text) for s in e.sources}),
                "articles": sorted({s.article for s in e.sources}),
            }
            for e in briefing.events
        },
    }


def baseline(saved: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, Any] | None:
    """The summary this build compares with: the saved previous one when the articles are
    the same as at the latest build, else the latest build's."""
    if not saved or saved.get("format") != FORMAT or not isinstance(saved.get("current"), dict):
        return None
    if saved["current"].get("articles") == current["articles"]:
        previous = saved.get("previous")
        return previous if isinstance(previous, dict) else None
    return saved["current"]


def _event_matches(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """New event id → old event id: the same id, else a shared report (article, sentence)."""
    by_report = {}
    for old_id in sorted(old):
        for report in old[old_id]["reports"]:
            by_report.setdefault(report, old_id)
    matches = {}
    for new_id in sorted(new):
        if new_id in old:
            matches[new_id] = new_id
            continue
        shared = sorted({by_report[r] for r in new[new_id]["reports"] if r in by_report})
        if shared:
            matches[new_id] = shared[0]
    return matches


def compare(previous: dict[str, Any] | None, current: dict[str, Any]) -> Changes:
    """What changed from `previous` to `current` (NO_PREVIOUS when there is no previous)."""
    if previous is None:
        return NO_PREVIOUS
    old_articles, new_articles = previous["articles"], current["articles"]
    old_actors, new_actors = previous["actors"], current["actors"]
    old_events, new_events = previous["events"], current["events"]
    matches = _event_matches(old_events, new_events)
    changed = []
    for new_id, old_id in sorted(matches.items()):
        old, new = old_events[old_id], new_events[new_id]
        added = sorted(set(new["articles"]) - set(old["articles"]))
        removed = sorted(set(old["articles"]) - set(new["articles"]))
        if old["date"] != new["date"] or added or removed:
            changed.append(
                EventChange(new_id, old["date"], new["date"], tuple(added), tuple(removed))
            )
    return Changes(
        first_build=False,
        new_articles=tuple(sorted(set(new_articles) - set(old_articles))),
        removed_articles=tuple(
            sorted(old_articles[a]["title"] for a in set(old_articles) - set(new_articles))
        ),
        corrected_articles=tuple(
            sorted(
                a
                for a in set(new_articles) & set(old_articles)
                if new_articles[a]["digest"] != old_articles[a]["digest"]
            )
        ),
        new_actors=tuple(sorted(set(new_actors) - set(old_actors))),
        newly_prominent=tuple(
            sorted(
                a
                for a, info in new_actors.items()
                if a in old_actors and info["rank"] <= PROMINENT < old_actors[a]["rank"]
            )
        ),
        new_events=tuple(sorted(set(new_events) - set(matches))),
        changed_events=tuple(changed),
    )


def load(folder: Path) -> dict[str, Any] | None:
    """The saved history, or None when there is none or it cannot be read (a first build)."""
    try:
        data = json.loads((folder / HISTORY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def record(current: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
    """What to save after a build."""
    return {"format": FORMAT, "current": current, "previous": previous}


def save(folder: Path, data: dict[str, Any]) -> None:
    """Write the history atomically; a history that cannot be written only loses the
    comparison for the next build."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    write_whole(folder / HISTORY_FILE, text.encode("utf-8"))

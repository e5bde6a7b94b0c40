"""The "What changed" page: what this build has that the previous one did not."""

from __future__ import annotations

from ..findings.history import Changes
from ..models import Briefing
from .common import Linker, front_matter, human_date
from .inferred import event_mark
from .paths import SitePaths
from .safe import fragment, md

PAGE = "changes.md"


def updated_line(changes: Changes, linker: Linker) -> str:
    """The overview's line: `updated: N new articles`, linked to the page."""
    if changes.first_build:
        return f"[What changed]({linker.to(PAGE)}): first build, no previous one to compare with.\n"
    count = len(changes.new_articles)
    noun = "article" if count == 1 else "articles"
    return f"**Updated:** [{count} new {noun}]({linker.to(PAGE)}) since the previous build.\n"


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    return [f"## {title}\n", *(f"- {item}" for item in items), ""]


def changes_page(briefing: Briefing, paths: SitePaths, changes: Changes) -> str:
    linker = Linker(briefing, paths, PAGE)
    out = [front_matter(title="What changed"), "# What changed\n"]
    if changes.first_build:
        out.append("This is the first build: there is no previous build to compare with.\n")
        return "\n".join(out)
    events = {e.id: e for e in briefing.events}

    def event(event_id: str) -> str:
        e = events[event_id]
        target = f"{linker.to(linker.timeline_page(e))}#{fragment(e.id)}"
        mark = event_mark(e, linker.about)
        return f"[{md(e.summary)}]({target}) ({human_date(e.date)}{mark})"

    def moved(change) -> str:
        parts = []
        if change.old_date != change.new_date:
            parts.append(f"date {human_date(change.old_date)} → {human_date(change.new_date)}")
        if change.added_sources:
            parts.append(
                "new sources: " + ", ".join(linker.article(a) for a in change.added_sources)
            )
        if change.removed_sources:
            parts.append(f"{len(change.removed_sources)} source(s) gone")
        return f"{event(change.event)}: {'; '.join(parts)}"

    sections = [
        ("New articles", [linker.article(a) for a in changes.new_articles]),
        ("Corrected articles", [linker.article(a) for a in changes.corrected_articles]),
        ("Removed articles", [md(title) for title in changes.removed_articles]),
        ("New actors", [linker.actor(a) for a in changes.new_actors]),
        ("Newly prominent actors", [linker.actor(a) for a in changes.newly_prominent]),
        ("New events", [event(e) for e in changes.new_events]),
        ("Events whose date or sources changed", [moved(c) for c in changes.changed_events]),
    ]
    body = [line for title, items in sections for line in _section(title, items)]
    out.append("Since the previous build of this briefing:\n")
    out.extend(body or ["Nothing changed in the articles, actors or events.\n"])
    return "\n".join(out).rstrip() + "\n"

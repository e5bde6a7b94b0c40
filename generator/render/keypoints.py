"""The key points: the overview's opening list, and their entry in the export."""

from __future__ import annotations

from typing import Any

from ..findings.keypoints import KeyPoint
from .common import Linker
from .safe import md

ABOUT_LINES = (
    "**Key points** are sentences copied from the articles, never rewritten: recent news "
    "first, then what is expected, then background.",
    "Each adds events several articles report (copies count once) or prominent actors not yet "
    "covered, repeats no point, names its subject.",
)
"""How the points are chosen, in the issue's two lines (a Markdown line break between)."""
ABOUT = "  \n".join(ABOUT_LINES) + "\n"


def _source_links(point: KeyPoint, linker: Linker) -> str:
    links = [
        linker.paragraph(
            s.article, s.paragraph, f"{linker.publication(s.article)} ¶{s.paragraph.lstrip('p')}"
        )
        for s in point.sources
    ]
    count = f"{len(point.sources)} sources: " if len(point.sources) > 1 else ""
    return f"{count}{', '.join(links)}"


def key_points_section(points: tuple[KeyPoint, ...], linker: Linker) -> str:
    """A numbered list of the points, each with its source paragraphs."""
    if not points:
        return ""
    lines = ["## Key points\n"]
    for number, point in enumerate(points, 1):
        lines.append(
            f'{number}. <span class="key-point">{md(point.text)}</span> '
            f"({_source_links(point, linker)})"
        )
    return "\n".join(lines) + "\n"


def key_points_data(points: tuple[KeyPoint, ...]) -> list[dict[str, Any]]:
    """The points as the export's `key_points`."""
    return [
        {
            "text": p.text,
            "article": p.article,
            "paragraph": p.paragraph,
            "start": p.start,
            "end": p.end,
            "date": p.date,
            "sources": [{"article": s.article, "paragraph": s.paragraph} for s in p.sources],
            "events": list(p.events),
            "actors": list(p.actors),
        }
        for p in points
    ]

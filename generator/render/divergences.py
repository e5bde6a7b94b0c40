"""The "Where sources differ" page, and its entry in the export."""

from __future__ import annotations

from typing import Any

from ..findings.divergences import Divergence
from ..models import Briefing
from .common import Linker, front_matter, human_date
from .paths import SitePaths
from .safe import md

PAGE = "divergences.md"


def _value(divergence: Divergence, value: str) -> str:
    if divergence.kind == "date":
        return human_date(value)
    return f"{int(value):,}" if value.isdigit() else value


def divergences_page(
    briefing: Briefing, paths: SitePaths, divergences: tuple[Divergence, ...]
) -> str:
    """Every difference, each with what every source says and a link to its paragraph."""
    linker = Linker(briefing, paths, PAGE)
    out = [front_matter(title="Where sources differ"), "# Where sources differ\n"]
    out.append(
        "Figures for the same quantity and dates for the same event that the articles give "
        "differently, and claims of named actors that contradict each other, side by side. "
        "Nothing here is resolved: each line is the source's own words, linked to its "
        "paragraph.\n"
    )
    if not divergences:
        out.append("No differences were found between the sources.\n")
        return "\n".join(out)
    for divergence in divergences:
        out.append(f"## {md(divergence.topic)}\n")
        if divergence.note:
            out.append(f"*{md(divergence.note)}*\n")
        out.append("| Says | Source |\n|---|---|")
        for claim in divergence.claims:
            label = f"{linker.publication(claim.article)} ¶{claim.paragraph.lstrip('p')}"
            out.append(
                f"| **{md(_value(divergence, claim.value))}**: “{md(claim.text)}” | "
                f"{linker.paragraph(claim.article, claim.paragraph, label)} |"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def divergences_data(divergences: tuple[Divergence, ...]) -> list[dict[str, Any]]:
    """The differences as the export's `divergences`."""
    return [
        {
            "kind": d.kind,
            "topic": d.topic,
            "note": d.note,
            "events": list(d.events),
            "actors": list(d.actors),
            "claims": [
                {
                    "article": c.article,
                    "paragraph": c.paragraph,
                    "text": c.text,
                    "value": c.value,
                    "actor": c.actor,
                }
                for c in d.claims
            ],
        }
        for d in divergences
    ]

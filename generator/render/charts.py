"""Charts as inline SVG made at build time: no JavaScript, no CDN, the same bytes every build.

Each chart scales to its container (`viewBox`, width 100%), uses `currentColor` so it
follows the light and dark palettes and prints, and carries a text alternative
(`<title>`, `<desc>` and `role="img"`). Every label is escaped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Actor, Event
from ..text.html_text import closed_bidi
from .common import human_date
from .safe import html_text

if TYPE_CHECKING:
    import networkx as nx

_KIND_CLASS = {"past": "past", "scheduled": "scheduled", "projected": "projected"}


def _svg(width: int, height: int, title: str, desc: str, body: list[str], css_class: str) -> str:
    return (
        f'<svg class="chart {css_class}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{css_class}-title {css_class}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{css_class}-title">{html_text(title)}</title>'
        f'<desc id="{css_class}-desc">{html_text(desc)}</desc>' + "".join(body) + "</svg>"
    )


MAX_BARS = 36
"""The most bars the events chart draws: past it, events are counted by a longer step (a
year, then a decade, then a century), so the chart stays about one screen wide however
long the span (at 5,000 articles a bar per month was 398 bars, a 104 kB chart). The
timeline pages and exports keep the counts by month."""

STEPS = ("month", "year", "decade", "century")
"""The steps the events chart counts by, shortest first."""


def _month_key(date: str) -> str:
    return date[:7] if len(date) >= 7 else date[:4]


def _step_key(date: str, step: str) -> str:
    """The bar a date counts in: its month (or its year when dated to the year only), its
    year, its decade (`1990s`) or its century (`1900s`)."""
    if step == "month":
        return _month_key(date)
    if step == "year":
        return date[:4]
    return date[:3] + "0s" if step == "decade" else date[:2] + "00s"


@dataclass(frozen=True)
class EventsChart:
    """The events chart, and the step its bars count by (for the caption)."""

    svg: str
    step: str = "month"


def _counts(events: Sequence[Event]) -> tuple[str, dict[str, Counter[str]]]:
    """The shortest step that needs at most MAX_BARS bars (else the longest), and the
    events counted by kind in each of its bars."""
    for step in STEPS:
        counts: dict[str, Counter[str]] = {}
        for event in events:
            counts.setdefault(_step_key(event.date, step), Counter())[event.kind] += 1
        if len(counts) <= MAX_BARS:
            break
    return step, counts


def _label(key: str) -> str:
    """A bar's label: `17/02` for a month, else the key itself (`2017`, `1990s`)."""
    return key[2:4] + "/" + key[5:7] if len(key) == 7 else key


def events_over_time(events: Sequence[Event]) -> EventsChart:
    """A bar per month (or per year for year-precision events), stacked by kind; a bar
    per year, decade or century when months would need more than MAX_BARS bars."""
    if not events:
        return EventsChart("")
    step, counts = _counts(events)
    keys = sorted(counts)
    peak = max(sum(c.values()) for c in counts.values())
    bar, gap, left, top, plot_h = 28, 8, 28, 10, 120
    width = left + len(keys) * (bar + gap) + 10
    height = top + plot_h + 44
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 5}" y2="{top + plot_h}" '
        'stroke="currentColor" stroke-width="1"/>',
        f'<text x="{left - 6}" y="{top + 8}" text-anchor="end" font-size="10" fill="currentColor">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" font-size="10" fill="currentColor">0</text>',
    ]
    for index, key in enumerate(keys):
        x = left + index * (bar + gap) + gap // 2
        y = top + plot_h
        for kind in ("past", "scheduled", "projected"):
            n = counts[key][kind]
            if not n:
                continue
            h = round(plot_h * n / peak, 1)
            y = round(y - h, 1)
            body.append(
                f'<rect class="bar-{_KIND_CLASS[kind]}" x="{x}" y="{y}" width="{bar}" height="{h}">'
                f"<title>{html_text(human_date(key))}: {n} {kind}</title></rect>"
            )
        body.append(
            f'<text x="{x + bar / 2}" y="{top + plot_h + 14}" text-anchor="middle" font-size="9" '
            f'fill="currentColor">{html_text(_label(key))}</text>'
        )
    body.extend(_legend(left, top + plot_h + 34))
    desc = "; ".join(
        f"{human_date(k)}: {sum(counts[k].values())} event{'s' if sum(counts[k].values()) != 1 else ''}"
        for k in keys
    )
    return EventsChart(_svg(width, height, "Events over time", desc, body, "chart-timeline"), step)


def _legend(left: int, legend_y: int) -> list[str]:
    """The kinds' colour keys, under the bars."""
    body = []
    for i, kind in enumerate(("past", "scheduled", "projected")):
        lx = left + i * 90
        body.append(
            f'<rect class="bar-{kind}" x="{lx}" y="{legend_y - 8}" width="10" height="10"/>'
        )
        body.append(
            f'<text x="{lx + 14}" y="{legend_y}" font-size="10" fill="currentColor">{kind}</text>'
        )
    return body


def actor_network(actors: Sequence[Actor], limit: int = 16) -> str:
    """The most salient actors as nodes, co-mention weights as edges (spring layout, fixed seed)."""
    chosen = sorted(actors, key=lambda a: (-a.salience, -len(a.mentions), a.id))[:limit]
    graph = _co_mentions(chosen)
    if graph.number_of_nodes() < 2:
        return ""
    size, margin = 520, 70
    names = {a.id: a for a in chosen}
    points = _network_points(graph, size, margin)
    body = []
    peak = max((d["weight"] for _, _, d in graph.edges(data=True)), default=1)
    for a, b, data in sorted(graph.edges(data=True)):
        (x1, y1), (x2, y2) = points[a], points[b]
        stroke = round(0.5 + 3 * data["weight"] / peak, 2)
        body.append(
            f'<line class="edge" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{stroke}"/>'
        )
    top_mentions = max(len(a.mentions) for a in chosen) or 1
    for node in sorted(graph.nodes):
        x, y = points[node]
        actor = names[node]
        r = round(4 + 10 * math.sqrt(len(actor.mentions) / top_mentions), 1)
        body.append(
            f'<circle class="node node-{actor.type}" cx="{x}" cy="{y}" r="{r}">'
            f"<title>{html_text(actor.name)}: {len(actor.mentions)} mentions</title></circle>"
        )
        body.append(
            f'<text x="{x}" y="{round(y - r - 3, 1)}" text-anchor="middle" font-size="11" '
            f'fill="currentColor">{html_text(actor.name)}</text>'
        )
    desc = "; ".join(  # each name closed where it ends: one description, many names
        f"{closed_bidi(names[a].name)} with {closed_bidi(names[b].name)} ({d['weight']})"
        for a, b, d in sorted(graph.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))[
            :30
        ]
    )
    return _svg(
        size, size, "Who appears with whom", desc or "no shared mentions", body, "chart-network"
    )


def _co_mentions(chosen: Sequence[Actor]) -> nx.Graph:
    """The chosen actors as a networkx graph, edges weighted by how often two are named
    together (nodes and edges added in id order, so the layout is the same every time)."""
    import networkx as nx  # here, not at start-up: only the about page draws a network

    ids = {a.id for a in chosen}
    graph = nx.Graph()
    for actor in sorted(chosen, key=lambda a: a.id):
        graph.add_node(actor.id)
    for actor in sorted(chosen, key=lambda a: a.id):
        for related in actor.related:
            if related.actor in ids and actor.id < related.actor:
                graph.add_edge(actor.id, related.actor, weight=related.weight)
    return graph


def _network_points(graph: nx.Graph, size: int, margin: int) -> dict[str, tuple[float, float]]:
    """Each node's place: the spring layout stretched to fill the drawing, inside the margins."""
    import networkx as nx

    # Unweighted, with generous spacing: weights would pull the busiest actors into one
    # unreadable knot at the centre.
    spacing = 2.2 / math.sqrt(graph.number_of_nodes())
    layout = nx.spring_layout(graph, seed=7, iterations=200, k=spacing, weight=None)
    xs = [float(x) for x, _ in layout.values()]
    ys = [float(y) for _, y in layout.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {
        node: (
            round(margin + (float(x) - min(xs)) / span_x * (size - 2 * margin), 1),
            round(margin + (float(y) - min(ys)) / span_y * (size - 2 * margin), 1),
        )
        for node, (x, y) in layout.items()
    }


def coverage_matrix(
    actors: Sequence[Actor], columns: Sequence[tuple[str, frozenset[str]]], limit: int = 15
) -> str:
    """Rows: the most salient actors; columns: sources (each a tooltip and a set of article
    ids, in the caller's order); cells: mention counts."""
    chosen = sorted(actors, key=lambda a: (-a.salience, -len(a.mentions), a.id))[:limit]
    if not chosen or not columns:
        return ""
    cell, label_w, head_h = 26, 170, 24
    width = label_w + cell * len(columns) + 10
    height = head_h + cell * len(chosen) + 10
    per_article = [Counter(m.article for m in a.mentions) for a in chosen]
    per_source = [[sum(counts[i] for i in ids) for _, ids in columns] for counts in per_article]
    peak = max((n for row in per_source for n in row), default=1) or 1
    body = []
    for j, (title, _) in enumerate(columns):
        x = label_w + j * cell + cell / 2
        body.append(
            f'<text x="{x}" y="{head_h - 8}" text-anchor="middle" font-size="10" fill="currentColor">'
            f"S{j + 1}<title>{html_text(title)}</title></text>"
        )
    rows = []
    for i, actor in enumerate(chosen):
        y = head_h + i * cell
        name = actor.name if len(actor.name) <= 26 else actor.name[:25] + "…"
        body.append(
            f'<text x="{label_w - 6}" y="{y + cell / 2 + 4}" text-anchor="end" font-size="11" '
            f'fill="currentColor">{html_text(name)}</text>'
        )
        for j, n in enumerate(per_source[i]):
            opacity = round(0.12 + 0.88 * n / peak, 2) if n else 0
            body.append(
                f'<rect class="cell" x="{label_w + j * cell + 1}" y="{y + 1}" width="{cell - 2}" '
                f'height="{cell - 2}" fill-opacity="{opacity}"><title>{html_text(actor.name)} in '
                f"S{j + 1}: {n}</title></rect>"
            )
        rows.append(
            f"{closed_bidi(actor.name)}: "
            + ", ".join(f"S{j + 1} {n}" for j, n in enumerate(per_source[i]))
        )
    return _svg(width, height, "Actors by source", "; ".join(rows), body, "chart-coverage")

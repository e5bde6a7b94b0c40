"""The timeline: one page for a small briefing, else a year index and a page per month.

Above `ONE_PAGE` events, `timeline.md` becomes a compact index (the chart and, per year,
its months with their event counts) and the events go to `timeline/<yyyy-mm>.md` (or
`timeline/<yyyy>.md` for events dated to the year only), each cut into pages of
`PER_PAGE` events. Every event keeps its anchor; `event_paths` says on which page.
"""

from __future__ import annotations

from ..events import independent_sources
from ..events.developments import main_events
from ..events.importance import event_importance
from ..models import Briefing, Event
from .charts import events_over_time
from .common import Linker, front_matter, human_date
from .inferred import event_mark, timeline_intro
from .listing import ONE_PAGE, PER_PAGE, chunks, numbered, pager
from .paths import SitePaths, safe_slug
from .safe import fragment, md

INDEX = "timeline.md"


def _order(event: Event) -> tuple[str, str, str, str]:
    return (event.date[:4], event.date[5:7] or "00", event.date, event.id)


def _period(event: Event) -> str:
    """The month (`2017-01`) of an event, or its year when it is dated to the year only."""
    return event.date[:7] if len(event.date) >= 7 else event.date[:4]


def _periods(events: list[Event]) -> dict[str, list[str]]:
    """Period → its pages, each page's events in order; only for a timeline that is split."""
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(_period(event), []).append(event)
    return {
        period: [
            numbered(f"timeline/{safe_slug(period, 'undated')}.md", n)
            for n in range(1, len(chunks(group, PER_PAGE)) + 1)
        ]
        for period, group in groups.items()
    }


def event_paths(events: tuple[Event, ...] | list[Event]) -> dict[str, str]:
    """Event id → the page it is on (`timeline.md` while the timeline is one page)."""
    ordered = sorted(events, key=_order)
    if len(ordered) <= ONE_PAGE:
        return {e.id: INDEX for e in ordered}
    result: dict[str, str] = {}
    groups: dict[str, list[Event]] = {}
    for event in ordered:
        groups.setdefault(_period(event), []).append(event)
    for period, group in groups.items():
        base = f"timeline/{safe_slug(period, 'undated')}.md"
        for number, part in enumerate(chunks(group, PER_PAGE), start=1):
            result.update({e.id: numbered(base, number) for e in part})
    return result


def _period_label(period: str) -> str:
    return human_date(period) if len(period) >= 7 else f"During {period}"


MAIN_MARK = "**Main event** · "
"""Before the summary of an event important enough to stand out (`events.importance`)."""


MAIN_NOTE = (
    "Events marked **Main event** stand out by what they tell (meetings, agreements, "
    "announcements, attacks, places taken, deadlines), how precisely they are dated, where "
    "their article tells them and how many sources report them; `importance` in the data "
    "files gives each event's score.\n"
)


def event_block(event: Event, linker: Linker, main: bool = False) -> str:
    """One event: date, kind, summary, actors, place and its sources, with its anchor;
    a `main` event is marked in words before its summary."""
    n = independent_sources(event, linker.articles)
    details = []
    if event.actors:
        details.append(f"Actors: {linker.actors_list(event.actors)}")
    if event.place:
        details.append(f"Place: {md(event.place)}")
    details.append(f"Sources ({n} independent): {linker.event_sources(event)}")
    mark = event_mark(event, linker.about)
    lead = MAIN_MARK if main else ""
    return (
        f'<div class="event event-{event.kind}" id="{fragment(event.id)}" markdown="1">\n\n'
        f"**{human_date(event.date)}**{mark} · *{event.kind}* · {lead}{md(event.summary)}\n\n"
        + "  \n".join(details)
        + "\n\n</div>\n"
    )


def _figure(svg: str, caption: str) -> str:
    if not svg:
        return ""
    return f'<figure class="chart-figure" markdown="0">{svg}<figcaption>{caption}</figcaption></figure>\n'


def _chart(briefing: Briefing) -> str:
    """The events chart with its caption (empty without events)."""
    chart = events_over_time(briefing.events)
    return _figure(chart.svg, f"Events by {chart.step}, by kind.")


def _one_page(briefing: Briefing, paths: SitePaths, main: frozenset[str]) -> str:
    linker = Linker(briefing, paths, INDEX)
    out = [_chart(briefing)]
    year = month = None
    for event in sorted(briefing.events, key=_order):
        if event.date[:4] != year:
            year, month = event.date[:4], None
            out.append(f"## {year}\n")
        event_month = event.date[:7] if len(event.date) >= 7 else None
        if event_month != month:
            month = event_month
            out.append(f"### {human_date(month) if month else 'During ' + year}\n")
        out.append(event_block(event, linker, event.id in main))
    return "\n".join(out)


def _year_index(briefing: Briefing, paths: SitePaths) -> str:
    """Per year, its months linked to their first page, with their event counts."""
    linker = Linker(briefing, paths, INDEX)
    ordered = sorted(briefing.events, key=_order)
    counts: dict[str, int] = {}
    for event in ordered:
        counts[_period(event)] = counts.get(_period(event), 0) + 1
    pages = _periods(ordered)
    out = [_chart(briefing)]
    out.append("The events are listed a month at a time:\n")
    years: dict[str, list[str]] = {}
    for period in counts:
        label = _period_label(period).replace(f" {period[:4]}", "")
        link = f"[{md(label)}]({linker.to(pages[period][0])}) ({counts[period]})"
        years.setdefault(period[:4], []).append(link)
    for year, links in years.items():
        total = sum(n for p, n in counts.items() if p[:4] == year)
        out.append(f"- **{md(year)}** ({total}): " + " · ".join(links))
    return "\n".join(out) + "\n"


def _period_pages(briefing: Briefing, paths: SitePaths, main: frozenset[str]) -> dict[str, str]:
    """Every page of every month (or year) of a split timeline."""
    ordered = sorted(briefing.events, key=_order)
    groups: dict[str, list[Event]] = {}
    for event in ordered:
        groups.setdefault(_period(event), []).append(event)
    files: dict[str, str] = {}
    for period, group in groups.items():
        pages = _periods(group)[period]
        for page, part in zip(pages, chunks(group, PER_PAGE), strict=True):
            linker = Linker(briefing, paths, page)
            title = f"Timeline: {_period_label(period)}"
            more = pager(page, pages)
            out = [front_matter(title=title), f"# {md(title)}\n"]
            out.append(f"[All years]({linker.to(INDEX)}) · {len(group)} events\n")
            out.append(more)
            out.extend(event_block(event, linker, event.id in main) for event in part)
            out.append(more)
            files[page] = "\n".join(o for o in out if o).rstrip() + "\n"
    return files


def timeline_pages(briefing: Briefing, paths: SitePaths) -> dict[str, str]:
    """`timeline.md`, and the month pages when the timeline is split."""
    kinds = sorted({e.kind for e in briefing.events})
    out = [front_matter(title="Timeline", tags=[f"{k} events" for k in kinds]), "# Timeline\n"]
    if not briefing.events:
        out.append("No dated events were found in the articles.\n")
        return {INDEX: "\n".join(out)}
    out.append(timeline_intro(briefing))
    split = len(briefing.events) > ONE_PAGE
    main = main_events(event_importance(briefing))
    if main:
        out.append(MAIN_NOTE)
    out.append(_year_index(briefing, paths) if split else _one_page(briefing, paths, main))
    files = {INDEX: "\n".join(out).rstrip() + "\n"}
    if split:
        files.update(_period_pages(briefing, paths, main))
    return files

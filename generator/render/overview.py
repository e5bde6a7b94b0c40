"""The overview (home), timeline, data and about pages."""

from __future__ import annotations

from ..events.developments import latest_developments, main_events, ranked
from ..events.importance import event_importance
from ..findings.history import NO_PREVIOUS, Changes
from ..findings.keypoints import KeyPoint
from ..models import Briefing, Event
from .actor_pages import by_salience
from .attention import attention_section
from .changes import updated_line
from .charts import actor_network, coverage_matrix, events_over_time
from .common import (
    TYPE_SINGULAR,
    Linker,
    front_matter,
    human_date,
)
from .inferred import about_section, event_mark
from .keypoints import ABOUT as KEY_POINTS_ABOUT
from .keypoints import key_points_section
from .paths import SitePaths
from .safe import md
from .sources import chart_columns, sources_table

DOWNLOADS = (
    (
        "data/briefing.json",
        "briefing.json",
        "everything: articles, actors, events, quotes, time expressions",
    ),
    ("data/events.csv", "events.csv", "the timeline as a table"),
    ("data/actors.csv", "actors.csv", "actors with type, aliases, role and counts"),
    ("data/timeline.json", "timeline.json", "the timeline for Knight Lab TimelineJS"),
    ("data/network.graphml", "network.graphml", "who appears with whom, for Gephi or networkx"),
)


def _figure(svg: str, caption: str) -> str:
    if not svg:
        return ""
    return f'<figure class="chart-figure" markdown="0">{svg}<figcaption>{caption}</figcaption></figure>\n'


def date_span(briefing: Briefing) -> str:
    dates = sorted(a.published for a in briefing.articles if a.published)
    if not dates:
        return "undated"
    if dates[0] == dates[-1]:
        return human_date(dates[0])
    return f"{human_date(dates[0])} – {human_date(dates[-1])}"


def overview_page(
    briefing: Briefing,
    paths: SitePaths,
    points: tuple[KeyPoint, ...] = (),
    differences: int = 0,
    changes: Changes = NO_PREVIOUS,
) -> str:
    """The home page, section by section: what is said, in figures, who, when, in quotes."""
    linker = Linker(briefing, paths, "index.md")
    out = [front_matter(title="Overview"), f"# {md(briefing.title)}\n"]
    if briefing.description:
        out.append(f"{md(briefing.description)}\n")
    out.append(key_points_section(points, linker))
    out.append(
        f"[Where sources differ]({linker.to('divergences.md')}): {differences} "
        f"difference{'' if differences == 1 else 's'} · {updated_line(changes, linker)}"
    )
    scores = event_importance(briefing)
    latest = latest_developments(briefing.events, scores)
    ahead = _ahead(briefing)
    out.extend(_key_figures(briefing, linker))
    out.extend(_events_chart(briefing, linker, scores, {e.id for e in (*latest, *ahead)}))
    out.extend(_key_actors(briefing, linker))
    out.extend(_developments(latest, ahead, linker))
    out.extend(_quotes_section(briefing, linker))
    out.append("## Sources\n")
    out.append(sources_table(briefing, linker, limit=10))
    out.append("## Downloads\n")
    for path, label, what in DOWNLOADS:
        out.append(f"- [{label}]({linker.to(path)}): {what}")
    out.append("")
    return "\n".join(out).rstrip() + "\n"


def _key_figures(briefing: Briefing, linker: Linker) -> list[str]:
    """The counts in boxes, the coverage dates and the links to the main pages."""
    publications = sorted({a.publication for a in briefing.articles if a.publication})
    figures = [
        (len(briefing.articles), "articles", "articles/index.md"),
        (len(publications), "publications", "about.md"),
        (len(briefing.actors), "actors", "actors/index.md"),
        (len(briefing.events), "events", "timeline.md"),
        (len(briefing.quotes), "quotes", None),
    ]
    cells = "".join(
        f'<div class="figure"><span class="figure-number">{n}</span> '
        f'<span class="figure-label">{label}</span></div>'
        for n, label, _ in figures
    )
    return [
        f'<div class="key-figures" markdown="0">{cells}</div>\n',
        f"**Coverage:** {date_span(briefing)}\n",
        f"[Articles]({linker.to('articles/index.md')}) · [Actors]({linker.to('actors/index.md')}) · "
        f"[Timeline]({linker.to('timeline.md')}) · [Data]({linker.to('data/index.md')}) · "
        f"[About]({linker.to('about.md')})\n",
    ]


MAIN_SHOWN = 8
"""Main events listed under the chart, the most important, in date order."""
AHEAD_SHOWN = 6
"""Scheduled and expected events listed, soonest first."""


def _ahead(briefing: Briefing) -> list[Event]:
    """What "Scheduled and expected" lists: the events not yet past, soonest first."""
    ahead = sorted((e for e in briefing.events if e.kind != "past"), key=lambda e: (e.date, e.id))
    return ahead[:AHEAD_SHOWN]


def _events_chart(
    briefing: Briefing, linker: Linker, scores: dict[str, float], listed: set[str]
) -> list[str]:
    """Events by month and kind, when there are any, and the story's main events that the
    page does not list further down (`listed`: latest developments and what is scheduled),
    so that on a small corpus one event is not shown twice on one screen."""
    chart = events_over_time(briefing.events)
    if not chart.svg:
        return []
    if chart.step == "month":
        caption = "Events by month, by kind. The same counts are listed on the timeline page."
    else:
        caption = f"Events by {chart.step}, by kind. The timeline page lists them by month."
    out = ["## Events over time\n", _figure(chart.svg, caption)]
    main = main_events(scores)
    top = ranked([e for e in briefing.events if e.id in main and e.id not in listed], scores)
    top = top[:MAIN_SHOWN]
    if top:
        out.append(
            f"**Main events** (the most important on the [timeline]({linker.to('timeline.md')}), "
            "by what happened, where it is told and by how many sources; the latest and "
            "those still ahead are listed below):\n"
        )
        out.extend(_event_line(e, linker) for e in sorted(top, key=lambda e: (e.date, e.id)))
        out.append("")
    return out


def _key_actors(briefing: Briefing, linker: Linker) -> list[str]:
    """The ten most salient actors, each with a line saying who they are."""
    salient = by_salience(briefing.actors)[:10]
    if not salient:
        return []
    out = ["## Key actors\n"]
    for actor in salient:
        line = actor.role or actor.description or TYPE_SINGULAR.get(actor.type, actor.type)
        out.append(
            f"- {linker.actor(actor.id)} — {md(line)} "
            f"({len(actor.mentions)} mentions in {len(actor.articles)} articles)"
        )
    out.append("")
    return out


def _developments(latest: list[Event], ahead: list[Event], linker: Linker) -> list[str]:
    """The most important events of the last weeks, newest first (`latest_developments`),
    then what is scheduled or expected (`_ahead`)."""
    out: list[str] = []
    if latest:
        out.append("## Latest developments\n")
        out.extend(_event_line(event, linker) for event in latest)
        out.append("")
    if ahead:
        out.append("## Scheduled and expected\n")
        out.extend(_event_line(event, linker) for event in ahead)
        out.append("")
    return out


def _quotes_section(briefing: Briefing, linker: Linker) -> list[str]:
    """A few quotes of the most salient speakers, one each, with their source."""
    quotes = _key_quotes(briefing)
    if not quotes:
        return []
    out = ["## Key quotes\n"]
    for quote in quotes:
        speaker = linker.actor(quote.speaker) if quote.speaker else "unattributed"
        source = linker.paragraph(quote.article, quote.paragraph, linker.publication(quote.article))
        out.append(f"> “{md(quote.text)}”  \n> — {speaker}, {source}\n")
    return out


def _key_quotes(briefing: Briefing, limit: int = 4):
    salience = {a.id: a.salience for a in briefing.actors}
    attributed = [q for q in briefing.quotes if q.speaker and 30 <= len(q.text) <= 320]
    ranked = sorted(
        attributed, key=lambda q: (-salience.get(q.speaker or "", 0), q.article, q.paragraph)
    )
    chosen, speakers = [], set()
    for quote in ranked:
        if quote.speaker in speakers:
            continue
        speakers.add(quote.speaker)
        chosen.append(quote)
        if len(chosen) == limit:
            break
    return chosen


def _event_line(event: Event, linker: Linker) -> str:
    actors = f" · {linker.actors_list(event.actors)}" if event.actors else ""
    mark = event_mark(event, linker.about)
    return (
        f"- **{human_date(event.date)}**{mark} · {event.kind} · {md(event.summary)}{actors} "
        f"· sources: {linker.event_sources(event)}"
    )


def data_page(briefing: Briefing, paths: SitePaths) -> str:
    linker = Linker(briefing, paths, "data/index.md")
    out = [front_matter(title="Data"), "# Data\n"]
    out.append("Every fact in this briefing, ready to take elsewhere. All files are UTF-8.\n")
    out.append("| File | What |\n|---|---|")
    for path, label, what in DOWNLOADS:
        out.append(f"| [{label}]({linker.to(path)}) | {what} |")
    out.append("")
    out.append(
        "`briefing.json` follows the schema `briefing/1`: `articles` (with cleaned `paragraphs` "
        "and the `removed` audit trail), `actors` (with every `mention` as article, paragraph and "
        "character offsets into that paragraph's `text`), `events` (with `sources`), `quotes` and "
        "`timexes` (TimeML values). `events.csv` has one row per event; `actors.csv` one row per actor; "
        "`timeline.json` loads in TimelineJS; `network.graphml` has actors as nodes and co-mention "
        "counts as edge weights.\n"
    )
    return "\n".join(out).rstrip() + "\n"


def about_page(briefing: Briefing, paths: SitePaths) -> str:
    linker = Linker(briefing, paths, "about.md")
    out = [front_matter(title="About"), "# About this briefing\n"]
    out.append(
        "This site was generated from a folder of news articles. Each article was cleaned of page "
        "furniture (every removed block is listed on its page), its metadata read, the actors and "
        "dated events in it extracted, and everything linked across sources. Nothing here was "
        "written by hand except the title and the corrections in `briefing.yml`.\n"
    )
    out.append(KEY_POINTS_ABOUT)
    out.append(about_section(briefing.articles))
    out.append("## Sources\n")
    out.append(sources_table(briefing, linker, limit=200))
    network = actor_network(briefing.actors)
    if network:
        out.append("## Who appears with whom\n")
        out.append(
            _figure(
                network,
                "The most prominent actors; lines join actors named together, thicker when more often.",
            )
        )
    columns = chart_columns(briefing.articles)
    matrix = coverage_matrix(briefing.actors, [(c.title, c.articles) for c in columns])
    if matrix:
        out.append("## Actors by source\n")
        legend = "; ".join(f"S{i + 1}: {md(c.label)}" for i, c in enumerate(columns))
        out.append(
            _figure(matrix, "Mentions of the most prominent actors in each source; darker is more.")
        )
        out.append(f"{legend}\n")
    if section := attention_section(briefing, "about.md"):
        out.append(section)
    return "\n".join(out).rstrip() + "\n"


def tags_page() -> str:
    return (
        front_matter(title="Tags")
        + "# Tags\n\nPages by actor type, publication and event kind.\n\n<!-- material/tags -->\n"
    )

"""Data exports: briefing.json (the contract's schema), CSV tables, TimelineJS, GraphML.

All are deterministic: keys and rows in a fixed order, no timestamps.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from lxml import etree

from ..events import independent_sources
from ..events.importance import event_importance
from ..models import Actor, Article, Briefing, Event, Paragraph, Timex
from .briefing_lines import Lines, Serialised
from .chunked import Chunks, FileText, json_chunks
from .indented import indented
from .paths import SitePaths
from .safe import csv_cell, timeline_text

SCHEMA_ID = "briefing/1"
T = TypeVar("T")


def briefing_data(
    briefing: Briefing, paths: SitePaths, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The export as plain data, keys as in the contract (plus a few extra ones, and `extra`:
    the key points and divergences, worked out once for the whole render)."""
    fields = _briefing_fields(briefing, paths, extra)
    return {key: list(v) if isinstance(v, Iterator) else v for key, v in fields.items()}


def _briefing_fields(
    briefing: Briefing, paths: SitePaths, extra: dict[str, Any] | None, lines: Lines | None = None
) -> dict[str, Any]:
    """`briefing_data` with its long lists made item by item (iterators), for writing;
    an item with a line in `lines` (render/briefing_lines.py) is that line instead."""
    articles_by_id = paths.article_by_id
    importance = event_importance(briefing)
    kept = lines or {}
    return {
        "schema": SCHEMA_ID,
        "title": briefing.title,
        "description": briefing.description,
        "articles": _or_made(kept.get("articles"), briefing.articles, _article_data, paths),
        "actors": _or_made(kept.get("actors"), briefing.actors, _actor_data, paths),
        "events": (_event_data(e, articles_by_id, importance[e.id]) for e in briefing.events),
        "quotes": (
            {"speaker": q.speaker, "text": q.text, "article": q.article, "paragraph": q.paragraph}
            for q in briefing.quotes
        ),
        "timexes": (_timex_data(t) for t in briefing.timexes),
        **(extra or {}),
        "problems": list(briefing.problems),
    }


def _or_made(
    lines: Sequence[Serialised | None] | None, items: Sequence[T], make: Callable, paths: SitePaths
) -> Iterator[Serialised | dict[str, Any]]:
    """Each item's kept line, else its data made by `make(item, paths)`."""
    if lines is None or len(lines) != len(items):
        return (make(item, paths) for item in items)
    return (line or make(item, paths) for line, item in zip(lines, items, strict=True))


def _article_data(a: Article, paths: SitePaths) -> dict[str, Any]:
    """One article of the export, its paragraphs and removals in source order."""
    return {
        "id": a.id,
        "source": a.source,
        "page": paths.articles[a.id],
        "title": a.title,
        "subtitle": a.subtitle,
        "authors": list(a.authors),
        "publication": a.publication,
        "published": a.published,
        "published_basis": a.published_basis,
        **_inference(a),
        "language": a.language,
        "url": a.url,
        "caption": a.caption,
        "credit": a.credit,
        "paragraphs": [_paragraph_data(p) for p in a.paragraphs],
        "removed": [{"text": r.text, "reason": r.reason} for r in a.removed],
        "warnings": list(a.warnings),
    }


def _paragraph_data(p: Paragraph) -> dict[str, Any]:
    """One paragraph; `list` and `links` only when they say something."""
    return {
        "id": p.id,
        "text": p.text,
        "kind": p.kind,
        **({"list": True} if p.is_list else {}),
        **(
            {"links": [{"start": k.start, "end": k.end, "href": k.href} for k in p.links]}
            if p.links
            else {}
        ),
    }


def _actor_data(actor: Actor, paths: SitePaths) -> dict[str, Any]:
    """One actor with its mentions and related actors."""
    return {
        "id": actor.id,
        "name": actor.name,
        "page": paths.actors.get(actor.id),
        "type": actor.type,
        "aliases": list(actor.aliases),
        "role": actor.role,
        "roles": list(actor.roles),
        "affiliations": list(actor.affiliations),
        "part_of": actor.part_of,
        "description": actor.description,
        "salience": round(actor.salience, 4),
        "mentions": [
            {
                "article": m.article,
                "paragraph": m.paragraph,
                "start": m.start,
                "end": m.end,
                "text": m.text,
            }
            for m in actor.mentions
        ],
        "related": [{"actor": r.actor, "weight": r.weight} for r in actor.related],
    }


def _event_data(
    e: Event, articles_by_id: dict[str, Article], importance: float = 0.0
) -> dict[str, Any]:
    """One event with its importance (`events.importance`) and its sources (`date_basis`
    only for an inferred date)."""
    return {
        "id": e.id,
        "date": e.date,
        "precision": e.precision,
        "kind": e.kind,
        "summary": e.summary,
        "actors": list(e.actors),
        "place": e.place,
        "independent_sources": independent_sources(e, articles_by_id),
        "importance": importance,
        "sources": [
            {
                "article": s.article,
                "paragraph": s.paragraph,
                "text": s.text,
                "expression": s.expression,
                **({"date_basis": "inferred"} if s.date_inferred else {}),
            }
            for s in e.sources
        ],
    }


def _timex_data(t: Timex) -> dict[str, Any]:
    """One temporal expression (`mod` only when it has one)."""
    return {
        "article": t.article,
        "paragraph": t.paragraph,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "value": t.value,
        "type": t.type,
        **({"mod": t.mod} if t.mod else {}),
    }


def briefing_json(
    briefing: Briefing,
    paths: SitePaths,
    extra: dict[str, Any] | None = None,
    lines: Lines | None = None,
) -> Chunks:
    """briefing.json, made item by item as it is written (render/chunked.py); `lines`:
    items' lines kept from the last build (render/briefing_lines.py)."""
    return Chunks(lambda: json_chunks(_briefing_fields(briefing, paths, extra, lines)))


def _csv(rows: list[list[Any]]) -> str:
    """Rows as CSV, every cell through `csv_cell` (no cell reads as a formula)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def events_csv(briefing: Briefing) -> str:
    articles_by_id = {a.id: a for a in briefing.articles}
    actor_names = {a.id: a.name for a in briefing.actors}
    rows: list[list[Any]] = [
        [
            "id",
            "date",
            "precision",
            "kind",
            "summary",
            "actors",
            "place",
            "sources",
            "independent_sources",
            "importance",
        ]
    ]
    importance = event_importance(briefing)
    for e in briefing.events:
        rows.append(
            [
                e.id,
                e.date,
                e.precision,
                e.kind,
                e.summary,
                "; ".join(actor_names.get(a, a) for a in e.actors),
                e.place or "",
                "; ".join(f"{s.article}#{s.paragraph}" for s in e.sources),
                independent_sources(e, articles_by_id),
                importance[e.id],
            ]
        )
    return _csv(rows)


def actors_csv(briefing: Briefing, paths: SitePaths) -> str:
    rows: list[list[Any]] = [
        ["id", "name", "type", "aliases", "role", "mentions", "articles", "salience", "page"]
    ]
    for a in briefing.actors:
        rows.append(
            [
                a.id,
                a.name,
                a.type,
                "; ".join(a.aliases),
                a.role or "",
                len(a.mentions),
                len(a.articles),
                round(a.salience, 4),
                paths.actors.get(a.id, ""),
            ]
        )
    return _csv(rows)


def _timelinejs_date(value: str) -> dict[str, str]:
    parts = value.split("-")
    keys = ("year", "month", "day")
    return {keys[i]: str(int(p)) for i, p in enumerate(parts[:3])}


def timelinejs_json(briefing: Briefing) -> str:
    """Knight Lab TimelineJS3 JSON: one slide per event.

    TimelineJS puts headlines, texts and dates into the page as HTML, so every string it
    shows goes through `timeline_text`; `unique_id` is an event id (a slug).
    """
    actor_names = {a.id: a.name for a in briefing.actors}
    articles = {a.id: a for a in briefing.articles}
    events = []
    for e in briefing.events:
        sources = "; ".join(
            f"{(articles[s.article].publication or articles[s.article].title) if s.article in articles else s.article}"
            for s in e.sources
        )
        events.append(
            {
                "unique_id": e.id,
                "start_date": {
                    **_timelinejs_date(e.date),
                    "display_date": timeline_text(e.date),
                },
                "text": {
                    "headline": timeline_text(e.summary[:80]),
                    "text": timeline_text(f"{e.summary} (Sources: {sources})"),
                },
                "group": timeline_text(e.kind),
                "actors": [timeline_text(actor_names.get(a, a)) for a in e.actors],
            }
        )
    data = {
        "title": {
            "text": {
                "headline": timeline_text(briefing.title),
                "text": timeline_text(briefing.description),
            }
        },
        "events": events,
    }
    return indented(data) + "\n"  # json.dumps(indent=2)'s text, made faster


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_XSI = "http://www.w3.org/2001/XMLSchema-instance"
GRAPHML_SCHEMA = f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd"


def network_graphml(briefing: Briefing) -> str:
    """The actor network as GraphML (`graphml_chunks`), whole."""
    return "".join(graphml_chunks(briefing))


def graphml_chunks(briefing: Briefing) -> Iterator[str]:
    """The actor network (co-mentions) as GraphML, nodes and edges in sorted order.

    In exactly the form networkx's `write_graphml_lxml` gives (same key ids, order and
    pretty-printing). The elements are fixed templates, so they are written as text;
    only the values go through lxml (`_xml_attribute`, `_xml_text`), so they are escaped
    (or refused) exactly as lxml does. Edges come in the order networkx lists them: by
    source in id order, then in the order of the source's `related`; a repeated pair
    keeps its place and its last weight.
    """
    nodes: dict[str, tuple[str, str, int]] = {}
    for a in sorted(briefing.actors, key=lambda x: x.id):
        nodes[a.id] = (a.name, a.type, len(a.mentions))
    edges: dict[str, dict[str, int]] = {}
    for a in sorted(briefing.actors, key=lambda x: x.id):
        for r in a.related:
            if a.id < r.actor and r.actor in nodes:
                edges.setdefault(a.id, {})[r.actor] = r.weight
    yield (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{GRAPHML_XSI}" '
        f'xsi:schemaLocation="{GRAPHML_SCHEMA}">'
    )
    if edges:
        yield '<key id="d3" for="edge" attr.name="weight" attr.type="long"/>\n'
    if nodes:
        yield (
            '<key id="d2" for="node" attr.name="mentions" attr.type="long"/>\n'
            '<key id="d1" for="node" attr.name="type" attr.type="string"/>\n'
            '<key id="d0" for="node" attr.name="name" attr.type="string"/>\n'
        )
    yield '<graph edgedefault="undirected">'
    for node_id, (name, kind, mentions) in nodes.items():
        yield (
            f'<node id="{_xml_attribute(node_id)}">\n'
            f'  <data key="d0">{_xml_text(name)}</data>\n'
            f'  <data key="d1">{_xml_text(kind)}</data>\n'
            f'  <data key="d2">{mentions}</data>\n'
            "</node>\n"
        )
    for source, targets in edges.items():
        for target, weight in targets.items():
            yield (
                f'<edge source="{_xml_attribute(source)}" target="{_xml_attribute(target)}">\n'
                f'  <data key="d3">{weight}</data>\n'
                "</edge>\n"
            )
    yield "</graph></graphml>"


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold at all, not even escaped (control characters, lone
surrogates, U+FFFE/U+FFFF): lxml refuses them, so one form feed in a name sank the build."""


def _xml_safe(value: str) -> str:
    """`value` with every character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


@lru_cache(maxsize=1 << 16)
def _xml_attribute(value: str) -> str:
    """`value` as lxml writes it in an attribute (`<x v="…"/>`, cut out)."""
    value = _xml_safe(value)
    return etree.tostring(etree.Element("x", v=value), encoding="unicode")[
        len('<x v="') : -len('"/>')
    ]


_PLAIN_TEXT = re.compile("[^&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")
"""Text lxml writes unchanged as an element's text: no character it escapes (`&`, `<`,
`>`, carriage return) and none XML cannot hold (`_NOT_XML`)."""


def _xml_text(value: str) -> str:
    """`value` as lxml writes it as an element's text (`<x>…</x>`, cut out); plain text
    (`_PLAIN_TEXT`, nearly every actor's name and type) is that text itself, and is not
    handed to lxml (a tree serialised per name was most of the GraphML's time)."""
    if _PLAIN_TEXT.fullmatch(value):
        return value
    element = etree.Element("x")
    element.text = _xml_safe(value)
    return etree.tostring(element, encoding="unicode")[len("<x>") : -len("</x>")]


def exports(
    briefing: Briefing,
    paths: SitePaths,
    extra: dict[str, Any] | None = None,
    lines: Lines | None = None,
) -> dict[str, FileText]:
    """Every data file, keyed by its path relative to the docs folder, each made only when
    its text is asked for (so render parts can share the files out); the two largest made
    piece by piece as they are written (`chunked.whole` gives every text). `lines`: see
    `briefing_json`."""
    return {
        "data/briefing.json": briefing_json(briefing, paths, extra, lines),
        "data/events.csv": Chunks(lambda: (events_csv(briefing),)),
        "data/actors.csv": Chunks(lambda: (actors_csv(briefing, paths),)),
        "data/timeline.json": Chunks(lambda: (timelinejs_json(briefing),)),
        "data/network.graphml": Chunks(lambda: graphml_chunks(briefing)),
    }


def _inference(article: Article) -> dict:
    """An inferred date's window and evidence trail (nothing for a stated date)."""
    if article.published_window is None:
        return {}
    earliest, latest = article.published_window
    return {
        "published_window": {"earliest": earliest, "latest": latest},
        "published_evidence": [
            {
                "paragraph": e.paragraph,
                "text": e.text,
                "reading": e.reading,
                "earliest": e.earliest,
                "latest": e.latest,
                "weight": e.weight,
                "agrees": e.agrees,
            }
            for e in article.published_evidence
        ],
    }

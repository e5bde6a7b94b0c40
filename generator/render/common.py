"""Pieces every page uses: dates at their precision, links between pages, front matter."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache

from ..lang import load
from ..models import ACTOR_TYPE_TABLE, Actor, Briefing, Event, Mention
from .inferred import ABOUT_PAGE, event_mark, source_mark
from .paths import SitePaths, relative
from .safe import fragment, front_matter_text, md, tag_name

TYPE_LABELS = {t.key: t.heading for t in ACTOR_TYPE_TABLE}
TYPE_SINGULAR = {t.key: t.noun for t in ACTOR_TYPE_TABLE}
BASIS_LABELS = {
    "text": "stated in the text",
    "metadata": "from the page's metadata",
    "config": "set in briefing.yml",
    "inferred": "inferred from the text — check it",
}

to_json = json.JSONEncoder(ensure_ascii=False).encode
"""`json.dumps(value, ensure_ascii=False)` with one encoder for the whole render, not a new
one per call: a corpus's front matter and exports make tens of thousands of calls."""


@cache
def month_names() -> dict[int, str]:
    """Month number → its English name written out (the longest name of that number in
    `lang/en/months.tsv`, capitalised): the one table of month names."""
    names: dict[int, str] = {}
    for name, number, *_ in load("en", "months.tsv"):
        if len(name) > len(names.get(int(number), "")):
            names[int(number)] = name
    return {number: name.capitalize() for number, name in names.items()}


def human_date(value: str | None) -> str:
    """`2017-01-23` → `23 January 2017`, `2017-01` → `January 2017`, `2017` → `2017`."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {month_names()[int(parts[1])]} {parts[0]}"
        if len(parts) == 2:
            return f"{month_names()[int(parts[1])]} {parts[0]}"
    except (ValueError, IndexError, KeyError):
        return value
    return parts[0]


def front_matter(title: str | None = None, tags: Sequence[str] = (), **extra: str) -> str:
    """YAML front matter for a page.

    Values are JSON-encoded, so no text can break out of the YAML, and HTML-escaped,
    because MkDocs and Material templates print `page.title` and `page.meta.*` into
    `<title>`, `<meta content="…">` and the navigation without escaping them.
    """
    lines = ["---"]
    if title:
        lines.append(f"title: {to_json(front_matter_text(title))}")
    if tags:
        clean = sorted({tag_name(t) for t in tags})
        lines.append(f"tags: {to_json(clean)}")
    for key, value in extra.items():
        lines.append(f"{key}: {to_json(front_matter_text(value))}")
    if len(lines) == 1:
        return ""  # an empty block is not valid front matter for every engine (Zensical)
    lines.append("---")
    return "\n".join(lines) + "\n\n"


class Linker:
    """Builds relative links from one page to articles, paragraphs and actors."""

    def __init__(self, briefing: Briefing, paths: SitePaths, page: str):
        self.briefing = briefing
        self.paths = paths
        self.page = page
        self.actors = paths.actor_by_id
        self.articles = paths.article_by_id

    def to(self, path: str) -> str:
        return relative(self.page, path)

    def actor(self, actor_id: str) -> str:
        """`[Name](../actors/x.md)`, or the plain escaped id when the actor has no page."""
        actor = self.actors.get(actor_id)
        if actor is None or actor_id not in self.paths.actors:
            return md(actor_id)
        return f"[{md(actor.name)}]({self.to(self.paths.actors[actor_id])})"

    def actors_list(self, actor_ids: Sequence[str]) -> str:
        return ", ".join(self.actor(a) for a in actor_ids) or "—"

    def article(self, article_id: str, label: str | None = None) -> str:
        article = self.articles.get(article_id)
        if article is None:
            return md(article_id)
        return f"[{md(label or article.title)}]({self.to(self.paths.articles[article_id])})"

    def paragraph(self, article_id: str, paragraph_id: str, label: str) -> str:
        """A link to the exact paragraph (`#p4`); the title links to the page's top."""
        if article_id not in self.paths.articles:
            return md(label)
        target = self.to(self.paths.articles[article_id])
        anchor = "" if paragraph_id == "title" else f"#{paragraph_id}"
        return f"[{md(label)}]({target}{anchor})"

    def publication(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        if article is None:
            return article_id
        return article.publication or article.title

    def event_item(self, event: Event, link_label: str) -> str:
        """A list item for an event, linking to its entry on the timeline page."""
        mark = event_mark(event, self.about)
        return (
            f"- **{human_date(event.date)}**{mark} ({event.kind}): {md(event.summary)} — "
            f"[{link_label}]({self.to(self.timeline_page(event))}#{fragment(event.id)})"
        )

    def about(self) -> str:
        """The link to the about page, whose section on dates the inferred-date marks cite."""
        return self.to(ABOUT_PAGE)

    def timeline_page(self, event: Event) -> str:
        """The timeline page that lists the event (the timeline is split when large)."""
        return self.paths.events.get(event.id, "timeline.md")

    def event_sources(self, event: Event) -> str:
        """Source links for an event: publication and paragraph, one per source."""
        links = []
        for source in event.sources:
            label = f"{self.publication(source.article)} ¶{source.paragraph.lstrip('p')}"
            link = self.paragraph(source.article, source.paragraph, label)
            links.append(link + source_mark(event, source, self.about))
        return ", ".join(links)


def mentions_by_article(actor: Actor) -> dict[str, list[Mention]]:
    """An actor's mentions grouped by article id, each group in reading order."""
    groups: dict[str, list[Mention]] = {}
    for mention in actor.mentions:
        groups.setdefault(mention.article, []).append(mention)
    return groups

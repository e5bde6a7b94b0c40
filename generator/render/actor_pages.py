"""Actor pages and the actors index (grouped by type, most salient first)."""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.texts import CAPTION, TITLE, article_texts, reading_order
from ..models import Actor, Briefing, Event, Mention, Quote
from ..text.sentences import sentence_at
from .common import (
    TYPE_LABELS,
    TYPE_SINGULAR,
    Linker,
    front_matter,
    mentions_by_article,
)
from .listing import (
    TAG_PAGES_UP_TO,
    chunks,
    numbered,
    pager,
    search_exclusion,
    unsearched_front_matter,
)
from .paths import SitePaths
from .safe import md


def by_salience(actors: tuple[Actor, ...] | list[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (-a.salience, -len(a.mentions), a.name.lower(), a.id))


QUOTES_PER_PAGE = 40
EVENTS_PER_PAGE = 60
ARTICLES_PER_PAGE = 40
"""An actor's quotes, events and mentioning articles are shown this many at a time: the most
prominent actors are named in most articles, and their page must still open at once."""


def actor_pages(
    actor: Actor, briefing: Briefing, paths: SitePaths, events: list[Event]
) -> dict[str, str]:
    """The actor's page, and its continuation pages (`actors/<slug>/more-p2.md`, …) when
    it has more quotes, events or mentioning articles than one page shows."""
    quotes = chunks(paths.quotes_by_speaker.get(actor.id, []), QUOTES_PER_PAGE)
    timeline = chunks(events, EVENTS_PER_PAGE)
    groups = mentions_by_article(actor)
    ordered = sorted(
        (a for a in groups if a in paths.article_by_id),
        key=lambda a: (paths.article_by_id[a].published or "", a),
    )
    mentioning = chunks(ordered, ARTICLES_PER_PAGE)
    count = max(len(quotes), len(timeline), len(mentioning))
    main = paths.actors[actor.id]
    more = main[: -len(".md")] + "/more.md"
    pages = [main] + [numbered(more, n) for n in range(2, count + 1)]
    files = {}
    for number, page in enumerate(pages):
        linker = Linker(briefing, paths, page)
        out = [_head(actor, linker) if number == 0 else _continued(actor, linker, number + 1)]
        nav = pager(page, pages, "Pages about this actor")
        out.append(nav)
        part = (
            quotes[number] if number < len(quotes) else [],
            timeline[number] if number < len(timeline) else [],
            mentioning[number] if number < len(mentioning) else [],
        )
        out.append(_sections(actor, linker, groups, *part, related=number == 0))
        out.append(nav)
        files[page] = "\n".join(o for o in out if o).rstrip() + "\n"
    return files


def _continued(actor: Actor, linker: Linker, number: int) -> str:
    title = f"{actor.name} (page {number})"
    back = linker.actor(actor.id)
    return unsearched_front_matter(title) + f"# {md(title)}\n\nContinued from {back}.\n"


def _head(actor: Actor, linker: Linker) -> str:
    """Front matter, name and facts: what the search index holds for an actor."""
    tags = [actor.type] if len(linker.briefing.articles) <= TAG_PAGES_UP_TO else []
    out = [front_matter(title=actor.name, tags=tags, description=actor.role or actor.name)]
    out.append(f"# {md(actor.name)}\n")
    facts = [("Type", TYPE_SINGULAR.get(actor.type, actor.type))]
    if actor.aliases:
        facts.append(("Also called", ", ".join(md(a) for a in actor.aliases)))
    if actor.roles or actor.role:
        roles = list(actor.roles) or [actor.role or ""]
        facts.append(("Role", "; ".join(md(r) for r in roles if r)))
    if actor.affiliations:
        facts.append(("Affiliation", linker.actors_list(actor.affiliations)))
    if actor.part_of:
        facts.append(("Part of", linker.actors_list((actor.part_of,))))
    if linker.paths.parts_of.get(actor.id):
        facts.append(("Parts", linker.actors_list(linker.paths.parts_of[actor.id])))
    facts.append(
        (
            "Mentions",
            f"{len(actor.mentions)} in {len(actor.articles)} article"
            f"{'s' if len(actor.articles) != 1 else ''}",
        )
    )
    out.append("\n".join(f"- **{k}:** {v}" for k, v in facts) + "\n")
    if actor.description:
        out.append(f"> {md(actor.description)}\n")
    return "\n".join(out)


def _sections(
    actor: Actor,
    linker: Linker,
    groups: dict[str, list[Mention]],
    quotes: Sequence[Quote],
    events: Sequence[Event],
    article_ids: Sequence[str],
    related: bool,
) -> str:
    """Quotes, timeline, related actors and mentions (one page's share of each); in a
    large briefing, out of the search index, which keeps the name, aliases and role."""
    out = []
    quiet = search_exclusion(len(linker.briefing.articles))
    if quotes:
        out.append(f"## Quotes{quiet}\n")
        for quote in quotes:
            source = linker.paragraph(
                quote.article, quote.paragraph, linker.publication(quote.article)
            )
            out.append(f"- “{md(quote.text)}” — {source}")
        out.append("")
    if events:
        out.append(f"## Timeline{quiet}\n")
        out.extend(linker.event_item(event, "details") for event in events)
        out.append("")
    if related and actor.related:
        out.append(f"## Related actors{quiet}\n")
        out.append("Actors named in the same sentences or paragraphs, most often first.\n")
        for other in actor.related[:15]:
            out.append(f"- {linker.actor(other.actor)} ({other.weight})")
        out.append("")
    if article_ids or related:
        out.append(f"## Mentioned in{quiet}\n")
    for article_id in article_ids:
        out.extend(_mention_lines(linker, article_id, groups[article_id], quiet))
    return "\n".join(out)


def _mention_lines(
    linker: Linker, article_id: str, mentions: list[Mention], quiet: str
) -> list[str]:
    """The article's heading and each sentence naming the actor, linked to its paragraph."""
    article = linker.articles[article_id]
    out = [f"### {linker.article(article_id)}{quiet}\n"]
    seen: set[tuple[str, int]] = set()
    for mention in sorted(mentions, key=lambda m: (reading_order(m.paragraph), m.start)):
        text = _paragraph_text(article, mention.paragraph)
        start, end = sentence_at(text, mention.start)
        if (mention.paragraph, start) in seen:
            continue
        seen.add((mention.paragraph, start))
        label = (
            mention.paragraph
            if mention.paragraph in (TITLE, CAPTION)
            else f"¶{mention.paragraph.lstrip('p')}"
        )
        link = linker.paragraph(article_id, mention.paragraph, label)
        out.append(f"- {link}: {md(text[start:end])}")
    out.append("")
    return out


def _paragraph_text(article, paragraph_id: str) -> str:
    """The text a mention's offsets count in: a paragraph's, the title's or the caption's."""
    return dict(article_texts(article)).get(paragraph_id, "")


def actors_index(briefing: Briefing, paths: SitePaths) -> str:
    linker = Linker(briefing, paths, "actors/index.md")
    out = [front_matter(), "# Actors\n"]
    out.append(
        f"{len(briefing.actors)} actors found in {len(briefing.articles)} articles, "
        "grouped by type, most prominent first.\n"
    )
    for actor_type, label in TYPE_LABELS.items():
        group = by_salience([a for a in briefing.actors if a.type == actor_type])
        if not group:
            continue
        out.append(f"## {label} ({len(group)})\n")
        out.append("| Actor | Mentions | Articles | Role |\n|---|---:|---:|---|")
        for actor in group:
            out.append(
                f"| {linker.actor(actor.id)} | {len(actor.mentions)} | {len(actor.articles)} | "
                f"{md(actor.role) or '—'} |"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"

"""Actor pages and the actors index (grouped by type, most salient first)."""

from __future__ import annotations

from ..models import Actor, Briefing, Event
from ..text import paragraph_number, sentence_at
from .common import (
    TYPE_LABELS,
    TYPE_SINGULAR,
    Linker,
    front_matter,
    mentions_by_article,
)
from .paths import SitePaths
from .safe import md


def by_salience(actors: tuple[Actor, ...] | list[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (-a.salience, -len(a.mentions), a.name.lower(), a.id))


def actor_page(actor: Actor, briefing: Briefing, paths: SitePaths, events: list[Event]) -> str:
    page = paths.actors[actor.id]
    linker = Linker(briefing, paths, page)
    articles = paths.article_by_id
    out = [front_matter(title=actor.name, tags=[actor.type], description=actor.role or actor.name)]
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
    if paths.parts_of.get(actor.id):
        facts.append(("Parts", linker.actors_list(paths.parts_of[actor.id])))
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
    quotes = paths.quotes_by_speaker.get(actor.id, [])
    if quotes:
        out.append("## Quotes\n")
        for quote in quotes:
            source = linker.paragraph(
                quote.article, quote.paragraph, linker.publication(quote.article)
            )
            out.append(f"- “{md(quote.text)}” — {source}")
        out.append("")
    if events:
        out.append("## Timeline\n")
        out.extend(linker.event_item(event, "details") for event in events)
        out.append("")
    if actor.related:
        out.append("## Related actors\n")
        out.append("Actors named in the same sentences or paragraphs, most often first.\n")
        for related in actor.related[:15]:
            out.append(f"- {linker.actor(related.actor)} ({related.weight})")
        out.append("")
    out.append("## Mentioned in\n")
    groups = mentions_by_article(actor)
    for article_id in sorted(
        groups, key=lambda a: (articles[a].published or "", a) if a in articles else ("", a)
    ):
        article = articles.get(article_id)
        if article is None:
            continue
        out.append(f"### {linker.article(article_id)}\n")
        seen: set[tuple[str, int]] = set()
        for mention in sorted(
            groups[article_id], key=lambda m: (paragraph_number(m.paragraph), m.start)
        ):
            text = (
                article.title
                if mention.paragraph == "title"
                else _paragraph_text(article, mention.paragraph)
            )
            start, end = sentence_at(text, mention.start)
            if (mention.paragraph, start) in seen:
                continue
            seen.add((mention.paragraph, start))
            label = "title" if mention.paragraph == "title" else f"¶{mention.paragraph.lstrip('p')}"
            link = linker.paragraph(article_id, mention.paragraph, label)
            out.append(f"- {link}: {md(text[start:end])}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _paragraph_text(article, paragraph_id: str) -> str:
    paragraph = article.paragraph(paragraph_id)
    return paragraph.text if paragraph else ""


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

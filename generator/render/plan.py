"""The site's plan: every page's path and the lookups pages share, decided once per render.

Apart from `paths` because the timeline's paging decides where each event goes: `paths`
is below every page module, this module above the timeline's.
"""

from __future__ import annotations

from ..models import Briefing, Mention, Quote
from .paths import SitePaths, unique_slugs
from .timeline_pages import event_paths


def site_paths(briefing: Briefing) -> SitePaths:
    """Where every article, actor and event goes, and the lookups built from the briefing."""
    article_slugs = unique_slugs((a.id for a in briefing.articles), "article")
    actor_slugs = unique_slugs((a.id for a in briefing.actors), "actor")
    mentions: dict[str, list[Mention]] = {}
    for actor in briefing.actors:
        for mention in actor.mentions:
            mentions.setdefault(mention.article, []).append(mention)
    quotes: dict[str, list[Quote]] = {}
    for quote in briefing.quotes:
        if quote.speaker:
            quotes.setdefault(quote.speaker, []).append(quote)
    parts: dict[str, list[str]] = {}
    for actor in briefing.actors:  # actors come sorted by id
        if actor.part_of:
            parts.setdefault(actor.part_of, []).append(actor.id)
    return SitePaths(
        articles={k: f"articles/{v}.md" for k, v in article_slugs.items()},
        actors={k: f"actors/{v}.md" for k, v in actor_slugs.items()},
        actor_by_id={a.id: a for a in briefing.actors},
        article_by_id={a.id: a for a in briefing.articles},
        mentions_by_article=mentions,
        quotes_by_speaker=quotes,
        events=event_paths(briefing.events),
        parts_of=parts,
    )

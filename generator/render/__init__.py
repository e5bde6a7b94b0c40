"""Briefing → {path relative to the docs folder: file text}. Rendering writes nothing."""

from __future__ import annotations

from importlib import resources

from ..models import Briefing, Event
from .actor_pages import actor_page, actors_index
from .article_pages import article_page, articles_index
from .export import exports
from .overview import about_page, data_page, overview_page, tags_page, timeline_page
from .paths import SitePaths

ASSETS = ("briefing.css",)


def _events_by(briefing: Briefing) -> tuple[dict[str, list[Event]], dict[str, list[Event]]]:
    """Events per article and per actor, each list in date order."""
    by_article: dict[str, list[Event]] = {}
    by_actor: dict[str, list[Event]] = {}
    for event in sorted(briefing.events, key=lambda e: (e.date, e.id)):
        for article_id in sorted({s.article for s in event.sources}):
            by_article.setdefault(article_id, []).append(event)
        for actor_id in event.actors:
            by_actor.setdefault(actor_id, []).append(event)
    return by_article, by_actor


def render(briefing: Briefing) -> dict[str, str]:
    """Every page, data file and stylesheet of the docs folder."""
    paths = SitePaths.plan(briefing)
    by_article, by_actor = _events_by(briefing)
    files: dict[str, str] = {
        "index.md": overview_page(briefing, paths),
        "articles/index.md": articles_index(briefing, paths),
        "actors/index.md": actors_index(briefing, paths),
        "timeline.md": timeline_page(briefing, paths),
        "data/index.md": data_page(briefing, paths),
        "about.md": about_page(briefing, paths),
        "tags.md": tags_page(),
    }
    for article in briefing.articles:
        files[paths.articles[article.id]] = article_page(
            article, briefing, paths, by_article.get(article.id, [])
        )
    for actor in briefing.actors:
        files[paths.actors[actor.id]] = actor_page(
            actor, briefing, paths, by_actor.get(actor.id, [])
        )
    files.update(exports(briefing, paths))
    for name in ASSETS:
        files[f"assets/{name}"] = (
            resources.files("generator.assets").joinpath(name).read_text("utf-8")
        )
    return dict(sorted(files.items()))

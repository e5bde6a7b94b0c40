"""The sources of a briefing, summarised so the overview and about pages stay small.

Up to `TABLE_UP_TO` articles, both pages list every article; above, they list the
publications (most articles first) and leave the articles to the articles index, and the
actors-by-source chart has a column per leading publication instead of one per article.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Article, Briefing
from .common import BASIS_LABELS, Linker, human_date
from .safe import md, md_link

TABLE_UP_TO = 30
"""Articles up to which the overview and about pages list every one of them."""

CHART_COLUMNS = 20
"""Publications drawn as columns of the actors-by-source chart of a large briefing."""


@dataclass(frozen=True)
class Column:
    """One column of the actors-by-source chart: an article, or a publication's articles."""

    label: str
    title: str
    articles: frozenset[str]


def _by_date(articles: tuple[Article, ...]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.published or "", a.id))


def _publications(articles: tuple[Article, ...]) -> list[tuple[str, list[Article]]]:
    """Publications with their articles (by date), the one with most articles first."""
    groups: dict[str, list[Article]] = {}
    for article in _by_date(articles):
        groups.setdefault(article.publication or "unknown publication", []).append(article)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def chart_columns(articles: tuple[Article, ...]) -> list[Column]:
    """A column per article in a small briefing, else per leading publication."""
    if len(articles) <= TABLE_UP_TO:
        return [
            Column(
                f"{a.publication or a.title} ({human_date(a.published)})",
                a.title,
                frozenset({a.id}),
            )
            for a in _by_date(articles)
        ]
    return [
        Column(f"{name} ({len(group)} articles)", name, frozenset(a.id for a in group))
        for name, group in _publications(articles)[:CHART_COLUMNS]
    ]


def _articles_table(briefing: Briefing, linker: Linker) -> str:
    rows = ["| Publication | Published | Authors | Article | Original |", "|---|---|---|---|---|"]
    for article in _by_date(briefing.articles):
        basis = (
            f" ({BASIS_LABELS[article.published_basis]})"
            if article.published_basis in BASIS_LABELS
            else ""
        )
        rows.append(
            f"| {md(article.publication) or '—'} | {human_date(article.published)}{basis} | "
            f"{', '.join(md(a) for a in article.authors) or '—'} | {linker.article(article.id)} | "
            f"{md_link('original', article.url) if article.url else '—'} |"
        )
    return "\n".join(rows) + "\n"


def sources_table(briefing: Briefing, linker: Linker, limit: int) -> str:
    """Every article of a small briefing; else the `limit` leading publications."""
    if len(briefing.articles) <= TABLE_UP_TO:
        return _articles_table(briefing, linker)
    publications = _publications(briefing.articles)
    rows = ["| Publication | Articles | First | Latest |", "|---|---:|---|---|"]
    for name, group in publications[:limit]:
        rows.append(
            f"| {md(name)} | {len(group)} | {human_date(group[0].published)} | "
            f"{human_date(group[-1].published)} |"
        )
    more = len(publications) - limit
    tail = f"{more} more publications. " if more > 0 else ""
    return (
        "\n".join(rows)
        + f"\n\n{tail}Every one of the {len(briefing.articles)} articles is listed in "
        + f"[Articles]({linker.to('articles/index.md')}).\n"
    )

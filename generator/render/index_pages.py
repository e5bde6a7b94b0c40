"""The actors and articles indexes of a large briefing, cut into pages.

Up to `ONE_PAGE` entries an index is one page (`actor_pages.actors_index`,
`article_pages.articles_index`). Above it, `actors/index.md` shows each type's most
prominent actors and links pages of that type by initial (`actors/by-type/<type>/<a>.md`),
and `articles/index.md` links a page per month (`articles/by-date/<yyyy-mm>.md`); every
such page is cut into pages of `PER_PAGE` rows. The folders cannot clash with page slugs:
actor and article pages are files directly in `actors/` and `articles/`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Actor, Article, Briefing
from .actor_pages import actors_index, by_salience
from .article_pages import articles_index
from .common import TYPE_LABELS, Linker, front_matter, human_date
from .inferred import article_mark
from .listing import ONE_PAGE, PER_PAGE, chunks, numbered, pager, unsearched_front_matter
from .paths import SitePaths, relative, safe_slug
from .safe import md

TOP_ACTORS = 10
"""Actors of each type shown on the index itself, most prominent first."""


def _initial(name: str) -> str:
    """The letter a name is filed under: `a`…`z`, else `other` (the first letter of its
    slug). A name that opens on an ASCII letter or digit opens its slug with that character
    lower-cased (slugify keeps those and only drops or replaces what comes before them),
    so only the other names are slugged: slugging every actor's name took half a second
    at a thousand articles."""
    first = name[:1]
    if not (first.isascii() and first.isalnum()):
        first = safe_slug(name, "other")[0]
    first = first.lower()
    return first if "a" <= first <= "z" else "other"


def _paged(
    base: str,
    title: str,
    rows: Sequence[str],
    header: str,
    back: tuple[str, str],
    tags: Sequence[str] = (),
) -> dict[str, str]:
    """A table cut into pages `base`, `base-p2`, …, each with a pager and a link back."""
    parts = chunks(rows, PER_PAGE)
    pages = [numbered(base, n) for n in range(1, len(parts) + 1)]
    files = {}
    for page, part in zip(pages, parts, strict=True):
        more = pager(page, pages)
        up = f"[{back[0]}]({relative(page, back[1])}) · {len(rows)} entries\n"
        body = [
            unsearched_front_matter(title, tags),
            f"# {md(title)}\n",
            up,
            more,
            header,
            *part,
            "",
            more,
        ]
        files[page] = "\n".join(b for b in body if b is not None).rstrip() + "\n"
    return files


def _actor_row(actor: Actor, linker: Linker) -> str:
    return (
        f"| {linker.actor(actor.id)} | {len(actor.mentions)} | {len(actor.articles)} | "
        f"{md(actor.role) or '—'} |"
    )


ACTOR_HEADER = "| Actor | Mentions | Articles | Role |\n|---|---:|---:|---|"


def actor_index_pages(briefing: Briefing, paths: SitePaths) -> dict[str, str]:
    """`actors/index.md`, and the pages by type and initial when there are many actors."""
    if len(briefing.actors) <= ONE_PAGE:
        return {"actors/index.md": actors_index(briefing, paths)}
    index = "actors/index.md"
    linker = Linker(briefing, paths, index)
    out = [front_matter(), "# Actors\n"]
    out.append(
        f"{len(briefing.actors)} actors found in {len(briefing.articles)} articles, grouped by "
        f"type: the {TOP_ACTORS} most prominent of each, then all of them by initial.\n"
    )
    files: dict[str, str] = {}
    for actor_type, label in TYPE_LABELS.items():
        group = by_salience([a for a in briefing.actors if a.type == actor_type])
        if not group:
            continue
        out.append(f"## {label} ({len(group)})\n")
        out.append(ACTOR_HEADER)
        out.extend(_actor_row(actor, linker) for actor in group[:TOP_ACTORS])
        out.append("")
        letters: dict[str, list[Actor]] = {}
        for actor in sorted(group, key=lambda a: (a.name.lower(), a.id)):
            letters.setdefault(_initial(actor.name), []).append(actor)
        links = []
        for letter in sorted(letters, key=lambda x: (x == "other", x)):
            base = f"actors/by-type/{safe_slug(actor_type)}/{letter}.md"
            page_linker = Linker(briefing, paths, base)
            rows = [_actor_row(a, page_linker) for a in letters[letter]]
            title = f"{label}: {letter.upper() if letter != 'other' else 'other'}"
            files.update(
                _paged(base, title, rows, ACTOR_HEADER, ("All actors", index), [actor_type])
            )
            links.append(f"[{letter.upper() if letter != 'other' else 'other'}]({linker.to(base)})")
        out.append(f"All {len(group)} by initial: " + " · ".join(links) + "\n")
    files[index] = "\n".join(out).rstrip() + "\n"
    return files


def _newest(article: Article) -> tuple[str, str]:
    return (article.published or "", article.id)


def _month(article: Article) -> str:
    return article.published[:7] if article.published else "undated"


def _article_row(article: Article, linker: Linker) -> str:
    return (
        f"| {human_date(article.published)}{article_mark(article, linker.about)} | "
        f"{linker.article(article.id)} | "
        f"{md(article.publication) or '—'} | {', '.join(md(a) for a in article.authors) or '—'} |"
    )


ARTICLE_HEADER = "| Published | Title | Publication | Authors |\n|---|---|---|---|"


def article_index_pages(briefing: Briefing, paths: SitePaths) -> dict[str, str]:
    """`articles/index.md`, and a page per month (newest first) when there are many."""
    if len(briefing.articles) <= ONE_PAGE:
        return {"articles/index.md": articles_index(briefing, paths)}
    index = "articles/index.md"
    linker = Linker(briefing, paths, index)
    months: dict[str, list[Article]] = {}
    for article in sorted(briefing.articles, key=_newest, reverse=True):
        months.setdefault(_month(article), []).append(article)
    out = [front_matter(), "# Articles\n"]
    out.append(f"{len(briefing.articles)} articles, by month of publication, newest first.\n")
    files: dict[str, str] = {}
    years: dict[str, list[str]] = {}
    for month, group in months.items():
        base = f"articles/by-date/{safe_slug(month)}.md"
        page_linker = Linker(briefing, paths, base)
        label = human_date(month) if month != "undated" else "Undated"
        rows = [_article_row(a, page_linker) for a in group]
        files.update(
            _paged(base, f"Articles: {label}", rows, ARTICLE_HEADER, ("All months", index))
        )
        short = label.replace(f" {month[:4]}", "") if month != "undated" else label
        years.setdefault(month[:4] if month != "undated" else "Undated", []).append(
            f"[{md(short)}]({linker.to(base)}) ({len(group)})"
        )
    for year, links in years.items():
        out.append(f"- **{md(year)}**: " + " · ".join(links))
    files[index] = "\n".join(out).rstrip() + "\n"
    return files

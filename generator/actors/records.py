"""The Actor records of resolved clusters: mentions, aliases, roles, salience, relations."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Actor, Article, Mention, RelatedActor
from . import cooccurrence
from .cluster import Cluster
from .describe import part_of_ids
from .lexicon import fold
from .texts import reading_order, text_lookup


def actor_records(
    clusters: list[Cluster],
    articles: Sequence[Article],
    together: Sequence[tuple[str, Sequence[tuple[str, ...]]]] | None = None,
) -> tuple[Actor, ...]:
    """The corpus-wide Actor of each cluster: mentions, aliases, roles, salience, relations
    (`together`: the articles' keys named together, or None, `_related`)."""
    ids = {c.id for c in clusters}
    local_ids = {}
    for cluster in clusters:
        for article_id, local in cluster.locals:
            local_ids[(article_id, local.key)] = cluster.id
    related = _related(clusters, articles, together, local_ids)
    part_of = part_of_ids(
        (
            c.id or "",
            c.type,
            [c.name or "", *(a.name for _, a in c.locals)],
            [a for _, a in c.locals],
        )
        for c in clusters
    )
    raw = raw_salience(clusters)
    top = max(raw.values(), default=1.0) or 1.0
    actors = []
    for cluster in clusters:
        affiliated = {
            local_ids.get((article_id, key), "")
            for article_id, a in cluster.locals
            for key in a.affiliations
        }
        # intersect first: `ids - {cluster.id}` would copy every id, once per actor
        shared = CorpusPart(
            related.get(cluster.id or "", ()),
            tuple(sorted((affiliated & ids) - {cluster.id})),
            round(raw[cluster.id] / top, 4),
            part_of.get(cluster.id or ""),
        )
        actors.append(actor_record(cluster, shared))
    return tuple(sorted(actors, key=lambda a: a.id))


@dataclass(frozen=True)
class CorpusPart:
    """The fields of an actor's record that other clusters decide; the rest is the
    cluster's own (`actor_record`)."""

    related: tuple[RelatedActor, ...]
    affiliations: tuple[str, ...]
    salience: float
    part_of: str | None


def actor_record(cluster: Cluster, shared: CorpusPart) -> Actor:
    """The Actor of one cluster: its own mentions, names, roles and description, and the
    corpus part `shared`."""
    mentions = _mentions(cluster)
    names = _mention_names(cluster) | {a.name for _, a in cluster.locals}
    names |= {n for _, a in cluster.locals for n in a.aliases} | set(cluster.extra_aliases)
    aliases = tuple(sorted(n for n in names if n and n != cluster.name))
    roles = Counter(r for _, a in cluster.locals for r in a.roles)
    description = next(
        (a.description for _, a in sorted(cluster.locals, key=lambda x: x[0]) if a.description),
        None,
    )
    return Actor(
        id=cluster.id or "",
        name=cluster.name or "",
        type=cluster.type,
        aliases=aliases,
        role=cluster.role or main_role(roles),
        mentions=mentions,
        related=shared.related,
        roles=distinct_roles(roles),
        affiliations=shared.affiliations,
        description=description,
        salience=shared.salience,
        part_of=shared.part_of,
    )


def _related(
    clusters: list[Cluster],
    articles: Sequence[Article],
    together: Sequence[tuple[str, Sequence[tuple[str, ...]]]] | None,
    local_ids: dict[tuple[str, str], str | None],
) -> dict[str, tuple[RelatedActor, ...]]:
    """Who is named with whom: from each article's keys named together
    (`cooccurrence.named_together`) when every cluster's mentions are those of its local
    keys (no curation moved any), else (None) from every cluster's mentions."""
    if together is not None:
        return cooccurrence.related_together(together, local_ids)
    return cooccurrence.related([(c.id or "", c.mentions) for c in clusters], text_lookup(articles))


def raw_salience(clusters: list[Cluster]) -> dict[str | None, float]:
    """Per cluster: 1 + log(mentions) per article naming it, plus one per headline."""
    raw = {}
    for cluster in clusters:
        per_article = Counter(m.article for m in cluster.mentions)
        titles = sum(1 for m in cluster.mentions if m.paragraph == "title")
        raw[cluster.id] = sum(1 + math.log(n) for n in per_article.values()) + titles
    return raw


def _mention_names(cluster: Cluster) -> set[str]:
    """The texts of the cluster's mentions that name it: all but those its local says do
    not ("Cairo" in "the Cairo and Riyadh groups": `LocalActor.not_names`)."""
    not_names = {
        (article_id, local.key): local.not_names
        for article_id, local in cluster.locals
        if local.not_names
    }
    return {
        m.text for m in cluster.mentions if m.text not in not_names.get((m.article, m.actor), ())
    }


def _mentions(cluster: Cluster) -> tuple[Mention, ...]:
    """The cluster's mentions under its id, in reading order, without duplicates."""
    mentions = tuple(
        sorted(
            (
                Mention(m.article, m.paragraph, m.start, m.end, m.text, cluster.id or "")
                for m in cluster.mentions
            ),
            key=lambda m: (m.article, reading_order(m.paragraph), m.start, m.end),
        )
    )
    return tuple(dict.fromkeys(mentions))


def main_role(roles: Counter[str]) -> str | None:
    """The most supported role, where a fuller title inherits the support of the shorter ones
    it ends with: "Syrian President" (1) beats "president" (2) because it is both."""
    if not roles:
        return None

    def support(role: str) -> int:
        folded = fold(role)
        return sum(n for other, n in roles.items() if folded.endswith(fold(other)))

    return max(roles, key=lambda r: (support(r), len(r.split()), r[:1].isupper(), r))


def distinct_roles(roles: Counter[str]) -> tuple[str, ...]:
    """Roles worth listing, most supported first: a role that a fuller one ends with
    ("president" in "Syrian President") is not listed again."""
    folded = {r: fold(r) for r in roles}
    kept = [
        r
        for r in roles
        if not any(
            o != r and folded[o] != folded[r] and folded[o].endswith(folded[r]) for o in roles
        )
    ]
    unique: dict[str, str] = {}
    for role in sorted(kept, key=lambda r: (-roles[r], not r[:1].isupper(), r)):
        unique.setdefault(folded[role], role)
    return tuple(unique.values())

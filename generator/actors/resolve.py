"""Corpus-wide actors: merge the articles' local actors, apply curation, relate and rank.

Merging rules, in order:
- the same canonical name (folded; for persons, without particles: "Bashar Assad" =
  "Bashar al-Assad"), or a shared alias of a non-person ("HNC" defined in one article);
- the same consonant skeleton for organisations ("al-Qaeda" = "al-Qaida");
- a person known by one word ("Assad") joins the one full-named person with that surname;
  with two or more candidates it is left alone and reported in `problems`.
Then `ActorCuration`s apply: add/split, merge, rename/retype/aliases/role, exclude.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import (
    PERSON,
    Article,
    ArticleActors,
    Mention,
)
from ..settings.config import ActorCuration
from .actor_ids import IdEntry, assign_ids
from .cluster import Cluster
from .clustering import (
    ActorIndex,
    Grouping,
    acronym_problems,
    canonical_name,
    cluster_actors,
)
from .describe import person_states, person_to_state, qualifiers, resolve_bare
from .lexicon import fold
from .records import actor_records
from .resolve_added import resolve_added
from .resolve_memo import ActorMemo
from .resolve_state import full_state
from .texts import article_texts


def resolve_actors(
    articles: Sequence[Article],
    per_article: Sequence[ArticleActors],
    curations: Sequence[ActorCuration] = (),
    memo: ActorMemo | None = None,
) -> ActorIndex:
    """Corpus-wide actors with global ids, curated, related and ranked (deterministic);
    `memo`: what the last build's resolution left (`resolve_memo`): an added article's
    actors are resolved against it when that gives this same index (`resolve_added`),
    and this resolution is left in it (nothing for a curated corpus)."""
    keeping = memo is not None and not curations and _together(per_article, ()) is not None
    if memo is not None and keeping:
        made = resolve_added(memo.known, per_article)
        if made is not None:
            memo.state, memo.added = made[1], True
            return made[0]
    originals = per_article
    per_article, problems, tables = _described(per_article)
    grouping = Grouping() if keeping else None
    clusters, cluster_problems = cluster_actors(per_article, grouping)
    problems += cluster_problems
    before_acronyms = list(problems)
    _gather_mentions(clusters, per_article)
    _assign_ids(clusters)
    problems += acronym_problems(clusters)
    clusters, curation_problems = _curate(clusters, curations, articles)
    problems += curation_problems
    _assign_ids(clusters, keep=True)
    local_to_global = {}
    for cluster in clusters:
        mentioned = {(m.article, m.actor) for m in cluster.mentions}
        for ref in {(a, local.key) for a, local in cluster.locals} | mentioned:
            local_to_global.setdefault(ref, cluster.id)
    actors = actor_records(clusters, articles, _together(per_article, curations))
    ids = {a.id for a in actors}
    quotes = []
    for found in per_article:
        for quote in found.quotes:
            speaker = None
            if quote.speaker is not None:
                speaker = local_to_global.get((found.article, quote.speaker))
            quotes.append(replace(quote, speaker=speaker if speaker in ids else None))
    quotes.sort(key=lambda q: (q.article, q.paragraph, q.start))
    local_to_global = {k: v for k, v in local_to_global.items() if v in ids}
    index = ActorIndex(
        actors=actors,
        local_to_global=dict(sorted(local_to_global.items())),
        quotes=tuple(quotes),
        problems=tuple(sorted(set(problems))),
    )
    if memo is not None:
        memo.state = None
        if grouping is not None:
            memo.state = full_state(originals, tables, grouping, clusters, before_acronyms, index)
    return index


def _gather_mentions(clusters: list[Cluster], per_article: Sequence[ArticleActors]) -> None:
    """Each cluster's mentions (those of its pairs, in the corpus's order) and name."""
    owner: dict[tuple[str, str], Cluster] = {}
    for cluster in clusters:
        for article_id, actor in cluster.locals:
            owner[(article_id, actor.key)] = cluster
    for found in per_article:
        for mention in found.mentions:
            cluster = owner.get((found.article, mention.actor))
            if cluster is not None:
                cluster.mentions.append(mention)
    for cluster in clusters:
        cluster.name = canonical_name(cluster)


def _described(
    per_article: Sequence[ArticleActors],
) -> tuple[list[ArticleActors], list[str], tuple]:
    """`describe.resolve_descriptions`, and the tables it used (the person states, the
    articles with persons' governments resolved, the qualifiers and who set them)."""
    states = person_states(per_article)
    described = person_to_state(per_article, states)
    owners: dict[tuple[str, str], str] = {}
    table = qualifiers(described, owners)
    resolved, problems = resolve_bare(described, table)
    return resolved, problems, (states, described, table, owners)


def _together(
    per_article: Sequence[ArticleActors], curations: Sequence[ActorCuration]
) -> list[tuple[str, tuple[tuple[str, ...], ...]]] | None:
    """Each article's keys named together, when they count co-occurrence exactly: every
    article has them and no curation gives a cluster mentions of no local key of its own
    (an added actor's, a split's, a merge's)."""
    if curations or any(found.together is None for found in per_article):
        return None
    return [(found.article, found.together) for found in per_article]  # type: ignore[misc]


def _assign_ids(clusters: list[Cluster], keep: bool = False) -> None:
    """Slug of the canonical name; a clash adds the type, then a number."""
    entries = [
        IdEntry(len(c.mentions), c.name or "", c.type, c.id if keep else None) for c in clusters
    ]
    for cluster, actor_id in zip(clusters, assign_ids(entries), strict=True):
        cluster.id = actor_id


def _curate(
    clusters: list[Cluster], curations: Sequence[ActorCuration], articles: Sequence[Article]
) -> tuple[list[Cluster], list[str]]:
    """Apply `actors:` entries: add/split, merge, rename/retype/aliases/role, then exclude."""
    problems: list[str] = []
    by_id = {c.id: c for c in clusters}
    for cur in curations:
        if cur.id in by_id:
            continue
        if not cur.name:
            problems.append(
                f"actors.{cur.id}: no actor with this id was extracted "
                "(give a name to add it, or use an extracted id)"
            )
            continue
        surfaces = {fold(n) for n in (cur.name, *cur.aliases)}
        source = by_id.get(cur.split_from) if cur.split_from else None
        if cur.split_from and source is None:
            problems.append(f"actors.{cur.id}.split_from: no actor with id {cur.split_from!r}")
        new = Cluster(cur.type or (source.type if source else PERSON), [], id=cur.id)
        new.name = cur.name
        if source is not None:
            keep = [m for m in source.mentions if fold(m.text) not in surfaces]
            new.mentions = [m for m in source.mentions if fold(m.text) in surfaces]
            source.mentions = keep
        else:
            new.mentions = _find_mentions(articles, (cur.name, *cur.aliases), cur.id)
        by_id[cur.id] = new
    for cur in curations:
        target = by_id.get(cur.id)
        if target is None:
            continue
        for other_id in cur.merge:
            other = by_id.get(other_id)
            if other is None or other is target:
                problems.append(f"actors.{cur.id}.merge: no actor with id {other_id!r}")
                continue
            target.mentions += other.mentions
            target.locals += other.locals
            target.extra_aliases += [other.name or "", *other.extra_aliases]
            del by_id[other_id]
        if cur.name:
            if target.name and target.name != cur.name:
                target.extra_aliases.append(target.name)
            target.name = cur.name
        if cur.type:
            target.type = cur.type
        target.extra_aliases += list(cur.aliases)
        if cur.role:
            target.role = cur.role
    for cur in curations:
        if cur.exclude and cur.id in by_id:
            del by_id[cur.id]
    return list(by_id.values()), problems


def _find_mentions(articles: Sequence[Article], names: Sequence[str], key: str) -> list[Mention]:
    """Every whole-word occurrence of any of `names` in the corpus (for curated additions)."""
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
    if not alternatives:
        return []
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    found = []
    for article in articles:
        for paragraph_id, text in article_texts(article):
            for match in pattern.finditer(text):
                found.append(
                    Mention(
                        article.id, paragraph_id, match.start(), match.end(), match.group(), key
                    )
                )
    return found

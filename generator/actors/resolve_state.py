"""What one resolution of the corpus's actors leaves for the next (`resolve_added`).

Everything an added article's actors are resolved against without reading the rest of
the corpus again: each article's digest, the description tables, each cluster key's group,
the surnames' owners, each actor's pairs, mention count, name, salience and "part of"
references, the problem lines, and the index itself. Made after a full resolution
(`full_state`) and brought up to date by an added one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import ArticleActors, LocalActor
from . import describe
from .actor_ids import slug_of
from .cluster import Cluster, Ref
from .describe import part_ref, part_targets
from .records import raw_salience

if TYPE_CHECKING:
    from .clustering import ActorIndex, Grouping


@dataclass
class Resolution:
    """The last resolution, as the next one needs it (no curation; every article's keys
    named together known)."""

    order: list[str]
    """Article ids in the corpus's order."""
    digests: dict[str, bytes]
    """Article id → `actors_digest` of its actors as extracted."""
    index: object
    """The `resolve.ActorIndex` made."""
    states: dict[str, set[str]]
    """`describe.person_states`."""
    leaders: set[str]
    """Surnames looked up in `states` (`describe.leader_surnames`)."""
    qualifiers: dict[str, dict[str, str]]
    """`describe.qualifiers`, and the article that set each (head, qualifier):"""
    qualifier_owner: dict[tuple[str, str], str]
    bare_heads: set[str]
    """Heads looked up in `qualifiers` (`describe.bare_heads`)."""
    key_root: dict[tuple[str, str], Ref]
    """Cluster key → the smallest pair of its group before surnames joined."""
    owners: dict[str, set[Ref]]
    """Surname → the groups of full-named people who have it."""
    owner_names: dict[Ref, str]
    """Each such group's name (its smallest pair's)."""
    singles: set[str]
    """Surnames said alone."""
    refs: dict[str, tuple[Ref, ...]]
    """Actor id → its pairs, sorted."""
    light: dict[str, tuple[int, str, str, str]]
    """Actor id → (mentions, name, type, slug), what its id is made from."""
    raw: dict[str, float]
    """Actor id → salience before scaling by the largest."""
    by_ref: dict[str, str]
    """`describe.part_targets` reference → the actor id it finds."""
    part_keys: dict[str, frozenset[str]]
    """Actor id → its own `part_targets`."""
    wanted: set[str]
    """Every reference a local's part_of looks up."""
    acronyms: dict[str, str]
    """Actor id → its undefined acronym's problem line."""
    lines: set[str]
    """The other problem lines."""


def actors_digest(found: ArticleActors) -> bytes:
    """A digest of what resolution reads of one article (`ArticleActors.digest`, worked
    out when it was made; made here for one read from an older pickle)."""
    return found.digest or found.made_digest()


def light_entry(cluster: Cluster) -> tuple[int, str, str, str]:
    """What a cluster's id is made from (`actor_ids.IdEntry`), its name's slug made."""
    name = cluster.name or ""
    return (len(cluster.mentions), name, cluster.type, slug_of(name))


def cluster_part(
    clusters: Sequence[Cluster],
) -> tuple[dict[str, str], dict[str, frozenset[str]], set[str]]:
    """`by_ref`, `part_keys` and `wanted` of clusters in the clustering's order."""
    by_ref: dict[str, str] = {}
    part_keys = {}
    wanted = set()
    for cluster in clusters:
        names = [cluster.name or "", *(a.name for _, a in cluster.locals)]
        targets = part_targets(cluster.type, names, [a for _, a in cluster.locals])
        for target in targets:
            by_ref.setdefault(target, cluster.id or "")
        part_keys[cluster.id or ""] = frozenset(targets)
        wanted |= {ref for _, a in cluster.locals if (ref := part_ref(a))}
    return by_ref, part_keys, wanted


def owner_names(owners: dict[str, set[Ref]], clusters: Sequence[Cluster]) -> dict[Ref, str]:
    """Each owning group's name: its smallest pair's local name."""
    roots = {root for found in owners.values() for root in found}
    local: dict[Ref, LocalActor] = {
        (a, x.key): x for c in clusters for a, x in c.locals if (a, x.key) in roots
    }
    return {root: local[root].name for root in roots}


def full_state(
    originals: Sequence[ArticleActors],
    tables: tuple,
    grouping: Grouping,
    clusters: Sequence[Cluster],
    problems: Sequence[str],
    index: ActorIndex,
) -> Resolution:
    """What a full resolution leaves: `tables` are (person states, the articles after
    `describe.person_to_state`, qualifiers, their owners); `problems` the lines before the
    acronyms'."""
    from .clustering import acronym_problems

    states, described, table, owners = tables
    by_ref, part_keys, wanted = cluster_part(clusters)  # in the clustering's order
    return Resolution(
        order=[f.article for f in originals],
        digests={f.article: actors_digest(f) for f in originals},
        index=index,
        states={s: set(found) for s, found in states.items()},
        leaders=describe.leader_surnames(originals),
        qualifiers={h: dict(q) for h, q in table.items()},
        qualifier_owner=dict(owners),
        bare_heads=describe.bare_heads(described),
        key_root=grouping.key_root,
        owners=grouping.owners,
        owner_names=owner_names(grouping.owners, clusters),
        singles=grouping.singles,
        refs={c.id or "": tuple((a, x.key) for a, x in c.locals) for c in clusters},
        light={c.id or "": light_entry(c) for c in clusters},
        raw={k or "": v for k, v in raw_salience(list(clusters)).items()},
        by_ref=by_ref,
        part_keys=part_keys,
        wanted=wanted,
        acronyms={c.id or "": line for c in clusters for line in acronym_problems([c])},
        lines=set(problems),
    )

"""Added articles' actors resolved against the last resolution, not the whole corpus again.

When every article of the last build is still here, unchanged and in the same order, and
the new ones only add to what was there, the index is the last one with the clusters the
new articles touch made again: their descriptions resolved with the corpus's tables, their
local actors grouped by the kept keys, each touched cluster rebuilt from its pairs (its
articles' actors read again), ids assigned over every cluster's kept count and name,
related actors counted on from the kept ones, salience scaled by the new largest.

Whenever the kept result could differ, None: the caller resolves the whole corpus. That
is when a new article adds a person's state to a surname an old description looks up, or
a qualifier to a head an old bare description looks up, or comes before the article that
set a qualifier's adjective with another; joins two groups (or becomes the smallest pair
of an old one); adds a group of full-named people to a surname already owned or said
alone; changes an untouched actor's id or a touched one's; changes the "part of"
references a touched actor can be found by, or makes one another actor already has or an
old local looks up. A curated corpus, or one whose keys named together are not all known,
is never resolved here (`resolve.resolve_actors`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..groups import UnionFind
from ..models import ArticleActors, LocalActor, Mention, RelatedActor
from . import describe
from .actor_ids import IdEntry, assign_ids
from .cluster import Cluster
from .cooccurrence import related_together
from .records import CorpusPart, actor_record, raw_salience
from .resolve_state import Ref, Resolution, actors_digest, cluster_part, light_entry

if TYPE_CHECKING:
    from .clustering import ActorIndex

MOST_ADDED = 0.05
"""Above this share of new articles, the whole corpus is resolved again."""


class _Fallback(Exception):
    """The kept resolution could differ from a full one here."""


def resolve_added(
    state: Resolution | None, per_article: Sequence[ArticleActors]
) -> tuple[ActorIndex, Resolution] | None:
    """The index of `per_article` and the state it leaves, from `state`; None when only a
    full resolution is sure to give the same."""
    if state is None:
        return None
    old = set(state.digests)
    added = [f for f in per_article if f.article not in old]
    if not added or len(added) > MOST_ADDED * len(per_article) + 1:
        return None
    if [f.article for f in per_article if f.article in old] != state.order:
        return None
    if len(per_article) - len(added) != len(old):
        return None
    digests = {f.article: actors_digest(f) for f in per_article}
    if any(digests[a] != state.digests[a] for a in state.order):
        return None
    try:
        return _Added(state, per_article, added, digests).run()
    except _Fallback:
        return None


class _Added:
    """One added resolution, step by step (each step raises `_Fallback` when the kept
    result could differ)."""

    def __init__(
        self,
        state: Resolution,
        per_article: Sequence[ArticleActors],
        added: list[ArticleActors],
        digests: dict[str, bytes],
    ):
        self.state = state
        self.per_article = per_article
        self.added = added
        self.digests = digests
        self.position = {f.article: k for k, f in enumerate(per_article)}
        self.problems: set[str] = set()

    def run(self) -> tuple[ActorIndex, Resolution]:
        resolved = self._descriptions()
        self.fresh = {found.article: found for found in resolved}
        local, components, roots = self._clusters(resolved)
        touched = self._touched(local, components)
        ids = self._ids(touched)
        by_ref = self._part_of(touched, ids)
        return self._index(resolved, local, touched, ids, by_ref, roots)

    # -- descriptions -------------------------------------------------------------------

    def _descriptions(self) -> list[ArticleActors]:
        """The added articles' actors with their descriptions resolved by the corpus's
        tables, the tables brought up to date."""
        state = self.state
        self.states = {s: set(v) for s, v in state.states.items()}
        for surname, found in describe.person_states(self.added).items():
            if not found <= self.states.get(surname, set()):
                if surname in state.leaders:
                    raise _Fallback
                self.states[surname] = self.states.get(surname, set()) | found
        described = describe.person_to_state(self.added, self.states)
        owners: dict[tuple[str, str], str] = {}
        table = describe.qualifiers(described, owners)
        self.table = {h: dict(q) for h, q in state.qualifiers.items()}
        self.qualifier_owner = dict(state.qualifier_owner)
        for (head, qualifier), article in owners.items():
            known = self.qualifier_owner.get((head, qualifier))
            if known is None:
                if head in state.bare_heads:
                    raise _Fallback
                self.table.setdefault(head, {})[qualifier] = table[head][qualifier]
                self.qualifier_owner[(head, qualifier)] = article
            elif self.position[article] < self.position[known]:
                if self.table[head][qualifier] != table[head][qualifier]:
                    raise _Fallback
                self.qualifier_owner[(head, qualifier)] = article
        self.bare_heads = state.bare_heads | describe.bare_heads(described)
        self.leaders = state.leaders | describe.leader_surnames(self.added)
        resolved, problems = describe.resolve_bare(described, self.table)
        self.problems.update(problems)
        return resolved

    def _resolved_again(self, found: ArticleActors) -> ArticleActors:
        """An old article's actors as the corpus's tables resolve them (as last build)."""
        described = describe.person_to_state([found], self.states)
        return describe.resolve_bare(described, self.table)[0][0]

    # -- clusters -----------------------------------------------------------------------

    def _clusters(
        self, resolved: list[ArticleActors]
    ) -> tuple[dict[Ref, LocalActor], dict[Ref, list[Ref]], dict[tuple[str, str], Ref]]:
        """The added pairs grouped with the kept groups: each final group's pairs (added
        ones and the kept roots it joined) by its root, and each new key's root."""
        from .clustering import keyed_actors

        state = self.state
        uf, local, parts_of, by_key = keyed_actors(resolved)
        joined: set[Ref] = set()
        for key, refs in by_key.items():
            for ref in refs[1:]:
                uf.union(refs[0], ref)
            root = state.key_root.get(key)
            if root is not None:
                uf.union(root, refs[0])
                joined.add(root)
        self._one_root_each(uf, joined)
        roots = {key: uf.find(refs[0]) for key, refs in by_key.items()}
        self._surnames(uf, local, parts_of, joined)
        components: dict[Ref, list[Ref]] = defaultdict(list)
        for ref in sorted({*local, *joined}):
            components[uf.find(ref)].append(ref)
        return local, components, roots

    def _surnames(
        self,
        uf: UnionFind[Ref],
        local: dict[Ref, LocalActor],
        parts_of: dict[Ref, list[str]],
        joined: set[Ref],
    ) -> None:
        """The added people's surnames joined as `resolve._join_surnames` joins them; the
        kept owners stay the owners."""
        from .clustering import ambiguous_name, shared_surname

        state = self.state
        full: dict[str, set[Ref]] = defaultdict(set)
        for ref, parts in parts_of.items():
            if len(parts) >= 2:
                full[parts[-1]].add(uf.find(ref))
        self.owners = dict(state.owners)
        self.owner_names = dict(state.owner_names)
        for surname, found in full.items():
            known = state.owners.get(surname, set())
            if found <= known:
                continue
            if known or surname in state.singles or any(r not in local for r in found):
                raise _Fallback
            self.owners[surname] = set(found)
            self.owner_names.update({r: local[r].name for r in found})
            if len(found) > 1:
                names = sorted({local[r].name for r in found})
                self.problems.add(shared_surname(surname, len(found), names))
        self.singles = set(state.singles)
        for ref, parts in sorted(parts_of.items()):
            if len(parts) != 1:
                continue
            self.singles.add(parts[0])
            owners = self.owners.get(parts[0], set())
            if len(owners) == 1:
                owner = next(iter(owners))
                uf.union(owner, ref)
                joined.add(owner)
            elif len(owners) > 1:
                names = sorted({self.owner_names[o] for o in owners})
                self.problems.add(ambiguous_name(local[ref].name, ref[0], names))

    @staticmethod
    def _one_root_each(uf: UnionFind[Ref], joined: set[Ref]) -> None:
        """A group of added pairs joins one kept group at most, whose smallest pair stays
        the smallest (its root)."""
        if any(uf.find(root) != root for root in joined):
            raise _Fallback

    def _touched(
        self, local: dict[Ref, LocalActor], components: dict[Ref, list[Ref]]
    ) -> list[tuple[str | None, Cluster]]:
        """Each touched cluster (the kept actor id it was, None for a new one), made again
        from its pairs, in the clustering's order."""
        state = self.state
        l2g = state.index.local_to_global  # type: ignore[attr-defined]
        made = []
        for refs in components.values():
            was = {l2g[r] for r in refs if r not in local}
            if len(was) > 1:
                raise _Fallback
            mine = [r for r in refs if r in local]
            actor_id = next(iter(was)) if was else None
            pairs = sorted({*mine, *(state.refs[actor_id] if actor_id else ())})
            if actor_id and pairs[0] != state.refs[actor_id][0]:
                raise _Fallback  # the cluster would move in the clustering's order
            made.append((actor_id, pairs))
        return [(actor_id, self._cluster(pairs, local)) for actor_id, pairs in made]

    def _cluster(self, pairs: list[Ref], added: dict[Ref, LocalActor]) -> Cluster:
        """A cluster of these pairs, its locals and mentions read from their articles."""
        from .clustering import canonical_name, make_cluster

        articles = sorted({a for a, _ in pairs}, key=self.position.__getitem__)
        keys: dict[str, set[str]] = defaultdict(set)
        for article, key in pairs:
            keys[article].add(key)
        local = dict(added)
        mentions: list[Mention] = []
        for article in articles:
            found = self.fresh.get(article) or self._resolved_again(
                self.per_article[self.position[article]]
            )
            mine = keys[article]
            local.update({(article, a.key): a for a in found.actors if a.key in mine})
            mentions += [m for m in found.mentions if m.actor in mine]
        cluster = make_cluster(pairs, local)
        cluster.mentions = mentions
        cluster.name = canonical_name(cluster)
        return cluster

    # -- ids, "part of", records ----------------------------------------------------------

    def _ids(self, touched: list[tuple[str | None, Cluster]]) -> dict[str, str]:
        """Every actor's id, over the kept counts and names and the touched clusters';
        the same as before for every kept actor and every touched one that was."""

        state = self.state
        was = {actor_id for actor_id, _ in touched if actor_id}
        entries: list[tuple[Ref, str | None, IdEntry]] = []
        for actor_id, refs in state.refs.items():
            if actor_id not in was:
                count, name, kind, base = state.light[actor_id]
                entries.append((refs[0], actor_id, IdEntry(count, name, kind, base=base)))
        for k, (_, cluster) in enumerate(touched):
            first = (cluster.locals[0][0], cluster.locals[0][1].key)
            entry = IdEntry(len(cluster.mentions), cluster.name or "", cluster.type)
            entries.append((first, f"\0{k}", entry))
        entries.sort(key=lambda e: e[0])
        given = assign_ids([e for _, _, e in entries])
        ids = {}
        for (_, label, _), actor_id in zip(entries, given, strict=True):
            if label is not None and not label.startswith("\0") and label != actor_id:
                raise _Fallback  # an untouched actor's id would change
            ids[label or ""] = actor_id
        for k, (old_id, cluster) in enumerate(touched):
            cluster.id = ids.pop(f"\0{k}")
            if old_id is not None and cluster.id != old_id:
                raise _Fallback  # others name it by its id
        return ids

    def _part_of(
        self, touched: list[tuple[str | None, Cluster]], ids: dict[str, str]
    ) -> dict[str, str]:
        """The references to what actors are part of, with the new clusters'."""
        state = self.state
        by_ref = dict(state.by_ref)
        self.part_keys = dict(state.part_keys)
        self.wanted = set(state.wanted)
        new = sorted(
            (c for old_id, c in touched if old_id is None),
            key=lambda c: (c.locals[0][0], c.locals[0][1].key),
        )
        for old_id, cluster in touched:
            keys, _, wanted = cluster_part([cluster])
            targets = frozenset(keys)
            if old_id is not None and targets != state.part_keys[old_id]:
                raise _Fallback
            if old_id is None and targets & (set(state.by_ref) | state.wanted):
                raise _Fallback
            self.part_keys[cluster.id or ""] = targets
            self.wanted |= wanted
        for cluster in new:
            for target in self.part_keys[cluster.id or ""]:
                by_ref.setdefault(target, cluster.id or "")
        return by_ref

    def _related(
        self, resolved: list[ArticleActors], touched: list[tuple[str | None, Cluster]]
    ) -> dict[str, tuple[RelatedActor, ...]]:
        """Each touched actor's related actors: the kept counts and the added articles'
        (which pair touched actors only)."""
        owners = {(a, x.key): cluster.id or "" for _, cluster in touched for a, x in cluster.locals}
        counted = related_together([(f.article, f.together or ()) for f in resolved], owners)
        kept = {a.id: a for a in self.state.index.actors}  # type: ignore[attr-defined]
        out = {}
        for old_id, cluster in touched:
            weights: Counter[str] = Counter()
            if old_id is not None:
                weights.update({r.actor: r.weight for r in kept[old_id].related})
            weights.update({r.actor: r.weight for r in counted.get(cluster.id or "", ())})
            out[cluster.id or ""] = tuple(
                RelatedActor(actor, weight)
                for actor, weight in sorted(weights.items(), key=lambda x: (-x[1], x[0]))
            )
        return out

    def _index(
        self,
        resolved: list[ArticleActors],
        local: dict[Ref, LocalActor],
        touched: list[tuple[str | None, Cluster]],
        ids: dict[str, str],
        by_ref: dict[str, str],
        roots: dict[tuple[str, str], Ref],
    ) -> tuple[ActorIndex, Resolution]:
        from .clustering import ActorIndex, acronym_problems

        state = self.state
        old_index = state.index
        l2g = dict(old_index.local_to_global)  # type: ignore[attr-defined]
        for _, cluster in touched:
            l2g.update({(a, x.key): cluster.id or "" for a, x in cluster.locals})
        every = set(state.refs) | {c.id or "" for _, c in touched}
        raw = dict(state.raw)
        raw.update({k or "": v for k, v in raw_salience([c for _, c in touched]).items()})
        top = max(raw.values(), default=1.0) or 1.0
        related = self._related(resolved, touched)
        actors = {}
        for actor in old_index.actors:  # type: ignore[attr-defined]
            salience = round(raw[actor.id] / top, 4)
            actors[actor.id] = (
                actor if actor.salience == salience else replace(actor, salience=salience)
            )
        acronyms = dict(state.acronyms)
        for old_id, cluster in touched:
            acronyms.pop(old_id or "", None)
            for line in acronym_problems([cluster]):
                acronyms[cluster.id or ""] = line
            affiliated = {
                l2g.get((a, key), "") for a, x in cluster.locals for key in x.affiliations
            }
            shared = CorpusPart(
                related[cluster.id or ""],
                tuple(sorted((affiliated & every) - {cluster.id})),
                round(raw[cluster.id or ""] / top, 4),
                describe.part_of_vote(cluster.id or "", [x for _, x in cluster.locals], by_ref),
            )
            actors[cluster.id or ""] = actor_record(cluster, shared)
        quotes = list(old_index.quotes)  # type: ignore[attr-defined]
        for found in resolved:
            for quote in found.quotes:
                speaker = None
                if quote.speaker is not None:
                    speaker = l2g.get((found.article, quote.speaker))
                quotes.append(replace(quote, speaker=speaker))
        quotes.sort(key=lambda q: (q.article, q.paragraph, q.start))
        lines = state.lines | self.problems
        index = ActorIndex(
            actors=tuple(sorted(actors.values(), key=lambda a: a.id)),
            local_to_global=dict(sorted(l2g.items())),
            quotes=tuple(quotes),
            problems=tuple(sorted(lines | set(acronyms.values()))),
        )
        return index, self._state(index, touched, raw, by_ref, roots, acronyms, lines)

    def _state(
        self,
        index: ActorIndex,
        touched: list[tuple[str | None, Cluster]],
        raw: dict[str, float],
        by_ref: dict[str, str],
        roots: dict[tuple[str, str], Ref],
        acronyms: dict[str, str],
        lines: set[str],
    ) -> Resolution:
        """The state this resolution leaves."""
        state = self.state
        refs, light = dict(state.refs), dict(state.light)
        for _, cluster in touched:
            refs[cluster.id or ""] = tuple((a, x.key) for a, x in cluster.locals)
            light[cluster.id or ""] = light_entry(cluster)
        key_root = dict(state.key_root)
        for key, root in roots.items():
            key_root.setdefault(key, root)
        return Resolution(
            order=[f.article for f in self.per_article],
            digests=self.digests,
            index=index,
            states=self.states,
            leaders=self.leaders,
            qualifiers=self.table,
            qualifier_owner=self.qualifier_owner,
            bare_heads=self.bare_heads,
            key_root=key_root,
            owners=self.owners,
            owner_names=self.owner_names,
            singles=self.singles,
            refs=refs,
            light=light,
            raw=raw,
            by_ref=by_ref,
            part_keys=self.part_keys,
            wanted=self.wanted,
            acronyms=acronyms,
            lines=lines,
        )

"""Local actors grouped into corpus-wide clusters, the problems found on the way, and
the index the resolution gives (`resolve.resolve_actors`, `resolve_added`).

Grouping rules, in order:
- the same canonical name (folded; for persons, without particles: "Bashar Assad" =
  "Bashar al-Assad"), or a shared alias of a non-person ("HNC" defined in one article);
- the same consonant skeleton for organisations ("al-Qaeda" = "al-Qaida");
- a person known by one word ("Assad") joins the one full-named person with that surname;
  with two or more candidates it is left alone and reported in the problems.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

from ..groups import UnionFind
from ..models import ORGANISATION, PERSON, Actor, ArticleActors, LocalActor, Quote
from .cluster import Cluster, Ref
from .gazetteer import gazetteer
from .lexicon import fold
from .recognise import name_parts


@dataclass(frozen=True)
class ActorIndex:
    """The actors of the whole corpus, and how each article's local keys map onto them."""

    actors: tuple[Actor, ...]
    """Sorted by id."""
    local_to_global: dict[tuple[str, str], str]
    """(article id, local key) → actor id; excluded actors are absent."""
    quotes: tuple[Quote, ...]
    """Quotes with global speaker ids (None when unattributed or excluded)."""
    problems: tuple[str, ...] = ()
    """Ambiguous names and curation entries that could not be applied, one line each."""


_PARTICLE = re.compile(r"\b(?:al|el|the)[- ]")
_NOT_CONSONANT = re.compile(r"[^bcdfghjklmnpqrstvwxz]")


_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def _skeleton(name: str) -> str:
    """Consonants of a name without particles, doubled letters collapsed, and how many
    vowel groups it has: al-Qaida and al-Qaeda → "qd/2", but Niger → "ngr/2" and
    Nigeria → "ngr/3" (two states, not two spellings of one)."""
    bare = _PARTICLE.sub("", fold(name))
    consonants = "".join(letter for letter, _ in groupby(_NOT_CONSONANT.sub("", bare)))
    return f"{consonants}/{len(_VOWEL_GROUP.findall(bare))}"


@lru_cache(maxsize=1 << 16)
def _name_parts(name: str) -> tuple[str, ...]:
    """`name_parts`, kept: a corpus names the same people in many articles."""
    return tuple(name_parts(name))


@lru_cache(maxsize=1 << 16)
def _spelling_key(name: str) -> str | None:
    """The skeleton other spellings of an organisation's name meet it by, or None when it
    is too short to tell or a known name, spelled right (kept: names repeat across a
    corpus)."""
    skeleton = _skeleton(name)
    if skeleton.index("/") >= 2 and len(name) >= 5 and fold(name) not in gazetteer():
        return skeleton
    return None


def cluster_keys(actor: LocalActor) -> tuple[list[tuple[str, str]], list[str] | None]:
    """The keys a local actor meets the same actor of other articles by, and a person's
    name parts (None for others)."""
    keys = []
    if actor.collective:  # "Syrian regime" = "Syrian government": one key
        keys.append(("collective", fold(actor.collective)))
    if actor.type == PERSON:
        parts = list(_name_parts(actor.name))
        keys.append((PERSON, " ".join(parts)))
        return keys, parts
    keys += [("name", fold(alias)) for alias in (actor.name, *actor.aliases)]
    skeleton = _spelling_key(actor.name)
    if skeleton is not None:
        keys.append(("skeleton", skeleton))
    return keys, None


@dataclass
class Grouping:
    """How the last clustering went, for an added article's (`resolve_added`): each key's
    group before surnames joined (by its smallest pair), the groups of full-named people
    by surname, and the surnames said alone."""

    key_root: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    owners: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    singles: set[str] = field(default_factory=set)


def keyed_actors(
    per_article: Sequence[ArticleActors],
) -> tuple[UnionFind[Ref], dict[Ref, LocalActor], dict[Ref, list[str]], dict[Ref, list[Ref]]]:
    """Every local actor by its pair, each a set of its own, the name parts of each person
    (worked out once per person) and the pairs found by each cluster key: where a whole
    clustering and an added article's (`resolve_added`) both start."""
    uf: UnionFind[Ref] = UnionFind()
    local: dict[Ref, LocalActor] = {}
    person_parts: dict[Ref, list[str]] = {}
    by_key: dict[Ref, list[Ref]] = defaultdict(list)
    for found in per_article:
        for actor in found.actors:
            ref = (found.article, actor.key)
            local[ref] = actor
            uf.find(ref)
            keys, parts = cluster_keys(actor)
            if parts is not None:
                person_parts[ref] = parts
            for key in keys:
                by_key[key].append(ref)
    return uf, local, person_parts, by_key


def cluster_actors(
    per_article: Sequence[ArticleActors], grouping: Grouping | None = None
) -> tuple[list[Cluster], list[str]]:
    """Group local actors into corpus-wide clusters; also return ambiguity problems
    (`grouping`, when given, is filled in)."""
    uf, local, person_parts, by_key = keyed_actors(per_article)
    for refs in by_key.values():
        for ref in refs[1:]:
            uf.union(refs[0], ref)
    if grouping is not None:
        grouping.key_root = {key: uf.find(refs[0]) for key, refs in by_key.items()}
        grouping.singles = {p[0] for p in person_parts.values() if len(p) == 1}
    problems, grouping_owners = _join_surnames(uf, local, person_parts)
    if grouping is not None:
        grouping.owners = grouping_owners
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for ref in sorted(local):
        groups[uf.find(ref)].append(ref)
    return [make_cluster(refs, local) for refs in groups.values()], problems


def make_cluster(
    refs: Sequence[tuple[str, str]], local: dict[tuple[str, str], LocalActor]
) -> Cluster:
    """The cluster of these (sorted) pairs, of the type most of its locals have."""
    types = Counter(local[r].type for r in refs)
    kind = max(types, key=lambda t: (types[t], t != ORGANISATION, t))
    return Cluster(kind, [(r[0], local[r]) for r in refs])


def _join_surnames(
    uf: UnionFind[tuple[str, str]],
    local: dict[tuple[str, str], LocalActor],
    person_parts: dict[tuple[str, str], list[str]],
) -> tuple[list[str], dict[str, set[tuple[str, str]]]]:
    """A bare surname joins the one person who has it; shared surnames are problems. Also
    returns each surname's groups of full-named people."""
    problems = []
    full: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ref, parts in person_parts.items():
        if len(parts) >= 2:
            full[parts[-1]].add(uf.find(ref))
    for ref, parts in sorted(person_parts.items()):
        if len(parts) != 1:
            continue
        actor = local[ref]
        owners = full.get(parts[0], set())
        if len(owners) == 1:
            uf.union(next(iter(owners)), ref)
        elif len(owners) > 1:
            names = sorted({local[o].name for o in owners})
            problems.append(ambiguous_name(actor.name, ref[0], names))
    for surname, owners in sorted(full.items()):
        names = sorted({local[o].name for o in owners})
        if len(owners) > 1:
            problems.append(shared_surname(surname, len(owners), names))
    return problems, full


def ambiguous_name(name: str, article: str, names: Sequence[str]) -> str:
    """The problem line of a bare surname several people have."""
    return (
        f"actor name {name!r} ({article}) may be any of: {', '.join(names)} "
        "(left separate; merge it with actors.<id>.merge)"
    )


def shared_surname(surname: str, count: int, names: Sequence[str]) -> str:
    """The problem line of a surname `count` people (groups) have."""
    return f"surname {surname!r} is shared by {count} people: {', '.join(names)}"


def canonical_name(cluster: Cluster) -> str:
    names = Counter()
    for _, actor in cluster.locals:
        names[actor.name] += 1
    if cluster.type == PERSON:
        return max(names, key=lambda n: (len(name_parts(n)), names[n], len(n), n))
    non_acronyms = [n for n in names if not n.replace(".", "").isupper()] or list(names)
    return max(non_acronyms, key=lambda n: (names[n], len(n), n))


def acronym_problems(clusters: list[Cluster]) -> list[str]:
    out = []
    for cluster in clusters:
        name = cluster.name or ""
        names = {a.name for _, a in cluster.locals} | {
            n for _, a in cluster.locals for n in a.aliases
        }
        if (
            cluster.type != PERSON
            and name.replace(".", "").isupper()
            and len(names) == 1
            and 2 <= len(name) <= 8
        ):
            out.append(f"acronym {name!r} is never defined (actors.{cluster.id}: give it a name)")
    return out

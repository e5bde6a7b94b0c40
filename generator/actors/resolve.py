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
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby

from slugify import slugify

from ..groups import UnionFind
from ..models import (
    ORGANISATION,
    PERSON,
    Actor,
    Article,
    ArticleActors,
    LocalActor,
    Mention,
    Quote,
)
from ..settings.config import ActorCuration
from .cluster import Cluster
from .describe import resolve_descriptions
from .gazetteer import gazetteer
from .lexicon import fold
from .recognise import name_parts
from .records import actor_records
from .texts import article_texts


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


def _cluster(per_article: Sequence[ArticleActors]) -> tuple[list[Cluster], list[str]]:
    """Group local actors into corpus-wide clusters; also return ambiguity problems."""
    uf: UnionFind[tuple[str, str]] = UnionFind()
    local: dict[tuple[str, str], LocalActor] = {}
    person_parts: dict[tuple[str, str], list[str]] = {}  # worked out once per person
    by_key: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for found in per_article:
        for actor in found.actors:
            ref = (found.article, actor.key)
            local[ref] = actor
            uf.find(ref)
            if actor.collective:  # "Syrian regime" = "Syrian government": one key
                by_key[("collective", fold(actor.collective))].append(ref)
            if actor.type == PERSON:
                parts = person_parts[ref] = list(_name_parts(actor.name))
                by_key[(PERSON, " ".join(parts))].append(ref)
            else:
                for alias in (actor.name, *actor.aliases):
                    by_key[("name", fold(alias))].append(ref)
                skeleton = _spelling_key(actor.name)
                if skeleton is not None:
                    by_key[("skeleton", skeleton)].append(ref)
    for refs in by_key.values():
        for ref in refs[1:]:
            uf.union(refs[0], ref)
    problems = _join_surnames(uf, local, person_parts)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for ref in sorted(local):
        groups[uf.find(ref)].append(ref)
    clusters = []
    for refs in groups.values():
        types = Counter(local[r].type for r in refs)
        kind = max(types, key=lambda t: (types[t], t != ORGANISATION, t))
        clusters.append(Cluster(kind, [(r[0], local[r]) for r in refs]))
    return clusters, problems


def _join_surnames(
    uf: UnionFind[tuple[str, str]],
    local: dict[tuple[str, str], LocalActor],
    person_parts: dict[tuple[str, str], list[str]],
) -> list[str]:
    """A bare surname joins the one person who has it; shared surnames are problems."""
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
            problems.append(
                f"actor name {actor.name!r} ({ref[0]}) may be any of: {', '.join(names)} "
                "(left separate; merge it with actors.<id>.merge)"
            )
    for surname, owners in sorted(full.items()):
        names = sorted({local[o].name for o in owners})
        if len(owners) > 1:
            problems.append(
                f"surname {surname!r} is shared by {len(owners)} people: {', '.join(names)}"
            )
    return problems


def _canonical(cluster: Cluster) -> str:
    names = Counter()
    for _, actor in cluster.locals:
        names[actor.name] += 1
    if cluster.type == PERSON:
        return max(names, key=lambda n: (len(name_parts(n)), names[n], len(n), n))
    non_acronyms = [n for n in names if not n.replace(".", "").isupper()] or list(names)
    return max(non_acronyms, key=lambda n: (names[n], len(n), n))


def resolve_actors(
    articles: Sequence[Article],
    per_article: Sequence[ArticleActors],
    curations: Sequence[ActorCuration] = (),
) -> ActorIndex:
    """Corpus-wide actors with global ids, curated, related and ranked (deterministic)."""
    per_article, problems = resolve_descriptions(per_article)
    clusters, cluster_problems = _cluster(per_article)
    problems += cluster_problems
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
        cluster.name = _canonical(cluster)
    _assign_ids(clusters)
    problems += _acronym_problems(clusters)
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
    return ActorIndex(
        actors=actors,
        local_to_global=dict(sorted(local_to_global.items())),
        quotes=tuple(quotes),
        problems=tuple(sorted(set(problems))),
    )


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
    taken: set[str] = set()
    if keep:
        taken = {c.id for c in clusters if c.id}
    for cluster in sorted(clusters, key=lambda c: (-len(c.mentions), c.name or "")):
        if keep and cluster.id:
            continue
        base = plain_slug(cluster.name or "actor") or "actor"
        candidate = base
        if candidate in taken:
            candidate = f"{base}-{cluster.type}"
        n = 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        cluster.id = candidate
        taken.add(candidate)


_NOT_SLUG = re.compile(r"[^-a-z0-9]+")
_DASHES = re.compile(r"-{2,}")


def plain_slug(name: str) -> str:
    """`slugify(name)`, its steps skipped for a name of printable ASCII without a quote, an
    ampersand or a comma (nothing to transliterate, no entity, no "1,000"): lower case,
    each run of other characters one dash. Most names are such, and slugify's steps cost
    a tenth of the actors' resolution on a large corpus."""
    if name.isascii() and name.isprintable() and not any(c in name for c in "'&,"):
        return _DASHES.sub("-", _NOT_SLUG.sub("-", name.lower())).strip("-")
    return slugify(name)


def _acronym_problems(clusters: list[Cluster]) -> list[str]:
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

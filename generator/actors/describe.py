"""Corpus-wide: bare collective descriptions ("the rebels", "the regime") resolved to the
actor they denote in this corpus, and organs linked to what they are part of.

An article that only says "the opposition" takes the state of the one opposition the corpus
names ("the Syrian opposition"). With none or several candidates the description stands for
no one actor: it is dropped and reported, never guessed, and never matched by spelling
against another corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..models import ORGANISATION, PERSON, STATE, ArticleActors, LocalActor
from .collective import PREFIX, collective_key
from .collective_lexicon import adjective_of
from .leaders import led_state
from .lexicon import fold
from .recognise import name_parts


def _split(key: str) -> tuple[str, str, bool]:
    """ "syria/government delegation" → ("syria", "government", True)."""
    qualifier, _, head = key.partition("/")
    member = head.endswith(" delegation")
    return qualifier, head.removesuffix(" delegation") if member else head, member


def qualifiers(
    per_article: Sequence[ArticleActors], owners: dict[tuple[str, str], str] | None = None
) -> dict[str, dict[str, str]]:
    """Canonical head → {folded qualifier: the adjective the corpus names it with} (the
    first article's; `owners`, when given, gets that article per (head, qualifier))."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for found in per_article:
        for actor in sorted(found.actors, key=lambda a: a.key):
            if not actor.collective:
                continue
            qualifier, head, member = _split(actor.collective)
            if not qualifier or qualifier in ("named", "bloc"):
                continue
            words = actor.name.removesuffix(" delegation") if member else actor.name
            named = words.lower().endswith(" " + head)  # "Syrian Government" too
            table[head].setdefault(qualifier, words[: -len(head) - 1] if named else "")
            if owners is not None:
                owners.setdefault((head, qualifier), found.article)
    return table


def person_states(per_article: Sequence[ArticleActors]) -> dict[str, set[str]]:
    """Folded surname → the states people of that surname are affiliated with anywhere in the
    corpus ("Syrian President Bashar al-Assad" → assad: {Syria})."""
    table: dict[str, set[str]] = defaultdict(set)
    for found in per_article:
        by_key = {a.key: a for a in found.actors}
        for actor in found.actors:
            states = {
                by_key[k].name
                for k in actor.affiliations
                if k in by_key and by_key[k].type == STATE
            }
            if actor.type == PERSON and states:
                table[(name_parts(actor.name) or [""])[-1]] |= states
    return table


def person_to_state(
    per_article: Sequence[ArticleActors], states: dict[str, set[str]] | None = None
) -> list[ArticleActors]:
    """ "Assad regime" in an article that never says which state Assad leads becomes the
    government of the state he heads (`leaders.led_state`: the leaders table, else where
    the corpus affiliates him, `states`: the corpus's `person_states`); "the Obama
    administration" stays his administration, part of that state."""
    if states is None:
        states = person_states(per_article)
    out = []
    for found in per_article:
        actors = []
        for actor in found.actors:
            qualifier, head, member = _split(actor.collective or "")
            state = None
            if qualifier.endswith(" (person)") and head in ("government", "administration"):
                state = led_state(qualifier.removesuffix(" (person)"), states)
            if state is not None and head == "administration" and not member:
                actor = replace(actor, part_of=state)
            elif state is not None and head == "government":
                written = replace(actor, name=min(actor.aliases, default=actor.name))
                actor = _resolved(written, fold(state), adjective_of(state), head, member)
            actors.append(actor)
        changed = any(a is not b for a, b in zip(actors, found.actors, strict=True))
        out.append(replace(found, actors=tuple(actors)) if changed else found)
    return out


def leader_surnames(per_article: Sequence[ArticleActors]) -> set[str]:
    """The surnames `person_to_state` looks up in the corpus's `person_states`."""
    out = set()
    for found in per_article:
        for actor in found.actors:
            qualifier, head, _ = _split(actor.collective or "")
            if qualifier.endswith(" (person)") and head in ("government", "administration"):
                out.add((name_parts(qualifier.removesuffix(" (person)")) or [""])[-1])
    return out


def bare_heads(per_article: Sequence[ArticleActors]) -> set[str]:
    """The heads of the bare descriptions `resolve_bare` looks up in `qualifiers`."""
    return {
        _split(actor.collective)[1]
        for found in per_article
        for actor in found.actors
        if actor.collective and actor.collective.startswith("/")
    }


def resolve_descriptions(
    per_article: Sequence[ArticleActors],
) -> tuple[list[ArticleActors], list[str]]:
    """The articles' actors with every bare description resolved or dropped (and reported)."""
    per_article = person_to_state(per_article)
    return resolve_bare(per_article, qualifiers(per_article))


def resolve_bare(
    per_article: Sequence[ArticleActors], table: dict[str, dict[str, str]]
) -> tuple[list[ArticleActors], list[str]]:
    """Each bare description resolved by the corpus's qualifiers of its head (`table`:
    `qualifiers`), or dropped and reported."""
    out, problems = [], []
    for found in per_article:
        actors, dropped = [], set()
        for actor in found.actors:
            if not actor.collective or not actor.collective.startswith("/"):
                actors.append(actor)
                continue
            _, head, member = _split(actor.collective)
            candidates = table.get(head, {})
            if len(candidates) != 1:
                dropped.add(actor.key)
                names = ", ".join(sorted(candidates.values())) or "none named"
                problems.append(
                    f"{found.article}: {actor.name!r} stands for no one actor in this corpus "
                    f"(candidates: {names}); not counted as an actor"
                )
                continue
            ((qualifier, adjective),) = candidates.items()
            actors.append(_resolved(actor, qualifier, adjective, head, member))
        if dropped or any(a is not b for a, b in zip(actors, found.actors, strict=True)):
            found = replace(
                found,
                actors=tuple(actors),
                mentions=tuple(m for m in found.mentions if m.actor not in dropped),
            )
        out.append(found)  # most articles have no description: kept as they are
    return out, problems


def _resolved(
    actor: LocalActor, qualifier: str, adjective: str, head: str, member: bool
) -> LocalActor:
    """A bare description as the qualified collective it stands for."""
    words = [adjective or qualifier.title(), head] + (["delegation"] if member else [])
    name = " ".join(words)
    part_of = collective_key(qualifier, head, False) if member else None
    if not member and actor.type == ORGANISATION:
        part_of = qualifier  # an organ: part of the state (looked up by folded name)
    return replace(
        actor,
        name=name,
        aliases=tuple(sorted({actor.name, *actor.aliases} - {name})),
        part_of=part_of,
        collective=collective_key(qualifier, head, member),
    )


def part_of_ids(
    clusters: Iterable[tuple[str, str, Sequence[str], Sequence[LocalActor]]],
) -> dict[str, str]:
    """Actor id → id of what it is part of. `clusters` gives (id, type, names, locals); a
    local's part_of is a collective key or a state's name."""
    clusters = list(clusters)
    by_ref: dict[str, str] = {}
    for actor_id, kind, names, locals_ in clusters:
        for ref in part_targets(kind, names, locals_):
            by_ref.setdefault(ref, actor_id)
    out = {}
    for actor_id, _, _, locals_ in clusters:
        target = part_of_vote(actor_id, locals_, by_ref)
        if target is not None:
            out[actor_id] = target
    return out


def part_targets(kind: str, names: Sequence[str], locals_: Sequence[LocalActor]) -> list[str]:
    """The references a cluster can be found by as what another is part of: its locals'
    collective keys, and a state's names."""
    refs = ["key:" + fold(local.collective) for local in locals_ if local.collective]
    if kind == STATE:
        refs += ["name:" + fold(name) for name in names]
    return refs


def part_ref(local: LocalActor) -> str | None:
    """The reference a local's part_of looks its target up by (None: part of nothing)."""
    if not local.part_of:
        return None
    return ("key:" if "/" in local.part_of else "name:") + fold(local.part_of)


def part_of_vote(
    actor_id: str, locals_: Sequence[LocalActor], by_ref: dict[str, str]
) -> str | None:
    """What most of a cluster's locals say it is part of (`by_ref`: reference → actor id)."""
    votes: Counter[str] = Counter()
    for local in locals_:
        ref = part_ref(local)
        target = by_ref.get(ref) if ref else None
        if target and target != actor_id:
            votes[target] += 1
    return max(votes, key=lambda t: (votes[t], t)) if votes else None


__all__ = ["PREFIX", "part_of_ids", "resolve_descriptions"]

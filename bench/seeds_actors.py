"""The seeds' built actors judged against the full gold (`bench/seeds_actors_full.json`).

Each built actor is *right* (it denotes one gold actor, first of the actors that denote it,
and carries no name of another gold actor it may not be merged with), *wrong* (its name is
one the gold says is no actor, or it merges two gold actors a reader needs apart, or it
repeats a gold actor another built actor already denotes) or *not in the gold* (listed, so
that the gold can grow; counted neither way). An actor denotes the gold actor its name
belongs to, else the only one its aliases name. Recall counts the expected gold actors a
right actor denotes (or, for one that may be merged into another, carries as an alias);
type and `part_of` are judged on every right actor: its type among the accepted ones, its
parent's gold actor among the accepted parents. Read by `bench/suite_seeds.py`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

FULL_GOLD = Path(__file__).resolve().parent / "seeds_actors_full.json"


def key(name: str) -> str:
    """A name compared: case folded, spaces collapsed, curly quotes straightened, a leading
    "the" dropped."""
    text = " ".join(name.replace("’", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class GoldActor:
    """One actor of the full gold."""

    name: str
    types: tuple[str, ...]
    names: frozenset[str]
    """Keyed accepted names."""
    parents: tuple[str | None, ...] | None
    """Accepted parents' gold names (None in it: no parent is fine); None: belongs to nothing."""
    expected: bool = True
    may_merge_into: str | None = None
    collective: bool = False
    """A collective actor or an organ, what issue #14 asks a model for."""


@dataclass(frozen=True)
class Gold:
    """The gold actors, each keyed name's actor, and the names that are no actor (with why)."""

    actors: tuple[GoldActor, ...]
    owner: Mapping[str, str]
    not_actors: Mapping[str, str]

    def of(self, name: str) -> GoldActor:
        return next(a for a in self.actors if a.name == name)


def load_gold(data: dict) -> Gold:
    """The gold from its JSON; a name given twice (two entries, or an entry and the no-actor
    list) is a ValueError naming it, since a name must decide one verdict."""
    actors = tuple(
        GoldActor(
            e["name"],
            tuple(e["type"]),
            frozenset(key(n) for n in (e["name"], *e["names"])),
            tuple(e["part_of"]) if "part_of" in e else None,
            e.get("expected", True),
            e.get("may_merge_into"),
            e.get("collective", False),
        )
        for e in data["actors"]
    )
    owner: dict[str, str] = {}
    for actor in actors:
        for name in actor.names:
            if owner.setdefault(name, actor.name) != actor.name:
                raise ValueError(f"gold name {name!r} in both {owner[name]} and {actor.name}")
    not_actors = {key(n): group["why"] for group in data["not_actors"] for n in group["names"]}
    for name in not_actors.keys() & owner.keys():
        raise ValueError(f"gold name {name!r} is both {owner[name]} and no actor")
    return Gold(actors, owner, not_actors)


def read_gold(path: Path = FULL_GOLD) -> Gold:
    return load_gold(json.loads(path.read_text("utf-8")))


@dataclass(frozen=True)
class Built:
    """What is judged of one built actor."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    mentions: int = 1

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(key(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class Verdict:
    """One built actor's verdict: right, wrong or unknown (not in the gold)."""

    actor: str
    verdict: str
    gold: str | None = None
    why: str = ""


def denoted(gold: Gold, actor: Built) -> str | None:
    """The gold actor a built actor stands for: its name's, else the only one its aliases name."""
    if key(actor.name) in gold.owner:
        return gold.owner[key(actor.name)]
    named = {gold.owner[k] for k in actor.keys if k in gold.owner}
    return named.pop() if len(named) == 1 else None


def conflated(gold: Gold, actor: Built, meant: str) -> list[str]:
    """The other gold actors whose names it carries and that may not be merged into `meant`."""
    others = {gold.owner[k] for k in actor.keys if k in gold.owner} - {meant}
    return sorted(o for o in others if gold.of(o).may_merge_into != meant)


def judge(gold: Gold, actors: Iterable[Built]) -> list[Verdict]:
    """Each built actor's verdict, in the actors' order; of two that denote one gold actor the
    one named by it, then the one mentioned more, is right and the other a repeat."""
    actors = list(actors)
    ranked = sorted(actors, key=lambda a: (key(a.name) not in gold.owner, -a.mentions, a.id))
    claimed: dict[str, str] = {}
    verdicts: dict[str, Verdict] = {}
    for actor in ranked:
        meant = denoted(gold, actor)
        if key(actor.name) in gold.not_actors:
            verdicts[actor.id] = Verdict(
                actor.name, "wrong", None, gold.not_actors[key(actor.name)]
            )
        elif meant is None:
            verdicts[actor.id] = Verdict(actor.name, "unknown")
        elif others := conflated(gold, actor, meant):
            verdicts[actor.id] = Verdict(actor.name, "wrong", meant, "merges " + ", ".join(others))
        elif meant in claimed:
            verdicts[actor.id] = Verdict(actor.name, "wrong", meant, f"repeats {claimed[meant]}")
        else:
            claimed[meant] = actor.name
            verdicts[actor.id] = Verdict(actor.name, "right", meant)
    return [verdicts[a.id] for a in actors]


def found(gold: Gold, actors: list[Built], verdicts: list[Verdict]) -> dict[str, bool]:
    """Each expected gold actor: denoted by a right actor, or (one that may be merged into
    another) carried by the right actor of that one."""
    right = {v.gold: a for a, v in zip(actors, verdicts, strict=True) if v.verdict == "right"}
    out = {}
    for g in gold.actors:
        if not g.expected:
            continue
        into = right.get(g.may_merge_into) if g.may_merge_into else None
        out[g.name] = g.name in right or bool(into and into.keys & g.names)
    return out


def type_checks(gold: Gold, actors: list[Built], verdicts: list[Verdict]) -> list[list]:
    """[gold name, built type, right?] for every right actor."""
    return [
        [v.gold, a.type, a.type in gold.of(v.gold).types]
        for a, v in zip(actors, verdicts, strict=True)
        if v.verdict == "right" and v.gold
    ]


def part_of_checks(gold: Gold, actors: list[Built], verdicts: list[Verdict]) -> list[list]:
    """[gold name, its built parent's gold name (or the parent's name, or None), right?] for
    every right actor that has a parent in the gold or in the build."""
    by_id = {a.id: a for a in actors}
    out = []
    for actor, verdict in zip(actors, verdicts, strict=True):
        if verdict.verdict != "right" or not verdict.gold:
            continue
        accepted = gold.of(verdict.gold).parents
        if accepted is None and actor.part_of is None:
            continue
        parent = by_id.get(actor.part_of or "")
        got = (denoted(gold, parent) or parent.name) if parent else None
        out.append([verdict.gold, got, accepted is not None and got in accepted])
    return out


def wrong_aliases(gold: Gold, actors: list[Built]) -> list[list[str]]:
    """[actor, alias, why] for each alias that the gold says names no actor."""
    return [
        [a.name, alias, gold.not_actors[key(alias)]]
        for a in actors
        for alias in a.aliases
        if key(alias) in gold.not_actors
    ]


def score(gold: Gold, actors: list[Built]) -> dict:
    """The JSON record the suite keeps: verdicts, finds (and which are collective), type and
    part_of checks, aliases."""
    verdicts = judge(gold, actors)
    return {
        "verdicts": [[v.actor, v.verdict, v.gold, v.why] for v in verdicts],
        "found": found(gold, actors, verdicts),
        "collective": [g.name for g in gold.actors if g.collective and g.expected],
        "types": type_checks(gold, actors, verdicts),
        "parts": part_of_checks(gold, actors, verdicts),
        "wrong aliases": wrong_aliases(gold, actors),
    }


def ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def figures(record: dict) -> dict[str, float | int | None]:
    """The suite's fields from a `score` record."""
    kinds = [v[1] for v in record["verdicts"]]
    right, wrong = kinds.count("right"), kinds.count("wrong")
    found_ = record["found"]
    return {
        "actors precision (full gold)": ratio(right, right + wrong),
        "actors recall (full gold)": ratio(sum(found_.values()), len(found_)),
        "collective actors recall (full gold)": ratio(
            sum(found_[name] for name in record["collective"]), len(record["collective"])
        ),
        "actor types right (full gold)": ratio(
            sum(t[2] for t in record["types"]), len(record["types"])
        ),
        "part_of right (full gold)": ratio(
            sum(p[2] for p in record["parts"]), len(record["parts"])
        ),
        "actors not in the full gold": kinds.count("unknown"),
        "aliases that name no actor": len(record["wrong aliases"]),
    }


def notes(record: dict) -> list[str]:
    """The lines under the table: wrong actors, misses, wrong types and parents, unknowns."""
    verdicts = record["verdicts"]
    wrong = [f"{name} ({why})" for name, kind, _, why in verdicts if kind == "wrong"]
    unknown = [name for name, kind, _, _ in verdicts if kind == "unknown"]
    missed = sorted(name for name, ok in record["found"].items() if not ok)
    types = [f"{g} ({t})" for g, t, ok in record["types"] if not ok]
    parts = [f"{g} (part of {p})" for g, p, ok in record["parts"] if not ok]
    aliases = [f"{a}: {alias} ({why})" for a, alias, why in record["wrong aliases"]]
    return [
        f"- full gold, wrong actors: {'; '.join(sorted(wrong)) or 'none'}",
        f"- full gold, missed: {', '.join(missed) or 'none'}",
        f"- full gold, wrong types: {', '.join(sorted(types)) or 'none'}",
        f"- full gold, wrong part_of: {', '.join(sorted(parts)) or 'none'}",
        f"- full gold, aliases naming no actor: {'; '.join(aliases) or 'none'}",
        f"- not in the full gold (judge them and grow it): {', '.join(sorted(unknown)) or 'none'}",
    ]

"""What one kept actor resolution changed against an older one, and that change applied.

After an added article most of the kept resolution (`resolve_state.Resolution`) is the
last one's: the same actors, the same tables, a few entries more. Pickling it whole was
most of the memo's save (its 7,900 actors with every mention at 2,600 articles); so the
memo keeps a base and the difference of the newest resolution against it (`difference`),
rebuilt by `applied`. What is the same object as in the base is left out; what a field
holds otherwise is kept so that the rebuilt field is equal to it in value and in order:

- a dict or a tuple that is the base's with entries put in among them (an added
  article's, wherever they sort) by those entries and their places, and for a dict the
  base's keys whose values are not the base's objects; any other whole;
- the index's actors (sorted by id) by those that are not the base's objects, and the ids
  gone; its other parts as the fields above (an unsorted list of actors whole);
- any other field (lists, sets) whole when it is not the base's object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import Any

from .resolve_state import Resolution

Difference = dict[str, tuple[str, Any]]
"""Field name → (how it is kept: "whole", "entries" or "actors", what is kept)."""


def difference(base: Resolution, new: Resolution) -> Difference:
    """What `applied(base, …)` needs to give `new` again (fields left out are the base's)."""
    found: Difference = {}
    for field in fields(Resolution):
        old, value = getattr(base, field.name), getattr(new, field.name)
        if value is not old:
            found[field.name] = (
                ("actors", _index_difference(old, value))
                if field.name == "index"
                else _part_difference(old, value)
            )
    return found


def applied(base: Resolution, changes: Difference) -> Resolution:
    """`base` with `changes` (`difference`) made: the resolution they were taken from."""
    values = {}
    for name, (how, kept) in changes.items():
        old = getattr(base, name)
        values[name] = (
            _index_applied(old, kept) if how == "actors" else _part_applied(old, how, kept)
        )
    return replace(base, **values)


def _part_difference(old: Any, new: Any) -> tuple[str, Any]:
    """("put in", (entries put in with their places, changed values)) or ("whole", new)."""
    if isinstance(new, dict) and isinstance(old, dict):
        places = _put_in(list(old), list(new), lambda key: key in old)
        if places is not None:
            changed = {k: new[k] for k in old if new[k] is not old[k] and _differs(old[k], new[k])}
            return "put in", ([(k, key, new[key]) for k, key in places], changed)
    elif isinstance(new, tuple) and isinstance(old, tuple):
        kept = {id(item) for item in old}
        places = _put_in(old, new, lambda item: id(item) in kept, same=lambda a, b: a is b)
        if places is not None:
            return "put in", (places, {})
    return "whole", new


def _part_applied(old: Any, how: str, kept: Any) -> Any:
    if how == "whole":
        return kept
    places, changed = kept
    if isinstance(old, dict):
        keys = list(old)
        for k, key, _ in places:
            keys.insert(k, key)
        values = {**changed, **{key: value for _, key, value in places}}
        return {key: values[key] if key in values else old[key] for key in keys}
    items = list(old)
    for k, item in places:
        items.insert(k, item)
    return tuple(items)


_PLAIN = (bytes, str, int, float, tuple, frozenset)


def _differs(old: Any, new: Any) -> bool:
    """Not the same value: plain values compared (a digest made again is the same bytes)."""
    return not (type(new) in _PLAIN and type(old) is type(new) and old == new)


def _put_in(old: Sequence, new: Sequence, kept: Callable[[Any], bool], same=None) -> list | None:
    """The (place, item) of the items of `new` not `kept`, in order, when the others are
    `old` in its order (compared by `same`, else equality); None otherwise."""
    places, rest = [], []
    for k, item in enumerate(new):
        if kept(item):
            rest.append(item)
        else:
            places.append((k, item))
    if len(rest) != len(old):
        return None
    if same is None:
        return places if rest == list(old) else None
    return places if all(same(a, b) for a, b in zip(rest, old, strict=True)) else None


def _sorted_ids(actors: tuple) -> bool:
    ids = [a.id for a in actors]
    return all(a < b for a, b in zip(ids, ids[1:], strict=False))


def _index_difference(old: Any, new: Any) -> dict[str, Any]:
    """The index's actors that are not the base's objects and the ids gone (when both
    lists are sorted by id, as the index keeps them), its other parts as fields are."""
    parts = {
        f.name: _part_difference(getattr(old, f.name), getattr(new, f.name))
        for f in fields(new)
        if f.name != "actors" and getattr(new, f.name) is not getattr(old, f.name)
    }
    if not (_sorted_ids(old.actors) and _sorted_ids(new.actors)):
        parts["actors"] = ("whole", new.actors)
        return {"parts": parts, "actors": None, "gone": ()}
    before = {a.id: a for a in old.actors}
    changed = [a for a in new.actors if before.get(a.id) is not a]
    gone = tuple(sorted(set(before) - {a.id for a in new.actors}))
    return {"parts": parts, "actors": changed, "gone": gone}


def _index_applied(old: Any, kept: dict[str, Any]) -> Any:
    parts = {
        name: _part_applied(getattr(old, name), how, value)
        for name, (how, value) in kept["parts"].items()
    }
    if kept["actors"] is not None:
        actors = {a.id: a for a in old.actors}
        for gone in kept["gone"]:
            del actors[gone]
        actors.update((a.id, a) for a in kept["actors"])
        parts["actors"] = tuple(actors[k] for k in sorted(actors))
    return replace(old, **parts)

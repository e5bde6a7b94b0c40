"""A complete, cheap stand-in for the repr of many small records, for the render keys.

A dataclass's repr goes through a recursion guard per object and spells every field's
name; on a large briefing the render keys (reuse.py) spent most of a second on the repr of
the mentions, each twice (its article's key, its actor's key). `rows` gives each record as
a plain tuple of every field's value, in field order, from one C getter: the repr of that
is made in C, and says everything the dataclass's repr says but the names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any


@cache
def _getter(cls: type) -> Any:
    """All the fields of `cls` as a tuple (dataclass fields: a field added is included)."""
    names = [f.name for f in fields(cls)]
    return attrgetter(*names) if len(names) > 1 else (lambda v: (getattr(v, names[0]),))


def rows(records: Sequence[Any]) -> tuple[Any, ...]:
    """The records (dataclass instances) as (class name, each one's field values as a
    tuple), mapped in C when they are all of one class, as a model's tuple field is."""
    classes = set(map(type, records))
    if len(classes) == 1:
        (cls,) = classes
        return (cls.__name__, tuple(map(_getter(cls), records)))
    return tuple((type(r).__name__, _getter(type(r))(r)) for r in records)


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def row(record: Any, **replaced: Any) -> tuple[str, tuple[Any, ...]]:
    """One record as (class name, its field values), the fields named in `replaced` given
    those values instead: what `dataclasses.replace` and then `rows` would say of it,
    without making the new record (a third of an actor's key)."""
    cls = type(record)
    values = _getter(cls)(record)
    if replaced:
        values = tuple(replaced.get(n, v) for n, v in zip(_names(cls), values, strict=True))
    return (cls.__name__, values)

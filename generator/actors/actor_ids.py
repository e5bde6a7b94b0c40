"""Actor ids: the slug of each actor's canonical name, the most mentioned first; a clash
adds the type, then a number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from slugify import slugify


@dataclass(frozen=True)
class IdEntry:
    """What a cluster's id is made from (`assign_ids`)."""

    count: int
    """Its mentions: the most mentioned actor gets the plain slug."""
    name: str
    type: str
    fixed: str | None = None
    """An id already given (by a curation), kept."""
    base: str | None = None
    """The slug of the name, when already known."""


def assign_ids(entries: Sequence[IdEntry]) -> list[str]:
    """Each entry's id, in the entries' order (ties broken by it): the slug of its name,
    in order of mentions then name; a clash adds the type, then a number."""
    ids = [e.fixed or "" for e in entries]
    taken = {i for i in ids if i}
    for k in sorted(range(len(entries)), key=lambda k: (-entries[k].count, entries[k].name)):
        entry = entries[k]
        if entry.fixed:
            continue
        base = entry.base or slug_of(entry.name)
        candidate = base
        if candidate in taken:
            candidate = f"{base}-{entry.type}"
        n = 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        ids[k] = candidate
        taken.add(candidate)
    return ids


def slug_of(name: str) -> str:
    """The slug an actor's id starts from."""
    return plain_slug(name or "actor") or "actor"


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

"""A corpus-wide cluster of local actors while it is resolved into one Actor."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import LocalActor, Mention

Ref = tuple[str, str]
"""(article id, local key): one article's local actor."""


@dataclass
class Cluster:
    """Local actors that name one corpus-wide actor; filled in while it is resolved
    (mutable, never leaves the resolver)."""

    type: str
    locals: list[tuple[str, LocalActor]]
    mentions: list[Mention] = field(default_factory=list)
    extra_aliases: list[str] = field(default_factory=list)
    name: str | None = None
    role: str | None = None
    id: str | None = None

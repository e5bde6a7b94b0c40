"""Grouping by pairs: which items a list of "these two are one" links end up together."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar


class _Ordered(Protocol):
    def __lt__(self, other: object, /) -> bool: ...


Item = TypeVar("Item", bound=_Ordered)


class UnionFind(Generic[Item]):
    """Disjoint sets whose representative is always the smallest member, so the grouping
    (and anything keyed on it) is the same whatever order the links came in."""

    def __init__(self) -> None:
        self.parent: dict[Item, Item] = {}

    def find(self, x: Item) -> Item:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Item, b: Item) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

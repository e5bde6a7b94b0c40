"""The spans of one paragraph that overlap a stretch of it, found without reading them all.

The findings ask, for every candidate sentence, figure and event source, which actor
mentions (or event sentences) of its paragraph overlap it. A long page has hundreds of
mentions in one paragraph, and reading them all for each of its sentences made that
question a large part of the findings; sorted by start, the spans that can overlap are a
slice found by bisection (no span starts further back than the longest one is long).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, TypeVar

from ..models import Actor, Briefing

T = TypeVar("T")
K = TypeVar("K")


class Overlaps(Generic[T]):
    """The (start, end, value) spans of one paragraph, sorted by start."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]):
        self.spans = sorted(spans, key=lambda span: span[0])
        self.starts = [span[0] for span in self.spans]
        self.longest = max((end - start for start, end, _ in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        """The values of the spans that overlap start…end (`s < end and e > start`), in
        order of start (spans starting together in their given order)."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [value for _, e, value in self.spans[low:high] if e > start]


def by_paragraph(
    spans: Iterable[tuple[tuple[str, str], tuple[int, int, T]]],
) -> dict[tuple[str, str], Overlaps[T]]:
    """(article, paragraph) → its spans, from (key, span) pairs in any order."""
    return {key: Overlaps(found) for key, found in _grouped(spans).items()}


def _grouped(spans: Iterable[tuple[K, tuple[int, int, T]]]) -> dict[K, list[tuple[int, int, T]]]:
    """key → its spans, in the order given."""
    grouped: dict[K, list[tuple[int, int, T]]] = {}
    for key, span in spans:
        grouped.setdefault(key, []).append(span)
    return grouped


class Indexed(Mapping[K, Overlaps[T]]):
    """key → its spans' `Overlaps`, each indexed the first time it is asked for: of the
    corpus's tens of thousands of paragraphs with mentions, the findings ask a third."""

    def __init__(self, grouped: dict[K, list[tuple[int, int, T]]]):
        self._grouped = grouped
        self._indexed: dict[K, Overlaps[T]] = {}

    def __getitem__(self, key: K) -> Overlaps[T]:
        found = self._indexed.get(key)
        if found is None:
            found = self._indexed[key] = Overlaps(self._grouped[key])
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._grouped

    def __iter__(self) -> Iterator[K]:
        return iter(self._grouped)

    def __len__(self) -> int:
        return len(self._grouped)


def actor_mentions(briefing: Briefing) -> Indexed[tuple[str, str], Actor]:
    """(article, paragraph) → its actor mentions, each span's value the actor: made once
    for the figure subjects and the date divergences, which both ask it."""
    return Indexed(
        _grouped(
            ((m.article, m.paragraph), (m.start, m.end, actor))
            for actor in briefing.actors
            for m in actor.mentions
        )
    )

"""The briefing-wide findings every render needs, found side by side.

The key points and the divergences are read by the overview and the exports, and each
takes seconds on a large briefing; after one added article they are most of the render
(the article and actor pages are mostly kept, render/reuse.py). So on a large briefing
they are found in two forked workers, which inherit the briefing instead of receiving a
copy, while this process does its own share of the work (`meanwhile`): the same values
as finding them one after the other.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from ..findings.divergences import Divergence
from ..findings.divergences import divergences as find_divergences
from ..findings.keypoints import KeyPoint, key_points
from ..models import Briefing
from ..run.processes import fork_context, settled_heap

T = TypeVar("T")

PARALLEL_FROM_ARTICLES = 200
"""Below this many articles, both take well under a second: no workers."""

_inherited: Briefing | None = None
"""The briefing, set just before the workers fork so that they inherit it."""


def _key_points() -> tuple[KeyPoint, ...]:
    assert _inherited is not None, "findings workers must be forked from find()"
    return tuple(key_points(_inherited))


def _divergences() -> tuple[Divergence, ...]:
    assert _inherited is not None, "findings workers must be forked from find()"
    return tuple(find_divergences(_inherited))


def find(
    briefing: Briefing, workers: int, meanwhile: Callable[[], T]
) -> tuple[tuple[KeyPoint, ...], tuple[Divergence, ...], T]:
    """(key points, divergences, what `meanwhile` returns), in workers when it pays."""
    global _inherited
    context = fork_context()
    if workers < 2 or context is None or len(briefing.articles) < PARALLEL_FROM_ARTICLES:
        return tuple(key_points(briefing)), tuple(find_divergences(briefing)), meanwhile()
    _inherited = briefing
    try:
        with (
            settled_heap(),
            ProcessPoolExecutor(max_workers=2, mp_context=context) as pool,
        ):
            points = pool.submit(_key_points)
            found = pool.submit(_divergences)
            own = meanwhile()
            return points.result(), found.result(), own
    finally:
        _inherited = None

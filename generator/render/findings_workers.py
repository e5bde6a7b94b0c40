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
from ..findings.figures import article_figures
from ..findings.keypoints import KeyPoint, article_candidates, key_points
from ..findings.parts import Memo
from ..models import Briefing
from ..run.processes import fork_context, settled_heap

T = TypeVar("T")

PARALLEL_FROM_ARTICLES = 200
"""Below this many articles, both take well under a second: no workers."""

_inherited: tuple[Briefing, Memo | None] | None = None
"""The briefing and the memo, set just before the workers fork so that they inherit them."""


def _points(briefing: Briefing, memo: Memo | None) -> tuple[KeyPoint, ...]:
    if memo is None:
        return tuple(key_points(briefing, article_candidates))
    return tuple(key_points(briefing, memo.candidates, memo.prints, memo.near_count, memo.placed))


def _found(briefing: Briefing, memo: Memo | None) -> tuple[Divergence, ...]:
    if memo is None:
        return tuple(find_divergences(briefing, article_figures))
    return tuple(
        find_divergences(briefing, memo.figures, memo.statements, memo.subject, memo.source_words)
    )


Delta = tuple[tuple[str, ...], dict[str, object]]


def _key_points() -> tuple[tuple[KeyPoint, ...], Delta]:
    """The key points, and the memo's entries this worker read or found (`Memo.delta`)."""
    assert _inherited is not None, "findings workers must be forked from find()"
    briefing, memo = _inherited
    return _points(briefing, memo), memo.delta() if memo else ((), {})


def _divergences() -> tuple[tuple[Divergence, ...], Delta]:
    """The divergences, and the memo's entries this worker read or found (`Memo.delta`)."""
    assert _inherited is not None, "findings workers must be forked from find()"
    briefing, memo = _inherited
    return _found(briefing, memo), memo.delta() if memo else ((), {})


def find(
    briefing: Briefing, workers: int, meanwhile: Callable[[], T], memo: Memo | None = None
) -> tuple[tuple[KeyPoint, ...], tuple[Divergence, ...], T]:
    """(key points, divergences, what `meanwhile` returns), in workers when it pays.
    Per-article parts are read from `memo` when known; afterwards `memo.used` holds every
    entry read or found, also those found in the workers (findings/parts.py). Without a
    memo (no record to keep it in), every part is found."""
    global _inherited
    context = fork_context()
    if workers < 2 or context is None or len(briefing.articles) < PARALLEL_FROM_ARTICLES:
        return _points(briefing, memo), _found(briefing, memo), meanwhile()
    _inherited = (briefing, memo)
    try:
        with (
            settled_heap(),
            ProcessPoolExecutor(max_workers=2, mp_context=context) as pool,
        ):
            pointed = pool.submit(_key_points)
            diverged = pool.submit(_divergences)
            own = meanwhile()
            (points, used_points), (found, used_found) = pointed.result(), diverged.result()
    finally:
        _inherited = None
    if memo is not None:
        memo.merge(used_points)
        memo.merge(used_found)
    return points, found, own

"""The briefing-wide findings every render needs, found beside the rest of the render.

The key points and the divergences are read by the overview, the divergences page and
`briefing.json`, and take seconds on a large briefing. After one added article, with most
of their parts read back from the memo (findings/parts.py), they are most of the render
(the article and actor pages are mostly kept, render/reuse.py): then one forked worker,
which inherits the briefing instead of receiving a copy, finds both and makes what needs
them (`then`: briefing.json), while this process does the rest of the render
(`meanwhile`). Two workers and a pool, as before, cost about a second of CPU more at 2,600
articles one added (each fork's copied pages, the pool's messages) for two cores that this
process and one worker keep busy. With nothing known (`split`: a first build), each finding
takes seconds: they are found side by side in two workers, and `then` runs here after them.
The values are those of finding them one after the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..findings.divergences import Divergence
from ..findings.divergences import divergences as find_divergences
from ..findings.figures import article_figures
from ..findings.keypoints import KeyPoint, article_candidates, key_points
from ..findings.parts import Memo
from ..models import Briefing
from ..run.processes import Forked, fork_context, settled_heap

T = TypeVar("T")
U = TypeVar("U")

PARALLEL_FROM_ARTICLES = 200
"""Below this many articles, the findings take well under a second: no worker."""

LOST = "a findings worker ended with no result"
"""The error of a worker that died (killed, out of memory) before it could answer."""

Then = Callable[[tuple[KeyPoint, ...], tuple[Divergence, ...]], Any]
"""What is made from the findings once they are known."""

_inherited: tuple[Briefing, Memo | None, Then] | None = None
"""The briefing, the memo and `then`, set just before the workers fork so that they
inherit them."""

POINTS, FOUND, BOTH = "points", "found", "both"
"""What one worker finds: the key points, the divergences, or both and then `then`."""


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


def _job(job: str) -> tuple[object, ...]:
    """In a forked worker: what `job` asks for, and the memo's entries it read or found
    (`Memo.delta`)."""
    assert _inherited is not None, "findings workers must be forked from find()"
    briefing, memo, then = _inherited
    if job == POINTS:
        made: tuple[object, ...] = (_points(briefing, memo),)
    elif job == FOUND:
        made = (_found(briefing, memo),)
    else:
        points, found = _points(briefing, memo), _found(briefing, memo)
        made = (points, found, then(points, found))
    return made, memo.delta() if memo else ((), {})


def find(
    briefing: Briefing,
    workers: int,
    meanwhile: Callable[[], T],
    memo: Memo | None = None,
    then: Callable[[tuple[KeyPoint, ...], tuple[Divergence, ...]], U] = lambda _p, _d: None,
    split: bool = False,
) -> tuple[tuple[KeyPoint, ...], tuple[Divergence, ...], T, U]:
    """(key points, divergences, what `meanwhile` returns, what `then` makes of the two),
    the findings (and `then`, unless `split`) in forked workers when it pays. Per-article
    parts are read from `memo` when known; afterwards `memo.used` holds every entry read or
    found, also those found in the workers (findings/parts.py). Without a memo (no record
    to keep it in), every part is found."""
    global _inherited
    context = fork_context()
    if workers < 2 or context is None or len(briefing.articles) < PARALLEL_FROM_ARTICLES:
        points, found = _points(briefing, memo), _found(briefing, memo)
        return points, found, meanwhile(), then(points, found)
    started: list[Forked] = []
    _inherited = (briefing, memo, then)
    try:
        with settled_heap():
            for job in (POINTS, FOUND) if split else (BOTH,):
                started.append(Forked(context, _job, job, lost=LOST))
        _inherited = None
        own = meanwhile()
        results = [one.result() for one in started]
    except BaseException:
        for worker in started:
            worker.terminate()  # this process failed: the workers' findings are not wanted
        raise
    finally:
        _inherited = None
        for worker in started:
            worker.close()
    if memo is not None:
        for _, delta in results:
            memo.merge(delta)
    if split:
        (points,), (found,) = (made for made, _ in results)
        return points, found, own, then(points, found)
    points, found, made = results[0][0]
    return points, found, own, made

"""MkDocs' page writing shared between forked processes, for large sites.

Writing the pages is most of MkDocs' time (about 8 ms a page; thousands of pages), and it
runs in one process on a machine with more cores. A page's HTML depends only on its own
source and the site-wide configuration (see incremental.py), so once every page has been
read, the pages to write can be split: this process writes one share and forked copies of
it write the others, each into the same site folder. What the rest of the build needs
from a page written elsewhere (its search entries, anchors and links: a `PageRecord`)
comes back through a pipe, and is given to this process's page objects as for a page kept
from the previous site. MkDocs' warnings logged in a worker are logged again here, so
strict mode and the build's error message see them. Same bytes as writing them all here
(tests/website/test_page_workers.py).
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from ..run.processes import fork_context

MIN_PAGES = 200
"""Fewer pages than this are written in this process (unless they are long: MIN_BYTES)."""
MIN_BYTES = 256 * 1024
"""Pages whose sources add up to this many bytes are shared out however few they are:
converting a long page is what costs (about 1.3 ms of CPU a kilobyte; the overview, about
and timeline pages of a large briefing are 100-250 kB each and change with every added
article), a fork a few tens of milliseconds."""
log = logging.getLogger("mkdocs.briefing.workers")


def worker_count(pages: int, size: int = 0) -> int:
    """How many processes share `pages` pages whose sources hold `size` bytes: one per
    usable core, one for a few short pages or where processes cannot be forked."""
    if pages < 2 or (pages < MIN_PAGES and size < MIN_BYTES) or fork_context() is None:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    wanted = max(pages // (MIN_PAGES // 2), size // (MIN_BYTES // 2))
    return max(1, min(cores, pages, wanted))


def deal(items: Sequence[Any], workers: int, weights: Sequence[int] | None = None) -> list[list]:
    """`items` split into `workers` shares: round robin, or, given each item's weight,
    heaviest first to the lightest share so far (ties: the earlier item, the first share),
    so one long page does not leave the other processes waiting. Each share keeps the
    items' order."""
    if weights is None:
        return [list(items[number::workers]) for number in range(workers)]
    loads, chosen = [0] * workers, [[] for _ in range(workers)]
    for index in sorted(range(len(items)), key=lambda i: (-weights[i], i)):
        share = loads.index(min(loads))
        loads[share] += weights[index]
        chosen[share].append(index)
    return [[items[index] for index in sorted(share)] for share in chosen]


class _Warnings(logging.Handler):
    """MkDocs' warnings in a worker: (logger name, level, message) to log again."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.found: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.found.append((record.name, record.levelno, record.getMessage()))


def _work(send, write: Callable[[Any], Any], share: Sequence[Any]) -> None:
    """A worker: write its share, send back ("ok", {key: result}, warnings) or
    ("error", traceback, warnings)."""
    handler = _Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        results = {key: write(item) for key, item in share}
        send.send(("ok", results, handler.found))
    except BaseException:  # noqa: BLE001 - every failure goes back to the parent
        send.send(("error", traceback.format_exc(), handler.found))
    finally:
        send.close()


class WorkerFailed(Exception):
    """A page-writing worker failed or died; the message says how."""


def write_shared(
    items: Sequence[tuple[str, Any]],
    write: Callable[[Any], Any],
    workers: int,
    weights: Sequence[int] | None = None,
) -> dict[str, Any]:
    """{key: write(item)} for every (key, item), the items dealt (`deal`, by `weights` when
    given) to `workers` processes: this one takes the first share, forked copies the
    others. Raises the first error of this process's share as it is, and WorkerFailed for
    a worker's."""
    if workers <= 1 or len(items) < 2:
        return {key: write(item) for key, item in items}
    context = fork_context()
    shares = deal(items, workers, weights)
    started = []
    for share in shares[1:]:
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_work, args=(send, write, share))
        process.start()
        send.close()
        started.append((process, receive))
    try:
        results = {key: write(item) for key, item in shares[0]}
    except BaseException:
        for process, receive in started:
            process.kill()
            process.join()
            receive.close()
        raise
    failure = None
    for process, receive in started:
        try:
            status, payload, warnings = receive.recv()
        except EOFError:
            status, payload, warnings = "error", "the worker ended without an answer", []
        finally:
            receive.close()
            process.join()
        for name, level, message in warnings:
            logging.getLogger(name).log(level, message)
        if status == "ok":
            results.update(payload)
        elif failure is None:
            failure = payload
    if failure is not None:
        raise WorkerFailed(f"a page-writing worker failed: {failure.strip().splitlines()[-1]}")
    return results

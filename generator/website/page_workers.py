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
"""Fewer pages than this are written in this process: a fork costs more than it saves."""
log = logging.getLogger("mkdocs.briefing.workers")


def worker_count(pages: int) -> int:
    """How many processes share `pages` pages: one per usable core, one for few pages or
    where processes cannot be forked."""
    if pages < MIN_PAGES or fork_context() is None:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, pages // (MIN_PAGES // 2)))


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
    items: Sequence[tuple[str, Any]], write: Callable[[Any], Any], workers: int
) -> dict[str, Any]:
    """{key: write(item)} for every (key, item), the items dealt round robin to `workers`
    processes: this one takes the first share, forked copies the others. Raises the first
    error of this process's share as it is, and WorkerFailed for a worker's."""
    if workers <= 1 or len(items) < 2:
        return {key: write(item) for key, item in items}
    context = fork_context()
    started = []
    for number in range(1, workers):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_work, args=(send, write, items[number::workers]))
        process.start()
        send.close()
        started.append((process, receive))
    try:
        results = {key: write(item) for key, item in items[::workers]}
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

"""MkDocs in a process of its own, for large briefings.

By the site step the build's process holds the loaded lexicons and the whole briefing,
and MkDocs adds its pages, their HTML and the search index on top: at 560 articles the
process peaked at 600 MiB in this step. A fresh (spawned, not forked) process holds only
MkDocs and the docs it reads, so the two peaks no longer add up, and each can be measured
alone. Small briefings keep MkDocs in this process: starting another interpreter and
importing MkDocs again costs about half a second, more than the memory is worth there.
The site is the same bytes either way (tests/website/test_site_apart.py). As with any
spawned process, Python imports the caller's main module again in it: a script that calls
the build must keep its own work under `if __name__ == "__main__":` (the command line does).

A build can start that process early (`SiteProcess`, before extraction): it imports the
site step and MkDocs (about 0.25 CPU s) and reads the last site's page records (0.15 CPU s
at 2,600 articles) while the build's own process extracts and links, in one process on a
machine with more cores, then waits for its one job. No thread is started in the build's
process (its render workers are forked later).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .page_records import preload
from .site import SiteError, stage_site

APART_FROM_ARTICLES = 300
"""From this many articles on, MkDocs runs in a process of its own."""


def _warm() -> None:
    """Import what the site step runs on (MkDocs' build, the theme's plugins, the
    Markdown extensions of the packaged configuration): the same modules it would import
    itself on its first call."""
    import markdown.extensions.attr_list  # noqa: F401
    import markdown.extensions.md_in_html  # noqa: F401
    import markdown.extensions.tables  # noqa: F401
    import markdown.extensions.toc  # noqa: F401
    import material.plugins.offline.plugin  # noqa: F401
    import material.plugins.search.plugin  # noqa: F401
    import material.plugins.tags.plugin  # noqa: F401
    import mkdocs.commands.build  # noqa: F401


def _serve(connection, previous: Path | None) -> None:
    """The process apart: warm up and read the `previous` site's page records ahead
    (`page_records.preload`), then run the one `stage_site` call it is sent and send back
    ("ok", its result) or ("error", the exception). Ends without work when the build
    closes its end first."""
    try:
        _warm()
        preload(previous)
        arguments = connection.recv()
    except (EOFError, OSError, ImportError):
        return
    try:
        answer: tuple[str, Any] = ("ok", stage_site(*arguments))
    except BaseException as error:  # noqa: BLE001 - every failure goes back to the build
        answer = ("error", error)
    try:
        connection.send(answer)
    except Exception:  # noqa: BLE001 - an exception that does not pickle: its message
        connection.send(("error", SiteError(f"{type(answer[1]).__name__}: {answer[1]}")))


class SiteProcess:
    """A spawned process waiting to build the site (see the module's docstring). Use it
    as a context manager: a process not given its job by the end is told to stop."""

    def __init__(self, previous: Path | None = None) -> None:
        """`previous`: the site this build will replace, whose page records the process
        reads while it waits (None: none)."""
        context = multiprocessing.get_context("spawn")  # none of this process's memory
        self._connection, theirs = context.Pipe()
        arguments = (theirs, previous)
        self._process = context.Process(target=_serve, args=arguments)  # may fork workers
        self._process.start()
        theirs.close()
        self._used = False

    def stage(self, arguments: tuple) -> Path | None:
        """`stage_site(*arguments)` in the process apart; its errors raised here as they
        would be in this process; a process that dies (e.g. killed for lack of memory)
        raises SiteError saying so. Once only."""
        if self._used:
            raise RuntimeError("a SiteProcess builds one site")
        self._used = True
        try:
            self._connection.send(arguments)
            status, payload = self._connection.recv()
        except (EOFError, OSError) as error:
            raise SiteError(
                f"the MkDocs process ended without finishing the site ({error or 'no answer'})"
            ) from None
        finally:
            self.close()
        if status == "error":
            raise payload
        return payload

    def close(self) -> None:
        """Stop the process (it ends by itself once its end of the pipe is closed)."""
        self._connection.close()
        self._process.join(timeout=30)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __enter__(self) -> SiteProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def stage_site_apart(
    docs_dir: Path,
    site_dir: Path,
    site_name: str,
    mkdocs_yml: Path | None,
    articles: int,
    docs_digests: Mapping[str, bytes] | None = None,
    templates: Path | None = None,
    process: SiteProcess | None = None,
) -> Path | None:
    """`site.stage_site`, in a spawned process when the briefing has `articles` ≥
    APART_FROM_ARTICLES (`process`, started earlier, or one started now). Its errors are
    raised here as they would be in this process; a process that dies (e.g. killed for
    lack of memory) raises SiteError saying so."""
    arguments = (docs_dir, site_dir, site_name, mkdocs_yml, False, docs_digests, templates)
    if articles < APART_FROM_ARTICLES:
        return stage_site(*arguments)
    if process is not None:
        return process.stage(arguments)
    with SiteProcess() as started:
        return started.stage(arguments)

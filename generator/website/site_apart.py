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
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .site import SiteError, stage_site

APART_FROM_ARTICLES = 300
"""From this many articles on, MkDocs runs in a process of its own."""


def stage_site_apart(
    docs_dir: Path,
    site_dir: Path,
    site_name: str,
    mkdocs_yml: Path | None,
    articles: int,
    docs_digests: Mapping[str, bytes] | None = None,
    templates: Path | None = None,
) -> Path | None:
    """`site.stage_site`, in a spawned process when the briefing has `articles` ≥
    APART_FROM_ARTICLES. Its errors are raised here as they would be in this process; a
    process that dies (e.g. killed for lack of memory) raises SiteError saying so."""
    arguments = (docs_dir, site_dir, site_name, mkdocs_yml, False, docs_digests, templates)
    if articles < APART_FROM_ARTICLES:
        return stage_site(*arguments)
    context = multiprocessing.get_context("spawn")  # none of this process's memory
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            return pool.submit(stage_site, *arguments).result()
    except BrokenProcessPool as error:
        raise SiteError(f"the MkDocs process ended without finishing the site ({error})") from None

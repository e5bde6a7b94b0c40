"""Write the docs folder and the site, then swap both in: all or nothing.

Both new folders are complete on disk before either replaces the live one, so a full
disk or a failing MkDocs build leaves the previous docs and site together as they were
(before, the docs were swapped in first and a failing site build left them mismatched).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..findings.history import NO_PREVIOUS, Changes
from ..models import Briefing
from ..render import Rendered, render_changed, reuse
from ..render.record import Record
from .digests import digest_of, text_digests
from .outputs import writing
from .site import (
    docs_file_digests,
    find_mkdocs_config,
    stage_docs,
    write_docs,
    write_files,
)
from .site_apart import APART_FROM_ARTICLES, SiteProcess, stage_site_apart
from .swap import swap_into_place, temporary_sibling


@dataclass(frozen=True)
class Written:
    """What a publish changed."""

    docs_changed: bool
    site_built: bool
    docs_digest: str | None = None
    """`digests.folder_digest` of the docs folder now (None: the docs were not rendered),
    known from the render without reading the folder back."""


@dataclass(frozen=True)
class Target:
    """Where to write, and how."""

    docs_dir: Path
    site_dir: Path | None
    """None: no site (`--no-site`, `serve`)."""
    folder: Path | None
    """The briefing folder in use, whose own mkdocs.yml (if any) is merged in."""
    jobs: int | None = None
    in_place: bool = False
    """Update the docs file by file (for `serve`, whose watcher would lose a swapped folder)."""
    render_record: Path | None = None
    """Where the keys of the last render are kept (render/reuse.py): unchanged article and
    actor pages are then kept rather than rendered again. None: render every page."""


def _remove(*folders: Path | None) -> None:
    for folder in folders:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


Timer = Callable[[str], AbstractContextManager]
"""Measures a named step (the command line's `--debug` timings)."""


def _untimed(_step: str) -> AbstractContextManager:
    return nullcontext()


def _render(briefing: Briefing, target: Target, changes: Changes, sink=None) -> Rendered:
    """Render the docs, keeping unchanged pages when the last render's record is there.
    With a sink, which writes the pages, only their digests are kept (render_changed)."""
    texts = sink is None
    if target.render_record is None:
        return render_changed(briefing, target.jobs, sink, changes, texts=texts)
    return render_changed(
        briefing,
        jobs=target.jobs,
        sink=sink,
        changes=changes,
        previous=reuse.load(target.render_record),
        docs_dir=target.docs_dir,
        texts=texts,
    )


@dataclass(frozen=True)
class _Docs:
    """The rendered docs: the staged folder to swap in (None: nothing to swap), whether the
    docs change, the render's record, and every file's digest (`file_digests`)."""

    staged: Path | None
    changed: bool
    record: Record
    digests: dict[str, bytes]


def _docs(briefing: Briefing, target: Target, timed: Timer, changes: Changes) -> _Docs:
    """Render the docs (staged for the swap, or in place)."""
    if target.in_place:
        with writing(target.docs_dir):
            with timed("render"):
                rendered = _render(briefing, target, changes)
            with timed("write"):
                changed = write_docs(rendered.files, target.docs_dir, in_place=True)
                digests = docs_file_digests(
                    {name: digest.hex() for name, digest in text_digests(rendered.files).items()}
                )
                return _Docs(None, changed, rendered.record, digests)
    staging = temporary_sibling(target.docs_dir)
    try:
        with writing(target.docs_dir):
            with timed("render"):
                # written as rendered (faster); kept pages are linked, not rewritten
                rendered = _render(briefing, target, changes, partial(write_files, staging))
            with timed("write"):
                reuse.link_pages(sorted(rendered.kept), target.docs_dir, staging)
                staged = stage_docs(rendered.files, target.docs_dir, staging)
    except BaseException:
        _remove(staging)
        raise
    return _Docs(staged, staged is not None, rendered.record, docs_file_digests(rendered.files))


TEMPLATES = "templates"
"""In the cache folder: the site theme's compiled templates (Jinja's bytecode cache)."""


def _templates(target: Target) -> Path | None:
    """Where the theme's compiled templates are kept: beside the render record, in the
    build's cache folder (None without one)."""
    if target.render_record is None:
        return None
    return target.render_record.parent / TEMPLATES


def publish(
    briefing: Briefing | None,
    title: str,
    target: Target,
    timed: Timer = _untimed,
    changes: Changes = NO_PREVIOUS,
    site_process: SiteProcess | None = None,
) -> Written:
    """Render `briefing` into the docs (None: keep the docs as they are), build the site
    from them, then swap in whatever changed. Raises OutputWriteError on a write failure.
    `changes` since the previous build go on the "What changed" page; `site_process`: a
    process apart started earlier for the site step (site_apart), used if one is needed."""
    docs = _docs(briefing, target, timed, changes) if briefing is not None else None
    docs_staged = docs.staged if docs is not None else None
    digests = docs.digests if docs is not None else None
    site_staged, site_built = None, False
    articles = len(briefing.articles) if briefing is not None else 0
    try:
        if target.site_dir is not None:
            with writing(target.site_dir), timed("site"):
                site_staged = stage_site_apart(
                    docs_staged or target.docs_dir,
                    target.site_dir,
                    title,
                    find_mkdocs_config(target.folder),
                    articles,
                    digests,
                    _templates(target),
                    site_process,
                )
                site_built = site_staged is not None
        with timed("swap"):
            # a large briefing's replaced folders are removed once the build is done
            later = articles >= APART_FROM_ARTICLES
            if docs_staged is not None:
                swap_into_place(docs_staged, target.docs_dir, later)
                docs_staged = None
            if site_staged is not None:
                swap_into_place(site_staged, target.site_dir, later)
                site_staged = None
            if docs is not None and docs.record and target.render_record is not None:
                reuse.save(target.render_record, docs.record)
    finally:
        _remove(docs_staged, site_staged)
    if docs is None:
        return Written(False, site_built)
    return Written(docs.changed, site_built, digest_of(docs.digests))

"""Briefing → {path relative to the docs folder: file text}.

Every page depends only on the briefing and the site plan, so large briefings are rendered
in parts by forked worker processes, which inherit the briefing instead of receiving a
copy; the parts are merged in path order, so the result is the same dict as a serial run.
Only many pages to render are worth a pool (a first build); after one added article, the
findings' worker (findings_workers.py) and this process share the render between them.
Rendering writes nothing itself. A caller may pass a `sink`, which is handed each part as
soon as it is rendered (in the worker that rendered it): the publisher's sink writes the
part into its staging folder, so that writing thousands of files overlaps the rendering
(a speed choice, measured: writing them all afterwards from one process is slower).
"""

from __future__ import annotations

import multiprocessing.context
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from ..events.importance import event_importance
from ..findings.divergences import Divergence
from ..findings.history import NO_PREVIOUS, Changes
from ..findings.keypoints import KeyPoint
from ..findings.parts import Memo, known_entries
from ..models import Actor, Article, Briefing, Event
from ..run.processes import Handover, fork_context, paused_then_settled, settled_heap
from . import findings_workers
from .actor_pages import actor_pages
from .article_pages import article_page
from .attention import attention_pages
from .briefing_lines import PAGE as LINES_PAGE
from .briefing_lines import UNIT as LINES_UNIT
from .briefing_lines import Lines, kept_lines, positions
from .changes import changes_page
from .chunked import Chunks, FileText, Hashed, whole
from .divergences import divergences_data, divergences_page
from .export import exports
from .index_pages import actor_index_pages, article_index_pages
from .keypoints import key_points_data
from .overview import about_page, data_page, overview_page, tags_page
from .paths import SitePaths
from .plan import site_paths
from .record import Record, make
from .reuse import (
    Kept,
    Unit,
    actor_unit,
    article_unit,
    kept_units,
    read_kept,
    text_digest,
    unit_pages,
)
from .timeline_pages import timeline_pages

ASSETS = ("briefing.css",)

PARALLEL_FROM_PAGES = 2000
"""Below this many article and actor pages to render (not kept), starting worker processes
for them costs more than it saves."""

PAGES_PER_PART = 200
"""Article or actor pages a worker renders in one go: small enough to share the work out
evenly, large enough that sending parts and results back and forth costs little."""


def _events_by(briefing: Briefing) -> tuple[dict[str, list[Event]], dict[str, list[Event]]]:
    """Events per article and per actor, each list in date order."""
    by_article: dict[str, list[Event]] = {}
    by_actor: dict[str, list[Event]] = {}
    for event in sorted(briefing.events, key=lambda e: (e.date, e.id)):
        for article_id in sorted({s.article for s in event.sources}):
            by_article.setdefault(article_id, []).append(event)
        for actor_id in event.actors:
            by_actor.setdefault(actor_id, []).append(event)
    return by_article, by_actor


@dataclass(frozen=True)
class _Plan:
    """What every part of the render reads: the briefing and the lookups made once for it."""

    briefing: Briefing
    paths: SitePaths
    events_by_article: dict[str, list[Event]]
    events_by_actor: dict[str, list[Event]]
    points: tuple[KeyPoint, ...] = ()
    divergences: tuple[Divergence, ...] = ()
    changes: Changes = NO_PREVIOUS
    kept: frozenset[str] = frozenset()
    """Units (render/reuse.py) not rendered: their unchanged pages are read from disk."""
    lines: Lines | None = None
    """briefing.json's items' lines kept from the last render (render/briefing_lines.py)."""


def _site_pages(plan: _Plan) -> dict[str, str]:
    """The indexes, the timeline and the other one-off pages that do not show the findings,
    and the stylesheet."""
    briefing, paths = plan.briefing, plan.paths
    files = {
        **article_index_pages(briefing, paths),
        **actor_index_pages(briefing, paths),
        "data/index.md": data_page(briefing, paths),
        "about.md": about_page(briefing, paths),
        **attention_pages(briefing),
        "tags.md": tags_page(),
        **timeline_pages(briefing, paths),
        "changes.md": changes_page(briefing, paths, plan.changes),
    }
    for name in ASSETS:
        files[f"assets/{name}"] = (
            resources.files("generator.assets").joinpath(name).read_text("utf-8")
        )
    return files


def _findings_pages(plan: _Plan) -> dict[str, str]:
    """The pages that show the key points and the divergences: the overview and the
    divergences page."""
    briefing, paths = plan.briefing, plan.paths
    return {
        "index.md": overview_page(
            briefing, paths, plan.points, len(plan.divergences), plan.changes
        ),
        "divergences.md": divergences_page(briefing, paths, plan.divergences),
    }


def _article_pages(plan: _Plan, start: int, stop: int) -> dict[str, str]:
    """The pages of articles start…stop-1, in the briefing's order."""
    paths, events = plan.paths, plan.events_by_article
    return {
        paths.articles[article.id]: article_page(
            article, plan.briefing, paths, events.get(article.id, [])
        )
        for article in plan.briefing.articles[start:stop]
        if article_unit(article.id) not in plan.kept
    }


def _actor_pages(plan: _Plan, start: int, stop: int) -> dict[str, str]:
    """The pages of actors start…stop-1, in the briefing's order."""
    paths, events = plan.paths, plan.events_by_actor
    files: dict[str, str] = {}
    for actor in plan.briefing.actors[start:stop]:
        if actor_unit(actor.id) in plan.kept:
            continue
        files.update(actor_pages(actor, plan.briefing, paths, events.get(actor.id, [])))
    return files


EXPORT_SHARES = (("data/briefing.json",), ())
"""The data files in two render parts when the render is shared among workers (a first
build): the first (the largest, the one that shows the findings) once they are found, the
second (all the others) beside it. After one added article, the findings' worker makes
the first once it has found them, while this process renders the second with the rest:
at 5,000 articles the worker was the longer of the two by 1.4-1.9 CPU s, and 0.4 after
this (at 2,600, where the two were closer, it had not paid)."""
FINDINGS_SHARE, BESIDE_SHARES = 0, (1,)
"""The share that shows the findings, and those made beside them."""


def _exports(plan: _Plan, share: int = -1) -> dict[str, FileText]:
    """The data files of one of the EXPORT_SHARES (-1: all of them)."""
    extra = {
        "key_points": key_points_data(plan.points),
        "divergences": divergences_data(plan.divergences),
    }
    files = exports(plan.briefing, plan.paths, extra, plan.lines)
    if share < 0:
        return files
    alone = {name for names in EXPORT_SHARES for name in names}
    return {
        name: text
        for name, text in files.items()
        if (name in EXPORT_SHARES[share] if EXPORT_SHARES[share] else name not in alone)
    }


Part = tuple[Callable[..., Mapping[str, FileText]], tuple[int, ...]]
"""A piece of the render: a function of the plan, and its further arguments."""


def _parts(plan: _Plan, pages_per_part: int) -> list[Part]:
    """The article and actor pages to render (not kept), in parts of at most
    `pages_per_part` of them, in the briefing's order."""
    parts: list[Part] = []
    for render_pages, todo in (
        (_article_pages, _todo(plan.briefing.articles, article_unit, plan.kept)),
        (_actor_pages, _todo(plan.briefing.actors, actor_unit, plan.kept)),
    ):
        for start in range(0, len(todo), pages_per_part):
            end = min(start + pages_per_part, len(todo))
            parts.append((render_pages, (todo[start], todo[end - 1] + 1)))
    return parts


def _todo(objects: Sequence[Article] | Sequence[Actor], unit, kept: frozenset[str]) -> list[int]:
    """The positions of the articles (or actors) whose pages are rendered (not kept)."""
    return [number for number, item in enumerate(objects) if unit(item.id) not in kept]


Sink = Callable[[Mapping[str, str | Iterable[str]]], None]
"""Receives each rendered part, where it was rendered (e.g. writes it into a folder). With
`texts` False a file's text may come as an iterable of pieces, which it must consume."""


def _run(plan: _Plan, part: Part, sink: Sink | None, texts: bool = True) -> dict[str, str]:
    """Render one part (and hand it to `sink`, when given): its files, or with `texts`
    False only each file's text digest (the sink has them: nothing large is kept or sent)."""
    function, arguments = part
    made = function(plan, *arguments)
    if texts:
        files = whole(made)
        if sink is not None:
            sink(files)
        return files
    assert sink is not None, "a render that keeps no texts writes them through a sink"
    out = {path: Hashed(v.make()) if isinstance(v, Chunks) else v for path, v in made.items()}
    sink(out)
    return {
        path: v.hexdigest() if isinstance(v, Hashed) else text_digest(v) for path, v in out.items()
    }


_inherited: tuple[_Plan, Sink | None, bool] | None = None
"""The plan, the sink and whether texts are returned, set just before worker processes
fork so that they inherit them."""


def _render_inherited(part: Part) -> dict[str, str]:
    """One part, in a worker process, from the plan it inherited."""
    assert _inherited is not None, "render workers must be forked from render()"
    plan, sink, texts = _inherited
    return _run(plan, part, sink, texts)


def render(
    briefing: Briefing,
    jobs: int | None = None,
    sink: Sink | None = None,
    changes: Changes = NO_PREVIOUS,
) -> dict[str, str]:
    """Every page, data file and stylesheet of the docs folder.

    `jobs` is the number of worker processes (default: one per CPU); with one, with a
    small briefing, or where processes cannot be forked, everything is rendered here.
    With a `sink`, every part is also handed to it as soon as it is rendered.
    `changes` (since the previous build) is what the "What changed" page lists.
    """
    return render_changed(briefing, jobs, sink, changes).files


@dataclass(frozen=True)
class Rendered:
    """A render that may have kept unchanged pages from the last one."""

    files: dict[str, str]
    """Every file of the docs folder, the same as `render` gives (with `texts` False:
    every file's SHA-256 hex digest of its text instead, the texts having gone to the sink)."""
    kept: frozenset[str] = field(default_factory=frozenset)
    """Pages read back unchanged from the docs folder (not handed to the sink)."""
    record: Record | None = None
    """The units' keys and page digests, for the next render (render/record.py)."""


def render_changed(
    briefing: Briefing,
    jobs: int | None = None,
    sink: Sink | None = None,
    changes: Changes = NO_PREVIOUS,
    previous: Mapping[str, Unit] | None = None,
    docs_dir: Path | None = None,
    texts: bool = True,
) -> Rendered:
    """`render`, keeping the article and actor pages whose inputs are those of the last
    render (`previous`, its record loaded by reuse.load) and whose text in `docs_dir` is
    still what that render wrote. With `previous` None, nothing is kept or recorded.
    With `texts` False (and a `sink`), pages are not kept in memory: `files` holds their
    digests, so the memory does not grow with the size of the docs."""
    # Hundreds of thousands of objects are made (keys, findings, the memo read back) and
    # few cycles: with the collector on, each collection walked them again (1.1 of 6.8 CPU s
    # at 2,600 articles). Paused here, and in the forked workers, which inherit the pause;
    # what lives on is frozen as the render ends (`paused_then_settled`), until the build's
    # own settled heap ends (alone, as in `serve`, until this render ends).
    with settled_heap(), paused_then_settled():
        return _render_changed(briefing, jobs, sink, changes, previous, docs_dir, texts)


def _render_changed(
    briefing: Briefing,
    jobs: int | None,
    sink: Sink | None,
    changes: Changes,
    previous: Mapping[str, Unit] | None,
    docs_dir: Path | None,
    texts: bool,
) -> Rendered:
    """`render_changed`, with the collector as the caller left it."""
    paths = site_paths(briefing)
    by_article, by_actor = _events_by(briefing)
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    memo = Memo(known_entries(previous)) if previous is not None else None
    event_importance(briefing)  # once, before the workers fork (it is kept for them)
    plan = _Plan(briefing, paths, by_article, by_actor, changes=changes)
    # With a record, the findings are mostly read back: their worker finds them while this
    # process does the rest (findings_workers.py), and then makes the data file that shows
    # them, with the lines of the last one whose keys this process hands over
    # (briefing_lines.py).
    beside = bool(previous)
    handover = Handover() if beside else None

    def meanwhile() -> tuple[Kept, dict[str, str]]:
        """Beside the findings: the units' keys, what is kept, and (`beside`) every file
        that does not show the findings."""
        kept = kept_units(plan.briefing, plan.paths, by_article, by_actor, previous, docs_dir)
        if handover is not None and previous is not None:
            handover.give(positions(previous, kept.line_keys))
        here = replace(plan, kept=frozenset(kept.pages))
        return kept, _render_rest(here, workers, sink, texts, BESIDE_SHARES) if beside else {}

    def then(points: tuple[KeyPoint, ...], found: tuple[Divergence, ...]) -> dict[str, str]:
        """Once the findings are known (`beside`: in their worker): the data file that
        shows them (else it is rendered with the rest, after the findings)."""
        if handover is None or previous is None:
            return {}
        lines = kept_lines(previous, docs_dir, handover.take())
        found_plan = replace(plan, points=points, divergences=found, lines=lines)
        return _run(found_plan, (_exports, (FINDINGS_SHARE,)), sink, texts)

    try:
        points, found, (kept, files), made = findings_workers.find(
            briefing, workers, meanwhile, memo, then, split=not beside
        )
    finally:
        if handover is not None:
            handover.close()
    found_plan = replace(plan, points=points, divergences=found, kept=frozenset(kept.pages))
    if not beside:
        files = _render_rest(found_plan, workers, sink, texts, range(len(EXPORT_SHARES)))
    files.update(made)
    files.update(_run(found_plan, (_findings_pages, ()), sink, texts))
    files = dict(sorted(files.items()))
    if previous is None:
        return Rendered(files)
    return _with_kept(plan, files, kept, memo, previous, docs_dir, texts)


def _with_kept(
    plan: _Plan,
    files: dict[str, str],
    kept: Kept,
    memo: Memo | None,
    previous: Mapping[str, Unit],
    docs_dir: Path | None,
    texts: bool,
) -> Rendered:
    """The render's `files` with the kept pages (their texts, or with `texts` False their
    digests), and the record of it for the next render."""
    keep = kept.pages
    kept_digests = {page: digest for pages in keep.values() for page, digest in pages.items()}
    files.update(read_kept(kept_digests, docs_dir) if texts and docs_dir else kept_digests)
    files = dict(sorted(files.items()))
    pages = unit_pages(plan.briefing, plan.paths, files)
    pages[LINES_UNIT] = [LINES_PAGE]
    digests = files if not texts else _digests(files, pages)
    parts = memo.used if memo is not None else {}
    layers = {name: unit.layer for name, unit in previous.items() if unit.layer}
    keys = {**kept.keys, **parts, LINES_UNIT: kept.line_keys}
    record = make(keys, pages, digests, docs_dir, kept.signed, layers)
    return Rendered(files, frozenset(kept_digests), record)


def _digests(files: Mapping[str, str], pages: Mapping[str, list[str]]) -> dict[str, str]:
    """The text digests of the units' pages among `files`."""
    return {p: text_digest(files[p]) for names in pages.values() for p in names if p in files}


def _render_rest(
    plan: _Plan, workers: int, sink: Sink | None, texts: bool, shares: Sequence[int] = (1,)
) -> dict[str, str]:
    """The data files of the EXPORT_SHARES `shares`, the article and actor pages not kept,
    and the site pages but the findings' ones. The first two go to worker processes only
    when there are many pages to render (a full render of a large briefing): one added
    article renders a few dozen, for which starting workers costs more CPU than the pages
    themselves."""
    parts: list[Part] = [(_exports, (share,)) for share in shares]
    parts += _parts(plan, PAGES_PER_PART)
    here: list[Part] = [(_site_pages, ())]
    pages = len(_todo(plan.briefing.articles, article_unit, plan.kept)) + len(
        _todo(plan.briefing.actors, actor_unit, plan.kept)
    )
    context = fork_context()
    if workers > 1 and pages >= PARALLEL_FROM_PAGES and context is not None:
        return _render_in_workers(plan, workers, context, sink, texts, parts, here)
    files: dict[str, str] = {}
    for part in [*parts, *here]:
        files.update(_run(plan, part, sink, texts))
    return files


def _render_in_workers(
    plan: _Plan,
    workers: int,
    context: multiprocessing.context.BaseContext,
    sink: Sink | None,
    texts: bool,
    shared: list[Part],
    here: list[Part],
) -> dict[str, str]:
    """Workers render the `shared` parts while this process renders those `here` (whose
    about page loads numpy for the network chart)."""
    global _inherited
    _inherited = (plan, sink, texts)
    try:
        with (
            settled_heap(),
            ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool,
        ):
            futures = [pool.submit(_render_inherited, part) for part in shared]
            files: dict[str, str] = {}
            for part in here:
                files.update(_run(plan, part, sink, texts))
            for future in futures:
                files.update(future.result())
    finally:
        _inherited = None
    return files

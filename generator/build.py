"""The build, top to bottom: read -> extract (parallel) -> link -> render -> write -> site.

Like MkDocs' `build()`, everything is gathered before anything is written: the outputs are
checked, the seeds read, every article extracted and the corpus linked; only then are the
docs rendered and written, and the site built from them (`publish`, all or nothing).
Problems come back as `Problem` values through `Hooks.report`, in the order they are met;
the command line decides how to print them and which exit code they mean.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .actors import resolve_memo as actor_memo
from .cache import ArticleCache, BuildStamp, generator_digest, inputs_digest, write_whole
from .deferred import Deferred, read_deferred
from .events import report_memo
from .findings import history as history_store
from .metadata.kept_prose import KEPT_PROSE
from .models import Briefing, RawArticle
from .pipeline import ArticleFailure, ArticleResult, analyse_all, build_briefing
from .problems import Problem
from .render.reuse import RENDER_RECORD
from .run import executors, seen_pages, text_blocks
from .run import kept as link_kept
from .run.budget import DEFAULT_SECONDS
from .run.processes import paused_then_settled, settled_heap
from .settings.config import Config, load_config
from .text.language import release_model
from .website.digests import folder_digest
from .website.outputs import Output, check_outputs
from .website.publish import Target, publish
from .website.site import build_locks
from .website.site_apart import APART_FROM_ARTICLES, SiteProcess


@dataclass
class Options:
    """Where a build reads and writes, and how (the command line's options, resolved)."""

    seeds: Path
    docs_dir: Path
    site_dir: Path
    config: Path | None
    folder: Path | None
    """The briefing folder in use, whose mkdocs.yml (if any) is merged in."""
    quiet: bool
    debug: bool
    jobs: int | None
    cache_dir: Path | None = None
    """Per-article cache folder (None: no cache, e.g. for `check`)."""
    history_dir: Path | None = None
    """Where the previous build's briefing summary is kept (None: `--no-history`)."""
    article_timeout: float | None = DEFAULT_SECONDS
    """Seconds one article's extraction may take before it is skipped (0 or None: no limit)."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each step of this run, printed with `--debug`."""
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    """CPU seconds of each step, this process's and its finished workers' (`--debug`): on a
    shared machine they vary far less than the wall-clock `timings`."""


class SeedsNotFound(Exception):
    """The seeds folder does not exist."""


class NothingToBuild(Exception):
    """No article is left to build; the message says why."""


class StrictRefusal(Exception):
    """`--strict` and at least one warning: nothing was written."""

    def __init__(self, count: int):
        super().__init__(f"{count} warning(s)")
        self.count = count


Progress = Callable[[int], AbstractContextManager[Callable[[int], None] | None]]
"""Given the number of articles, a context yielding a callback for each one done (or None)."""


def _no_progress(_total: int) -> AbstractContextManager[None]:
    return nullcontext()


@dataclass(frozen=True)
class Hooks:
    """How the build talks back while it runs: problems as met, and progress."""

    report: Callable[[Problem], None] = lambda _problem: None
    progress: Progress = _no_progress


def cpu_seconds() -> float:
    """CPU seconds so far of this process and of the child processes it has waited for
    (the extraction pool, the render workers, the spawned MkDocs and its page workers)."""
    now = os.times()
    return now.user + now.system + now.children_user + now.children_system


@contextmanager
def timed(options: Options, step: str) -> Iterator[None]:
    """Add the time (and the CPU time) the block takes to `options.timings[step]`
    (`options.cpu_seconds[step]`)."""
    start, cpu = time.perf_counter(), cpu_seconds()
    try:
        yield
    finally:
        options.timings[step] = options.timings.get(step, 0.0) + time.perf_counter() - start
        options.cpu_seconds[step] = options.cpu_seconds.get(step, 0.0) + cpu_seconds() - cpu


@dataclass(frozen=True)
class Inputs:
    config: Config
    raws: list[RawArticle | Deferred]
    """HTML pages deferred: read again where they are extracted (`deferred`)."""
    problems: tuple[Problem, ...]
    digest: str
    """Digest of the generator, the configuration file and every article read."""


@dataclass(frozen=True)
class Analysis:
    briefing: Briefing
    problems: tuple[Problem, ...]
    """One per bad or doubtful input file: the warnings that --strict makes fatal."""


@dataclass(frozen=True)
class Outcome:
    """What a build did, for the command line's last lines."""

    title: str
    summary: str
    attention: int
    """Items of the briefing that need a person's attention."""
    docs_changed: bool
    site_built: bool


def read_inputs(options: Options, hooks: Hooks) -> Inputs:
    """Load the configuration (ConfigError) and read the seeds, reporting refused files."""
    config = load_config(options.config)
    if not options.seeds.is_dir():
        raise SeedsNotFound(options.seeds)
    with timed(options, "read"):
        pages = seen_pages.load(options.cache_dir, generator_digest())
        raws, problems = read_deferred(options.seeds, pages)
        seen_pages.save(options.cache_dir, pages, generator_digest(), write_whole)
    for problem in problems:
        hooks.report(problem)
    if not raws:
        raise NothingToBuild(
            f"{options.seeds}: nothing to build (no readable .txt, .md or .html article)"
        )
    config_text = options.config.read_bytes() if options.config is not None else b""
    return Inputs(config, raws, tuple(problems), inputs_digest(config_text, raws))


def _extract(options: Options, inputs: Inputs, hooks: Hooks) -> list:
    """Every article's extraction outcome, in input order (cached ones reused)."""
    with hooks.progress(len(inputs.raws)) as update, timed(options, "extract"):
        blocks = text_blocks.load(options.cache_dir, generator_digest())
        outcomes = analyse_all(
            inputs.raws,
            inputs.config,
            jobs=options.jobs,
            progress=update,
            cache=ArticleCache(options.cache_dir) if options.cache_dir else None,
            article_timeout=options.article_timeout,
            executor=executors.from_environment(),
            blocks=blocks,
        )
        release_model()  # only extraction guesses languages; the steps after it do not
        text_blocks.save(options.cache_dir, blocks, generator_digest(), write_whole)
        return outcomes


def _outcome_problems(raw: RawArticle | Deferred, outcome) -> list[Problem]:
    """The problems of one article's extraction: why it was skipped, or what it lacks."""
    if isinstance(outcome, ArticleFailure):
        message = outcome.message or f"skipped: extraction failed: {outcome.error}"
        return [Problem(raw.source, message, detail=outcome.trace)]
    if not outcome.article.paragraphs:
        reasons = sorted({r.reason for r in outcome.article.removed})
        why = f" (removed: {', '.join(reasons)})" if reasons else ""
        return [Problem(raw.source, f"skipped: no article text found, only page furniture{why}")]
    kept = [Problem(raw.source, w) for w in outcome.article.warnings if w.startswith(KEPT_PROSE)]
    return kept + [Problem(raw.source, f"kept without some results: {f}") for f in outcome.failed]


def analyse(options: Options, hooks: Hooks, inputs: Inputs | None = None) -> Analysis:
    """Read, extract and link; report bad inputs; NothingToBuild when every article failed."""
    inputs = inputs or read_inputs(options, hooks)
    problems = list(inputs.problems)
    results: list[ArticleResult] = []
    for raw, outcome in zip(inputs.raws, _extract(options, inputs, hooks), strict=True):
        found = _outcome_problems(raw, outcome)
        for problem in found:
            hooks.report(problem)
        problems.extend(found)
        if isinstance(outcome, ArticleResult) and outcome.article.paragraphs:
            results.append(outcome)
    if not results:
        raise NothingToBuild("nothing to build (every article failed)")
    inputs.raws.clear()  # extracted: the largest input (HTML sources) is not held any longer
    # The results (read from the cache with the collector paused) are kept to the end of
    # the build: frozen, no collection of the corpus dating walks them again.
    # Paused to the end, and what the link step made frozen before the collector is back:
    # else the first allocation after it (the memo's save) walked every object of the
    # briefing, which lives to the end of the build anyway (1.3 of 8 CPU s at 5,000).
    with timed(options, "link"), settled_heap(), paused_then_settled():
        kept, reports = link_kept.load(options.cache_dir), report_memo.load(options.cache_dir)
        records = actor_memo.load(options.cache_dir)
        briefing = build_briefing(results, inputs.config, kept, reports, records)
        link_kept.save(options.cache_dir, kept)
        report_memo.save(options.cache_dir, reports)
        actor_memo.save(options.cache_dir, records)
    for article_id in sorted(set(inputs.config.articles) - {r.article.id for r in results}):
        problem = Problem(
            str(options.config),
            "no article with this id in the corpus (ignored)",
            key=f"articles.{article_id}",
        )
        hooks.report(problem)
        problems.append(problem)
    return Analysis(briefing=briefing, problems=tuple(problems))


def _unchanged_since_last_build(options: Options, inputs: Inputs) -> dict | None:
    """The last build's record when its inputs and its docs folder are exactly as now."""
    if options.cache_dir is None:
        return None
    record = BuildStamp(options.cache_dir).load()
    if not record or record.get("inputs") != inputs.digest:
        return None
    if record.get("docs") != folder_digest(options.docs_dir):
        return None
    return record


def outputs(options: Options, no_site: bool) -> list[Output]:
    """The folders this build writes."""
    docs = Output("--docs-dir", options.docs_dir)
    return [docs] if no_site else [docs, Output("--site-dir", options.site_dir)]


def _summary(briefing: Briefing) -> str:
    return (
        f"{len(briefing.articles)} articles, {len(briefing.actors)} actors, "
        f"{len(briefing.events)} events, {len(briefing.quotes)} quotes"
    )


def _recalled(record: dict, inputs: Inputs, hooks: Hooks) -> tuple[Problem, ...]:
    """The problems an unchanged build reported, reported again (reading's own already were)."""
    problems = tuple(Problem(**p) for p in record["problems"])
    for problem in problems[len(inputs.problems) :]:
        hooks.report(problem)
    return problems


def build(
    options: Options, no_site: bool, strict: bool, in_place: bool = False, hooks: Hooks = Hooks()
) -> Outcome:
    """Build docs (and the site). Raises OutputRefused, ConfigError, SeedsNotFound,
    NothingToBuild, StrictRefusal, SiteError or OutputWriteError.

    When nothing changed since the last build (same generator, configuration, articles,
    and the docs folder untouched), extraction and rendering are skipped; the problems
    that build reported are reported again, so the output is the same.
    """
    check_outputs(outputs(options, no_site), options.seeds, options.config)
    inputs = read_inputs(options, hooks)
    record = _unchanged_since_last_build(options, inputs)
    apart = record is None and not no_site and len(inputs.raws) >= APART_FROM_ARTICLES
    # started now, its imports run beside extraction and the link step (see site_apart)
    with SiteProcess(options.site_dir.resolve()) if apart else nullcontext() as site_process:
        return _build(options, hooks, inputs, record, no_site, strict, in_place, site_process)


def _build(
    options: Options,
    hooks: Hooks,
    inputs: Inputs,
    record: dict | None,
    no_site: bool,
    strict: bool,
    in_place: bool,
    site_process: SiteProcess | None,
) -> Outcome:
    """`build` once its inputs are read (`record`: the last build's, when nothing changed)."""
    briefing = None
    if record is not None:
        problems, title = _recalled(record, inputs, hooks), record["title"]
        summary, attention = record["summary"], record["attention"]
    else:
        analysis = analyse(options, hooks, inputs)
        briefing, problems = analysis.briefing, analysis.problems
        title, summary, attention = briefing.title, _summary(briefing), len(briefing.problems)
    if strict and problems:
        raise StrictRefusal(len(problems))
    # The corpus and its briefing live to the end of the build: frozen, no collection walks
    # them again (the link step's objects, made with the collector paused, were otherwise
    # all walked by the first collections after it: most of the history step's second).
    with settled_heap():
        changes, history = history_store.NO_PREVIOUS, None
        if briefing is not None and options.history_dir is not None:
            with timed(options, "history"):
                current = history_store.summarise(briefing)
                previous = history_store.baseline(history_store.load(options.history_dir), current)
                changes, history = history_store.compare(previous, current), (current, previous)
        site_dir = None if no_site else options.site_dir
        record = options.cache_dir / RENDER_RECORD if options.cache_dir is not None else None
        target = Target(options.docs_dir, site_dir, options.folder, options.jobs, in_place, record)
        with build_locks([o.path.resolve().parent for o in outputs(options, no_site)]):
            written = publish(
                briefing,
                title,
                target,
                timed=lambda step: timed(options, step),
                changes=changes,
                site_process=site_process,
            )
            if history is not None and options.history_dir is not None:
                with timed(options, "history"):
                    history_store.save(options.history_dir, history_store.record(*history))
            if briefing is not None and options.cache_dir is not None:
                with timed(options, "stamp"):
                    BuildStamp(options.cache_dir).save(
                        {
                            "inputs": inputs.digest,
                            "docs": written.docs_digest or folder_digest(options.docs_dir),
                            "problems": [asdict(p) for p in problems],
                            "title": title,
                            "summary": summary,
                            "attention": attention,
                        }
                    )
    return Outcome(title, summary, attention, written.docs_changed, written.site_built)

"""Command line: build, check, serve. The only place that prints or chooses exit codes.

Exit codes: 0 success (bad articles are reported and skipped), 1 a failure (`--strict`
with warnings, the site could not be built, another build holds the lock), 2 a
configuration error or nothing to build.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click

from . import __version__, executors
from . import history as history_store
from .budget import DEFAULT_SECONDS
from .cache import CACHE_DIR_NAME, ArticleCache, BuildStamp, inputs_digest
from .config import Config, ConfigError, load_config
from .folder import ForeignSeeds, resolve
from .ingest import Problem, read_seeds
from .models import Briefing, RawArticle
from .outputs import Output, OutputRefused, OutputWriteError, check_outputs
from .pipeline import ArticleFailure, analyse_all, build_briefing
from .publish import Target, publish
from .site import (
    SiteError,
    build_locks,
    find_mkdocs_config,
    read_tree,
    render_site,
    tree_digest,
)

PROGRESS_FROM = 30
"""Show a progress bar from this many articles on."""


class Exit(Exception):
    def __init__(self, code: int, message: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Options:
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


@contextmanager
def _timed(options: Options, step: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        options.timings[step] = options.timings.get(step, 0.0) + time.perf_counter() - start


def _timing_line(timings: dict[str, float]) -> str:
    """`timing: read 0.12 s, extract 2.31 s, …` in the order the steps ran."""
    return "timing: " + ", ".join(f"{step} {seconds:.2f} s" for step, seconds in timings.items())


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _err(line: str) -> None:
    click.echo(line, err=True)


def _load_config(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as error:
        for problem in error.problems:
            _err(f"error: {problem}")
        raise Exit(2) from None


@dataclass
class Analysis:
    briefing: Briefing
    problems: list[str]
    """One line per bad or doubtful input file: the warnings that --strict makes fatal."""


@dataclass
class Inputs:
    config: Config
    raws: list[RawArticle]
    problems: list[str]
    digest: str
    """Digest of the generator, the configuration file and every article read."""


def read_inputs(options: Options) -> Inputs:
    """Load the configuration and read the seeds; report refused files; Exit(2) if none is left."""
    config = _load_config(options.config)
    if not options.seeds.is_dir():
        raise Exit(
            2,
            f"error: {_shown(options.seeds)}: seeds folder not found "
            "(give --seeds, or start a briefing folder with `briefing new FOLDER`)",
        )
    with _timed(options, "read"):
        raws, read_problems = read_seeds(options.seeds)
    problems = [str(p) for p in read_problems]
    for line in problems:
        _err(line)
    if not raws:
        raise Exit(
            2, f"error: {options.seeds}: nothing to build (no readable .txt, .md or .html article)"
        )
    config_text = options.config.read_bytes() if options.config is not None else b""
    return Inputs(config, raws, problems, inputs_digest(config_text, raws))


def analyse(options: Options, inputs: Inputs | None = None) -> Analysis:
    """Read, extract and link; report bad inputs; raise Exit(2) when there is nothing to build."""
    inputs = inputs or read_inputs(options)
    config, raws, problems = inputs.config, inputs.raws, list(inputs.problems)
    bar = None
    if not options.quiet and len(raws) >= PROGRESS_FROM:
        from tqdm import tqdm

        bar = tqdm(total=len(raws), unit="article", desc="extracting", file=sys.stderr)
    try:
        with _timed(options, "extract"):
            outcomes = analyse_all(
                raws,
                config,
                jobs=options.jobs,
                progress=bar.update if bar else None,
                cache=ArticleCache(options.cache_dir) if options.cache_dir else None,
                article_timeout=options.article_timeout,
                executor=executors.from_environment(),
            )
    finally:
        if bar is not None:
            bar.close()
    results = []
    for raw, outcome in zip(raws, outcomes, strict=True):
        if isinstance(outcome, ArticleFailure):
            message = outcome.message or f"skipped: extraction failed: {outcome.error}"
            line = str(Problem(raw.source, message))
            _err(line)
            if options.debug:
                _err(outcome.trace)
            problems.append(line)
        elif not outcome.article.paragraphs:
            reasons = sorted({r.reason for r in outcome.article.removed})
            why = f" (removed: {', '.join(reasons)})" if reasons else ""
            line = str(
                Problem(raw.source, f"skipped: no article text found, only page furniture{why}")
            )
            _err(line)
            problems.append(line)
        else:
            for failure in outcome.failed:
                line = str(Problem(raw.source, f"kept without some results: {failure}"))
                _err(line)
                problems.append(line)
            results.append(outcome)
    if not results:
        raise Exit(2, "error: nothing to build (every article failed)")
    with _timed(options, "link"):
        briefing = build_briefing(results, config)
    for article_id in sorted(set(config.articles) - {r.article.id for r in results}):
        line = f"warning: {options.config}: articles.{article_id}: no article with this id in the corpus (ignored)"
        _err(line)
        problems.append(line)
    return Analysis(briefing=briefing, problems=problems)


def _unchanged_since_last_build(options: Options, inputs: Inputs) -> dict | None:
    """The last build's record when its inputs and its docs folder are exactly as now."""
    if options.cache_dir is None:
        return None
    record = BuildStamp(options.cache_dir).load()
    if not record or record.get("inputs") != inputs.digest:
        return None
    if record.get("docs") != tree_digest(read_tree(options.docs_dir)):
        return None
    return record


def _outputs(options: Options, no_site: bool) -> list[Output]:
    """The folders this build writes."""
    docs = Output("--docs-dir", options.docs_dir)
    return [docs] if no_site else [docs, Output("--site-dir", options.site_dir)]


def run_build(options: Options, no_site: bool, strict: bool, in_place: bool = False) -> str:
    """Build docs (and the site); returns the briefing's title.

    When nothing changed since the last build (same generator, configuration, articles,
    and the docs folder untouched), extraction and rendering are skipped; the problems
    that build reported are reported again, so the output is the same.
    """
    try:
        check_outputs(_outputs(options, no_site), options.seeds, options.config)
    except OutputRefused as error:
        raise Exit(2, "\n".join(f"error: {line}" for line in error.problems)) from None
    inputs = read_inputs(options)
    record = _unchanged_since_last_build(options, inputs)
    if record is not None:
        for line in record["problems"][len(inputs.problems) :]:
            _err(line)
        problems, title, summary = record["problems"], record["title"], record["summary"]
        attention = record["attention"]
    else:
        analysis = analyse(options, inputs)
        b = analysis.briefing
        problems, title, attention = analysis.problems, b.title, len(b.problems)
        summary = (
            f"{len(b.articles)} articles, {len(b.actors)} actors, {len(b.events)} events, "
            f"{len(b.quotes)} quotes"
        )
    if strict and problems:
        raise Exit(1, f"error: --strict: {len(problems)} warning(s); nothing written")
    site_dir = None if no_site else options.site_dir
    changes, history = history_store.NO_PREVIOUS, None
    if record is None and options.history_dir is not None:
        current = history_store.summarise(analysis.briefing)
        previous = history_store.baseline(history_store.load(options.history_dir), current)
        changes, history = history_store.compare(previous, current), (current, previous)
    try:
        with build_locks([o.path.resolve().parent for o in _outputs(options, no_site)]):
            written = publish(
                None if record is not None else analysis.briefing,
                title,
                Target(options.docs_dir, site_dir, options.folder, options.jobs, in_place),
                timed=lambda step: _timed(options, step),
                changes=changes,
            )
            if history is not None and options.history_dir is not None:
                history_store.save(options.history_dir, history_store.record(*history))
            docs_changed, site_built = written.docs_changed, written.site_built
            if record is None and options.cache_dir is not None:
                BuildStamp(options.cache_dir).save(
                    {
                        "inputs": inputs.digest,
                        "docs": tree_digest(read_tree(options.docs_dir)),
                        "problems": problems,
                        "title": title,
                        "summary": summary,
                        "attention": attention,
                    }
                )
    except (SiteError, OutputWriteError) as error:
        raise Exit(1, f"error: {error}") from None
    if options.debug:
        _err(_timing_line(options.timings))
    if not options.quiet:
        wrote = "updated" if docs_changed else "unchanged"
        site = (
            ""
            if no_site
            else f", site {'built' if site_built else 'unchanged'} in {_shown(options.site_dir)}/"
        )
        click.echo(f"{summary}: {_shown(options.docs_dir)}/ {wrote}{site}", err=True)
        if attention:
            click.echo(
                f"{attention} item(s) need a person's attention: run `check` to list them",
                err=True,
            )
    return title


def _common(function):
    decorators = [
        click.option(
            "--seeds",
            type=click.Path(path_type=Path),
            default=None,
            help="Folder of input articles (.txt, .md, .html, .htm), read recursively "
            "[default: the briefing folder's seeds: articles/, else seeds/].",
        ),
        click.option(
            "--docs-dir",
            type=click.Path(path_type=Path),
            default=None,
            help="Where the generated Markdown and data files go (MkDocs docs_dir) "
            "[default: docs_src/ in the briefing folder].",
        ),
        click.option(
            "--site-dir",
            type=click.Path(path_type=Path),
            default=None,
            help="Where the rendered static site goes [default: site/ in the briefing folder].",
        ),
        click.option(
            "--config",
            type=click.Path(path_type=Path),
            default=None,
            help="Configuration file [default: briefing.yml of the folder the seeds belong to].",
        ),
        click.option("--quiet", "-q", is_flag=True, help="Print only problems."),
        click.option(
            "--debug",
            is_flag=True,
            help="Show tracebacks for unexpected errors and the time each build step took.",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes for extraction [default: one per core].",
        ),
        click.option(
            "--article-timeout",
            type=click.FloatRange(min=0),
            default=DEFAULT_SECONDS,
            show_default=True,
            help="Seconds one article's extraction may take; a slower one is skipped with a "
            "warning (0: no limit).",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def _options(kwargs: dict) -> Options:
    try:
        paths = resolve(
            Path.cwd(), kwargs["seeds"], kwargs["docs_dir"], kwargs["site_dir"], kwargs["config"]
        )
    except ForeignSeeds as error:
        _err(f"error: {error}")
        sys.exit(2)
    return Options(
        seeds=paths.seeds,
        docs_dir=paths.docs_dir,
        site_dir=paths.site_dir,
        config=paths.config,
        folder=paths.folder,
        quiet=kwargs["quiet"],
        debug=kwargs["debug"],
        jobs=kwargs["jobs"],
        article_timeout=kwargs["article_timeout"],
    )


def _guarded(options: Options, action) -> None:
    """Run an action, turning Exit into an exit code and unexpected errors into one line."""
    try:
        action()
    except Exit as stop:
        if stop.message:
            _err(stop.message)
        sys.exit(stop.code)
    except KeyboardInterrupt:
        _err("interrupted; the previous output is left as it was")
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence for users
        if options.debug:
            traceback.print_exc()
        _err(f"error: unexpected {type(error).__name__}: {error} (run with --debug for details)")
        sys.exit(1)


def entry() -> None:
    """`briefing` and `python -m generator`: run the command, then leave at once.

    A large build holds a few hundred MB of small objects; freeing them one by one at
    interpreter exit took 0.3 s of a 7 s build, for nothing: by then every file is written
    and closed, the worker pools are joined and the lock is released. Output streams and
    log handlers are flushed first. (Tests drive `main` in-process and never get here.)
    """
    try:
        main()
        code: int = 0
    except SystemExit as stop:
        if isinstance(stop.code, str):
            sys.stderr.write(stop.code + "\n")
            code = 1
        else:
            code = stop.code or 0
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn a folder of raw news articles into a navigable, offline briefing website."""


@main.command()
@_common
@click.option(
    "--no-site", is_flag=True, help="Write the Markdown and data only; skip the MkDocs build."
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail (exit 1) on any warning about an input file, writing nothing.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Extract every article again instead of reusing unchanged ones.",
)
@click.option(
    "--no-history",
    is_flag=True,
    help="Neither compare with nor remember this build (the 'What changed' page says there "
    "is no previous build; --no-cache implies it): for docs that must not depend on earlier "
    "builds.",
)
def build(no_site: bool, strict: bool, no_cache: bool, no_history: bool, **kwargs) -> None:
    """Build the briefing: Markdown and data into --docs-dir, then the site into --site-dir.

    A bad article is reported on one line naming its file and skipped; the rest is built.
    The previous output stays whole if the build fails or is interrupted.
    """
    options = _options(kwargs)
    if not no_cache:
        options.cache_dir = options.docs_dir.resolve().parent / CACHE_DIR_NAME
        if not no_history:  # kept in the cache folder: --no-cache writes none
            options.history_dir = options.cache_dir
    _guarded(options, lambda: run_build(options, no_site=no_site, strict=strict))


@main.command(name="new")
@click.argument("folder", type=click.Path(path_type=Path))
def new(folder: Path) -> None:
    """Start a briefing folder: a commented briefing.yml, an articles/ folder, a README."""
    from .scaffold import ScaffoldError, scaffold

    try:
        scaffold(folder)
    except ScaffoldError as error:
        _err(f"error: {error}")
        sys.exit(1)
    click.echo(
        f"created {folder}/: copy articles into {folder}/articles/, then "
        f"`cd {folder} && briefing build`",
        err=True,
    )


@main.command()
@_common
def check(**kwargs) -> None:
    """Validate seeds and configuration without writing anything.

    Lists what needs a person's attention: refused files, undated or inferred dates,
    ambiguous actor names. Exit 1 when an input file is refused, 2 on a configuration error.
    """
    options = _options(kwargs)

    def action() -> None:
        analysis = analyse(options)
        briefing = analysis.briefing
        for line in briefing.problems:
            click.echo(f"attention: {line}")
        if not options.quiet:
            click.echo(
                f"checked {len(briefing.articles)} articles: {len(analysis.problems)} file problem(s), "
                f"{len(briefing.problems)} item(s) for attention"
            )
        if analysis.problems:
            raise Exit(1)

    _guarded(options, action)


@main.command()
@_common
@click.option(
    "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on."
)
def serve(dev_addr: str, **kwargs) -> None:
    """Build, then serve the site with live reload; editing a seed or the config regenerates.

    One builder does both steps (Markdown from the seeds, then the site), and the server
    watches the seeds, briefing.yml and mkdocs.yml, so an edit is never missed.
    """
    options = _options(kwargs)
    options.cache_dir = options.docs_dir.resolve().parent / CACHE_DIR_NAME
    options.history_dir = options.cache_dir

    def action() -> None:
        from mkdocs.livereload import LiveReloadServer

        host, _, port = dev_addr.rpartition(":")
        if not host or not port.isdigit():
            raise Exit(2, f"error: --dev-addr {dev_addr!r}: expected HOST:PORT")
        mkdocs_yml = find_mkdocs_config(options.folder)
        site_dir = Path(tempfile.mkdtemp(prefix="briefing-serve-"))
        serve_url = f"http://{host}:{port}/"

        def builder() -> None:
            try:
                title = run_build(options, no_site=True, strict=False, in_place=True)
                render_site(options.docs_dir, site_dir, title, mkdocs_yml, serve_url)
            except Exit as stop:
                if stop.message:
                    _err(stop.message)
            except SiteError as error:
                _err(f"error: {error}")

        server = LiveReloadServer(builder=builder, host=host, port=int(port), root=str(site_dir))
        before = input_snapshot(options)
        builder()
        server.watch(str(options.seeds.resolve()))
        if mkdocs_yml is not None:
            server.watch(str(mkdocs_yml))
        if options.config is not None:
            server.watch(str(options.config.resolve()))
        # An edit made during the first build, before the watches existed, would be lost.
        threading.Timer(1.0, _rebuild_if_changed, args=(server, options, before)).start()
        try:
            server.serve()
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
            shutil.rmtree(site_dir, ignore_errors=True)

    _guarded(options, action)


def input_snapshot(options: Options) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every seed and the config: cheap change detection."""
    paths = sorted(options.seeds.rglob("*")) if options.seeds.is_dir() else []
    if options.config is not None:
        paths.append(options.config)
    entries = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def _rebuild_if_changed(server, options: Options, before: tuple) -> None:
    """Ask the live-reload server for a rebuild when inputs changed since `before`.

    Uses the server's rebuild flag (mkdocs.livereload, pinned to MkDocs 1.6), the same
    one its own file watches set.
    """
    if input_snapshot(options) == before:
        return
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()

"""Command line: build, check, serve. The only place that prints or chooses exit codes.

Exit codes: 0 success (bad articles are reported and skipped), 1 a failure (`--strict`
with warnings, the site could not be built, another build holds the lock), 2 a
configuration error or nothing to build.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .build import (
    Analysis,
    Hooks,
    NothingToBuild,
    Options,
    SeedsNotFound,
    StrictRefusal,
    analyse,
)
from .build import (
    build as run,
)
from .cache import CACHE_DIR_NAME
from .problems import Problem
from .run.budget import DEFAULT_SECONDS
from .settings.config import ConfigError
from .settings.folder import ForeignSeeds, resolve
from .text.shown import shown
from .website.outputs import OutputRefused, OutputWriteError
from .website.serve import serve_live
from .website.site import SiteError, find_mkdocs_config, render_site

PROGRESS_FROM = 30
"""Show a progress bar from this many articles on."""


class Exit(Exception):
    def __init__(self, code: int, message: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message


def _timing_line(timings: dict[str, float], label: str = "timing") -> str:
    """`timing: read 0.12 s, extract 2.31 s, …` in the order the steps ran."""
    return f"{label}: " + ", ".join(f"{step} {seconds:.2f} s" for step, seconds in timings.items())


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _err(line: str) -> None:
    click.echo(line, err=True)


def problem_line(problem: Problem) -> str:
    """The one line that reports a problem.

    A problem with a configuration key, or one that stops the build, leads with its
    severity (`error: briefing.yml:3: title: …`); one about an article file leads with the
    file, its message saying what became of it (`seeds/a.txt: skipped: empty file`).
    """
    where = shown(problem.file) + (f":{problem.line}" if problem.line is not None else "")
    if problem.key is not None:
        where += f": {problem.key}"
    lead = f"{problem.severity}: " if problem.key is not None or problem.severity == "error" else ""
    return f"{lead}{where}: {problem.message}"


def refusal_line(problem: Problem) -> str:
    """The line that refuses an output folder, its option leading:
    `error: --docs-dir docs is the seeds folder docs: it would be deleted`. The message may
    name other folders, so it is escaped too (`shown` escapes character by character)."""
    return f"error: {problem.key} {shown(problem.file)} {shown(problem.message)}"


def _hooks(options: Options) -> Hooks:
    """Report each problem on its own line as it is met; a progress bar for large corpora."""

    def report(problem: Problem) -> None:
        _err(problem_line(problem))
        if options.debug and problem.detail:
            _err(problem.detail)

    @contextmanager
    def progress(total: int) -> Iterator[Callable[[int], None] | None]:
        if options.quiet or total < PROGRESS_FROM:
            yield None
            return
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article", desc="extracting", file=sys.stderr)
        try:
            yield bar.update
        finally:
            bar.close()

    return Hooks(report, progress)


def _stopped(error: Exception) -> Exit:
    """The exit code and last line for a build that could not go on."""
    if isinstance(error, ConfigError):
        for problem in error.problems:
            _err(problem_line(problem))
        return Exit(2)
    if isinstance(error, OutputRefused):
        return Exit(2, "\n".join(refusal_line(problem) for problem in error.problems))
    if isinstance(error, SeedsNotFound):
        return Exit(
            2,
            f"error: {_shown(error.args[0])}: seeds folder not found "
            "(give --seeds, or start a briefing folder with `briefing new FOLDER`)",
        )
    if isinstance(error, NothingToBuild):
        return Exit(2, f"error: {error}")
    if isinstance(error, StrictRefusal):
        return Exit(1, f"error: --strict: {error.count} warning(s); nothing written")
    if isinstance(error, OutputWriteError):
        failed = error.problem
        return Exit(
            1,
            f"error: {shown(failed.message)} while writing {shown(failed.file)}; "
            "the previous output is left as it was",
        )
    return Exit(1, f"error: {error}")  # SiteError


STOPS = (ConfigError, OutputRefused, SeedsNotFound, NothingToBuild, StrictRefusal, SiteError)
STOPS = (*STOPS, OutputWriteError)


def run_build(options: Options, no_site: bool, strict: bool, in_place: bool = False) -> str:
    """Build docs (and the site), print the summary; returns the briefing's title."""
    try:
        outcome = run(options, no_site, strict, in_place, _hooks(options))
    except STOPS as error:
        raise _stopped(error) from None
    if options.debug:
        _err(_timing_line(options.timings))
        _err(_timing_line(options.cpu_seconds, "cpu"))
    if not options.quiet:
        wrote = "updated" if outcome.docs_changed else "unchanged"
        site = (
            ""
            if no_site
            else f", site {'built' if outcome.site_built else 'unchanged'} "
            f"in {_shown(options.site_dir)}/"
        )
        _err(f"{outcome.summary}: {_shown(options.docs_dir)}/ {wrote}{site}")
        if outcome.attention:
            _err(f"{outcome.attention} item(s) need a person's attention: run `check` to list them")
    return outcome.title


def _analysed(options: Options) -> Analysis:
    try:
        return analyse(options, _hooks(options))
    except STOPS as error:
        raise _stopped(error) from None


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
    from .settings.scaffold import ScaffoldError, scaffold

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
        analysis = _analysed(options)
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
        host, _, port = dev_addr.rpartition(":")
        if not host or not port.isdigit():
            raise Exit(2, f"error: --dev-addr {dev_addr!r}: expected HOST:PORT")
        mkdocs_yml = find_mkdocs_config(options.folder)

        def builder(site_dir: Path, serve_url: str) -> None:
            try:
                title = run_build(options, no_site=True, strict=False, in_place=True)
                render_site(options.docs_dir, site_dir, title, mkdocs_yml, serve_url)
            except Exit as stop:
                if stop.message:
                    _err(stop.message)
            except SiteError as error:
                _err(f"error: {error}")

        watched = [options.seeds.resolve()]
        watched += [mkdocs_yml] if mkdocs_yml is not None else []
        watched += [options.config.resolve()] if options.config is not None else []
        serve_live(builder, host, int(port), watched, options.seeds, options.config)

    _guarded(options, action)

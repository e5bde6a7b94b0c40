"""Which folders a build may write, and the marker that says a folder is the generator's.

A build replaces its output folders whole, so a wrong `--docs-dir` or `--site-dir` would
delete whatever was there: the articles, the configuration, a user's own files. Before
anything is written, every output folder is checked (`check_outputs`):

- it must not be, contain or lie inside the seeds folder (the articles would be deleted,
  or read back as articles on the next build);
- it must not be or contain the configuration file's folder (lying inside it is fine:
  that is the usual layout, `briefing.yml` beside `seeds/`, `docs_src/` and `site/`);
- the output folders must not be, contain or lie inside one another;
- if it exists, it must be a folder that is empty or carries the marker file
  `.briefing-output`, which the generator writes into every folder it makes.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem

MARKER = ".briefing-output"
"""A file in every output folder the generator makes; only such folders are replaced."""

MARKER_TEXT = (
    "This folder is made by briefing and replaced whole by every build:\n"
    "do not keep your own files here.\n"
)
LEGACY_MARKERS = (".briefing-build",)
"""Files that only the generator wrote before the marker existed (the site's build stamp)."""


class OutputRefused(Exception):
    """An output folder would overwrite or delete something the generator did not make;
    `problems` says which and why, one Problem each (see `output_problems`)."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems


class OutputWriteError(Exception):
    """Writing an output folder failed (disk full, no permission); nothing was replaced.
    `problem` names the folder as its file and says what failed."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class Output:
    """One folder a build writes: the option that named it, and its path."""

    option: str
    path: Path


def _overlap(a: Path, b: Path) -> str | None:
    """How two resolved paths overlap ('is', 'contains', 'lies inside'), or None."""
    if a == b:
        return "is"
    if b.is_relative_to(a):
        return "contains"
    if a.is_relative_to(b):
        return "lies inside"
    return None


def carries_marker(folder: Path) -> bool:
    """True for a folder (not a link to one) that a build made: it holds the marker, or
    an older build's stamp. Only such folders are replaced or removed."""
    if folder.is_symlink():
        return False
    return any((folder / name).is_file() for name in (MARKER, *LEGACY_MARKERS))


def _existing_problem(path: Path) -> str | None:
    """Why an existing path may not be replaced, or None."""
    if path.is_symlink():
        return "is a link; give the folder it leads to"
    if not path.exists():
        return None
    if not path.is_dir():
        return "is an existing file, not a folder the generator made"
    if carries_marker(path):
        return None
    try:
        empty = not any(path.iterdir())
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if empty:
        return None
    return f"is a folder the generator did not make (no {MARKER} file in it) and is not empty"


def output_problems(outputs: list[Output], seeds: Path, config: Path | None) -> list[Problem]:
    """One error per refused output folder; empty when every one may be written.

    Each Problem names the folder as `file` and the option that gave it as `key`; its
    message goes on from there (`is the seeds folder seeds: it would be deleted`).
    """
    problems = []
    seeds_dir = seeds.resolve()
    config_dir = config.resolve().parent if config is not None else None
    resolved = [(o, o.path.resolve()) for o in outputs]
    for output, path in resolved:
        message = _refusal(output, path, resolved, (seeds, seeds_dir), (config, config_dir))
        if message:
            problems.append(Problem(str(output.path), message, output.option, severity="error"))
    return problems


def _refusal(
    output: Output,
    path: Path,
    resolved: list[tuple[Output, Path]],
    seeds: tuple[Path, Path],
    config: tuple[Path | None, Path | None],
) -> str | None:
    """Why one output folder may not be written (None: it may); `seeds` and `config` are
    each (as given, resolved folder)."""
    how = _overlap(path, seeds[1])
    if how:
        return f"{how} the seeds folder {seeds[0]}: it would be deleted"
    if config[1] is not None and _overlap(path, config[1]) in ("is", "contains"):
        return f"{_overlap(path, config[1])} the folder of {config[0]}: it would be deleted"
    others = [(o, p) for o, p in resolved if o is not output and _overlap(path, p)]
    if others:
        other, other_path = others[0]
        return f"{_overlap(path, other_path)} {other.option}: choose apart"
    why = _existing_problem(output.path)
    return f"{why}; choose another folder or empty it" if why else None


def check_outputs(outputs: list[Output], seeds: Path, config: Path | None) -> None:
    """Raise OutputRefused when any output folder may not be written."""
    problems = output_problems(outputs, seeds, config)
    if problems:
        raise OutputRefused(problems)


def is_output_folder(folder: Path) -> bool:
    """True for a folder the generator wrote (skipped when reading seeds)."""
    return (folder / MARKER).is_file()


@contextmanager
def writing(folder: Path) -> Iterator[None]:
    """Turn an OSError while writing `folder` into one OutputWriteError saying why."""
    try:
        yield
    except OSError as error:
        if error.errno == errno.ENOSPC:
            reason = "no space left on device"
        else:
            reason = (error.strerror or str(error)).lower()
        raise OutputWriteError(Problem(str(folder), reason, severity="error")) from None

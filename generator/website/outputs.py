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

from ..shown import shown

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
    `problems` says which and why, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class OutputWriteError(Exception):
    """Writing an output folder failed (disk full, no permission); nothing was replaced."""


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


def _ours(folder: Path) -> bool:
    return any((folder / name).is_file() for name in (MARKER, *LEGACY_MARKERS))


def _existing_problem(path: Path) -> str | None:
    """Why an existing path may not be replaced, or None."""
    if path.is_symlink():
        return "is a link; give the folder it leads to"
    if not path.exists():
        return None
    if not path.is_dir():
        return "is an existing file, not a folder the generator made"
    if _ours(path):
        return None
    try:
        empty = not any(path.iterdir())
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if empty:
        return None
    return f"is a folder the generator did not make (no {MARKER} file in it) and is not empty"


def output_problems(outputs: list[Output], seeds: Path, config: Path | None) -> list[str]:
    """One line per refused output folder; empty when every one may be written."""
    problems = []
    seeds_dir = seeds.resolve()
    config_dir = config.resolve().parent if config is not None else None
    resolved = [(o, o.path.resolve()) for o in outputs]
    for output, path in resolved:
        name = f"{output.option} {shown(output.path)}"
        how = _overlap(path, seeds_dir)
        if how:
            problems.append(f"{name} {how} the seeds folder {shown(seeds)}: it would be deleted")
            continue
        if config_dir is not None and _overlap(path, config_dir) in ("is", "contains"):
            problems.append(
                f"{name} {_overlap(path, config_dir)} the folder of {shown(config)}: "
                "it would be deleted"
            )
            continue
        others = [(o, p) for o, p in resolved if o is not output and _overlap(path, p)]
        if others:
            other, other_path = others[0]
            problems.append(f"{name} {_overlap(path, other_path)} {other.option}: choose apart")
            continue
        why = _existing_problem(output.path)
        if why:
            problems.append(f"{name} {why}; choose another folder or empty it")
    return problems


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
    """Turn an OSError while writing `folder` into one plain OutputWriteError."""
    try:
        yield
    except OSError as error:
        if error.errno == errno.ENOSPC:
            reason = "no space left on device"
        else:
            reason = (error.strerror or str(error)).lower()
        raise OutputWriteError(
            f"{reason} while writing {shown(folder)}; the previous output is left as it was"
        ) from None

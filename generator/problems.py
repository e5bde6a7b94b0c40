"""One value for every problem a build meets: a refused file, a bad configuration key, an
article that could not be extracted. Stages return them; only the command line turns them
into text (`cli.problem_line`), so every message has one shape and one printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """Something about one input a person should know; `message` says what."""

    file: str
    """The file (an article, the configuration) as given; shown escaped when printed."""
    message: str
    key: str | None = None
    """The configuration key concerned, when the problem is about one."""
    line: int | None = None
    """The line of `file`, where known."""
    severity: Severity = "warning"
    """error: the build cannot go on; warning: reported and built around (`--strict` stops)."""
    detail: str = ""
    """A traceback for `--debug`, for a failure nobody expected."""

"""Swapping a complete folder into place, and removing the one it replaced.

The new folder is exchanged with the live one atomically where the system offers it
(Linux `renameat2(RENAME_EXCHANGE)`), else by two renames that `recover` finishes or undoes
on the next run. So a killed build leaves the previous folder whole, or the new one.

The replaced folder is removed after the swap. A large site's is some 15,000 files (and
the docs' as many): removing them took half a second of a one-added build at 5,000
articles, after the new site was already in place. With `later`, the replaced folder is
renamed to `.gone-<name>-…` and removed by a process of its own that the build does not
wait for; a build killed first, or a removal cut short, leaves that folder to `recover`.

`recover` removes only what a build made: a staging, left-aside or replaced folder only
when its name has exactly the shape `tempfile.mkdtemp` gives it beside this target (a glob
`.tmp-site-*` also matched the docs staged for this very build as `--docs-dir site-docs`,
and a target named `site*` matched anything). The two-rename swap once left the replaced
folder aside as `.<name>.old`, a name users give their own copies: a backup made with
`cp -r site .site.old` carries the output marker too, and was renamed into place (then
replaced by the build) or removed. Such a folder is now left alone, whatever it holds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .outputs import carries_marker

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
GONE = ".gone-"
"""The prefix of a replaced folder waiting to be removed (then `<name>-` and a unique
suffix): whatever is found under it is removed by `recover`."""
STAGING = ".tmp-"
"""The prefix of a folder a build writes before swapping it in (then `<name>-`, a suffix)."""
ASIDE = ".aside-"
"""The prefix of the folder (then `<name>-`, a suffix) whose `tree` is the replaced folder
between the two renames of a swap without exchange: `recover` puts it back or removes it."""
_MKDTEMP_SUFFIX = "[a-z0-9_]{8}"
"""The unique part `tempfile.mkdtemp` adds to a prefix (tests/website/test_swap.py checks
that the names it makes still have it)."""


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths (Linux); False when the system can't."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def recover(target: Path, keep: Path | None = None) -> None:
    """Finish or undo a swap that a killed build left half done, and remove what earlier
    builds left beside `target`: staging folders and replaced folders not yet removed
    (`keep`: this build's own staging folder, not a leftover)."""
    for aside in leftovers(target, (ASIDE,)):
        tree = aside / "tree"
        if not target.exists() and not target.is_symlink() and carries_marker(tree):
            tree.rename(target)
        shutil.rmtree(aside, ignore_errors=True)
    for leftover in leftovers(target):
        if keep is None or leftover.resolve() != keep.resolve():
            shutil.rmtree(leftover, ignore_errors=True)


def leftovers(target: Path, prefixes: tuple[str, ...] = (STAGING, GONE)) -> list[Path]:
    """The staging and replaced folders of `target` that builds left beside it: only the
    names `temporary_sibling` and `discard` (`prefixes`) make for this very target, never
    a link."""
    starts = "|".join(re.escape(prefix) for prefix in prefixes)
    shape = re.compile(f"(?:{starts}){re.escape(target.name)}-{_MKDTEMP_SUFFIX}")
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    return sorted(
        Path(entry.path)
        for entry in entries
        if shape.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)
    )


def swap_into_place(new: Path, target: Path, later: bool = False) -> None:
    """Replace `target` by the complete folder `new` (same parent), atomically where
    possible; the replaced folder is removed (`later`: see `discard`)."""
    if not target.exists():
        new.rename(target)
        return
    if _exchange(new, target):
        discard(new, target, later)
        return
    aside = _beside(target, ASIDE)
    target.rename(aside / "tree")
    new.rename(target)
    discard(aside, target, later)


def discard(folder: Path, target: Path, later: bool = False) -> None:
    """Remove `folder`, the one `target` replaced. `later`: renamed first to a `GONE`
    name beside `target` (what `recover` removes) and removed by a detached `rm`, which
    the build does not wait for; now when it cannot be started."""
    if not later:
        shutil.rmtree(folder, ignore_errors=True)
        return
    gone = _beside(target, GONE)
    try:
        folder.rename(gone / "tree")
        # `sh` starts `rm` in the background and returns: `rm` then belongs to no one
        # waiting for it (no zombie, nothing for this process to reap)
        subprocess.run(
            ["/bin/sh", "-c", 'rm -rf -- "$1" >/dev/null 2>&1 &', "sh", str(gone)],
            check=True,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(gone, ignore_errors=True)


def temporary_sibling(target: Path) -> Path:
    """A new empty folder beside `target` to stage its replacement in (see `leftovers`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return _beside(target, STAGING)


def _beside(target: Path, prefix: str) -> Path:
    """A new empty folder beside `target` named `<prefix><name>-<unique part>`: the one
    shape `leftovers` recognises."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{target.name}-", dir=target.parent))

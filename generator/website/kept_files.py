"""Files of the last output kept in the new one, never through a link.

A build keeps unchanged pages of the last docs and site (hard links, else copies). Whoever
can write in the output folder could put a link there, in place of a page or of a folder
of pages, to a file outside it: kept, its target would be published with the site, and
the new folder's permissions (`make_world_readable`) set on it. So a page is kept only
when it is a plain file reached through no link (`plain_file`), and `keep_file` neither
follows a link nor copies its target.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterable


def plain_file(folder: str, relative: str, folders: dict[str, bool]) -> bool:
    """Whether `relative` (`/`-separated) below `folder` is a regular file, neither it
    nor any folder on its way from `folder` a link. `folders` holds the folders already
    looked at (thousands of pages share a few)."""
    try:
        if not stat.S_ISREG(os.lstat(os.path.join(folder, relative)).st_mode):
            return False
    except OSError:
        return False
    return plain_folder(folder, relative.rpartition("/")[0], folders)


def plain_folder(folder: str, relative: str, folders: dict[str, bool]) -> bool:
    """Whether the folder `relative` below `folder` is a folder, neither it nor any on
    its way a link ("" is `folder` itself); `folders` as in `plain_file`."""
    if not relative:
        return True
    known = folders.get(relative)
    if known is None:
        try:
            mode = os.lstat(os.path.join(folder, relative)).st_mode
        except OSError:
            mode = 0
        parent = relative.rpartition("/")[0]
        known = stat.S_ISDIR(mode) and plain_folder(folder, parent, folders)
        folders[relative] = known
    return known


def keep_files(pairs: Iterable[tuple[str, str]]) -> None:
    """Keep each (source, target) file of the last output (`keep_file`)."""
    made: set[str] = set()
    for source, target in pairs:
        keep_file(source, target, made)


def keep_file(source: str, target: str, made: set[str]) -> None:
    """Keep a file of the last output: a hard link (same bytes, same mtime), else a copy
    with its mtime. Raises OSError when `source` is not a regular file (a link put there
    since it was chosen is neither followed nor carried). `made`: the folders already made."""
    folder = os.path.dirname(target)
    if folder not in made:
        os.makedirs(folder, exist_ok=True)
        made.add(folder)
    if not stat.S_ISREG(os.lstat(source).st_mode):
        raise OSError(f"{source}: not a plain file (a link?), so not kept")
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)

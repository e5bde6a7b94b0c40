"""Digests of folders, read one file at a time.

The docs folder of a large briefing is hundreds of megabytes (60 MB at 560 articles);
comparing it with a render, or stamping the site with it, must not hold it all in memory.
`folder_digest` gives the same value as `tree_digest(read_tree(folder))` did.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

CHUNK = 1 << 20


def file_digest(path: str | Path) -> bytes:
    """The SHA-256 of one file's bytes, read in chunks."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY)
    try:
        while chunk := os.read(fd, CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.digest()


def file_digests(folder: Path) -> dict[str, bytes]:
    """{relative posix path: SHA-256 of its bytes} of every file below `folder`, sorted
    ({} when it is not a folder)."""
    return {relative: file_digest(path) for relative, path in sorted(files_below(folder))}


def files_below(folder: Path) -> Iterator[tuple[str, str]]:
    """(relative posix path, os path) of every file below `folder` (none when it is not a
    folder), folders walked in sorted order."""
    if not folder.is_dir():
        return
    top = str(folder)
    prefix = os.path.join(top, "")  # os.walk's roots below `top` start with it
    for root, dirs, files in os.walk(top):
        dirs.sort()
        below = "" if root == top else root[len(prefix) :].replace(os.sep, "/") + "/"
        for name in files:  # the relative path by slicing: os.path.relpath costs more
            yield below + name, os.path.join(root, name)


def holds_exactly(folder: Path, digests: Mapping[str, bytes]) -> bool:
    """Whether `folder` holds exactly the files `digests` names, with those digests: the
    same answer as `file_digests(folder) == digests`, but no file is read when the names
    differ (an added or removed page), and reading stops at the first file that differs."""
    found = sorted(files_below(folder))
    if [relative for relative, _path in found] != sorted(digests):
        return False
    return all(file_digest(path) == digests[relative] for relative, path in found)


def digest_of(digests: Mapping[str, bytes]) -> str:
    """One digest of named file digests (each a SHA-256 of the file's bytes), in name order."""
    digest = hashlib.sha256()
    for name in sorted(digests):
        digest.update(name.encode("utf-8") + b"\0" + digests[name])
    return digest.hexdigest()


def folder_digest(folder: Path) -> str:
    """One digest of every file's name and bytes below `folder`."""
    return digest_of(file_digests(folder))


def text_digests(texts: Mapping[str, str]) -> dict[str, bytes]:
    """{name: SHA-256 of the text in UTF-8}: what `file_digests` gives once written."""
    return {name: hashlib.sha256(text.encode("utf-8")).digest() for name, text in texts.items()}
